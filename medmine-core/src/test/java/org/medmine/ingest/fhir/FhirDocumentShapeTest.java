package org.medmine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.bundleText;
import static org.medmine.testing.FhirFixtures.heartRate;
import static org.medmine.testing.FhirFixtures.patient;
import static org.medmine.testing.FhirFixtures.utf8;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.RecordedIngest.Quarantined;

/**
 * Documents whose shape loses content unless it is looked for: a Bundle whose {@code entry} is not
 * an array, content after the end of a JSON document or after an NDJSON line's value, and one id
 * read twice in a run with different content. Each is quarantined with a reason naming where; none
 * passes in silence.
 */
class FhirDocumentShapeTest {
  @TempDir Path dir;
  private Path warehouse;
  private FhirFixtures fixtures;

  @BeforeEach
  void setUp() {
    warehouse = dir.resolve("w.duckdb");
    fixtures = new FhirFixtures(dir.resolve("in"));
  }

  private static String name(Path f) {
    return f.toAbsolutePath().normalize().toString();
  }

  private static void assertCounts(RecordedIngest r, long read, long stored, long quarantined) {
    assertThat(List.of(r.result().read(), r.result().stored(), r.result().quarantined()))
        .as("read, stored, quarantined; quarantine: %s", r.quarantine())
        .containsExactly(read, stored, quarantined);
  }

  @Test
  void aBundleWhoseEntryIsAnObjectIsQuarantinedNotIgnored() {
    Path f =
        fixtures.write(
            "b.json",
            utf8(
                "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"collection\","
                    + "\"entry\":{\"resource\":"
                    + patient("p1")
                    + "}}"));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 1, 0, 1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(f));
    assertThat(q.positionKind()).isEqualTo("file");
    assertThat(q.resourceType()).isEqualTo("Bundle");
    assertThat(q.resourceId()).isEqualTo("b1");
    assertThat(q.reason())
        .isEqualTo(
            "the Bundle's entry is a JSON object, not an array: none of its content was read");
    assertThat(q.rawText()).contains("\"id\":\"p1\"");
  }

  @Test
  void contentAfterTheEndOfABundleIsQuarantinedAtItsLineAndTheBundleStillLoads() {
    String bundle = bundleText(patient("p1"), heartRate("o1", "p1", 60));
    Path f = fixtures.write("b.json", utf8(bundle + "\n" + bundleText(patient("p2"))));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 2, 1);
    Quarantined q = r.onlyQuarantined();
    long line = bundle.lines().count() + 2;
    assertThat(q.positionKind()).isEqualTo("line");
    assertThat(q.position()).isEqualTo(line);
    assertThat(q.reason())
        .startsWith("content after the end of the JSON document (from line " + line + ")");
    assertThat(q.rawText()).startsWith("{\"resourceType\":\"Bundle\"").contains("\"id\":\"p2\"");
    assertThat(r.count("SELECT count(*) FROM patient")).isEqualTo(1);
  }

  @Test
  void textAfterASingleResourceIsQuarantinedAndWhitespaceIsNot() {
    Path junk = fixtures.write("p.json", utf8(patient("p1") + " \n trailing words"));
    Path clean = fixtures.write("q.json", utf8(patient("p2") + " \n\n\t "));
    RecordedIngest r = RecordedIngest.run(warehouse, junk, clean);
    assertCounts(r, 3, 2, 1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(junk));
    assertThat(q.position()).isEqualTo(2);
    assertThat(q.rawText()).isEqualTo("trailing words");
  }

  @Test
  void contentAfterAnNdjsonLinesValueQuarantinesThatLine() {
    Path f =
        fixtures.ndjson(
            "p.ndjson",
            patient("p1"),
            patient("p2") + " {\"resourceType\":\"Patient\",\"id\":\"p3\"}");
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 2, 1, 1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.position()).isEqualTo(2);
    assertThat(q.resourceId()).isEqualTo("p2");
    assertThat(q.reason()).startsWith("trailing content after the JSON value (column ");
  }

  @Test
  void anIdReadTwiceWithDifferentContentQuarantinesTheReplacedCopyNamingTheLaterOne() {
    Path first = fixtures.bundle("a.json", patient("p1"), heartRate("o1", "p1", 60));
    Path second = fixtures.bundle("b.json", heartRate("o1", "p1", 95));
    RecordedIngest r = RecordedIngest.run(warehouse, first, second);
    assertCounts(r, 3, 2, 1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(first));
    assertThat(q.position()).isEqualTo(1);
    assertThat(q.resourceType()).isEqualTo("Observation");
    assertThat(q.resourceId()).isEqualTo("o1");
    assertThat(q.reason())
        .isEqualTo(
            "Observation/o1 is read again later in this run with different content, at "
                + name(second)
                + " entry 0: that later copy is stored and this one is not");
    assertThat(q.rawText()).contains("60");
    assertThat(r.count("SELECT count(*) FROM observation WHERE id = 'o1' AND value_number = 95"))
        .isEqualTo(1);
    assertThat(r.count("SELECT count(*) FROM observation")).isEqualTo(1);
  }

  @Test
  void anIdReadTwiceWithTheSameContentIsStoredOnceAndQuarantinesNothing() {
    Path first = fixtures.bundle("a.json", patient("p1"), heartRate("o1", "p1", 60));
    Path second = fixtures.ndjson("b.ndjson", heartRate("o1", "p1", 60));
    RecordedIngest r = RecordedIngest.run(warehouse, first, second);
    assertCounts(r, 3, 3, 0);
    assertThat(r.count("SELECT count(*) FROM observation")).isEqualTo(1);
  }

  @Test
  void aConflictInALaterRunOfTheSourceIsQuarantinedToo() {
    RecordedIngest.run(warehouse, fixtures.bundle("a.json", patient("p1")));
    Path again =
        fixtures.bundle("c.json", patient("p2"), patient("p2", ",\"birthDate\":\"1980-01-01\""));
    RecordedIngest r = RecordedIngest.run(warehouse, again);
    assertCounts(r, 2, 1, 1);
    assertThat(r.onlyQuarantined().position()).isZero();
    assertThat(r.onlyQuarantined().reason()).contains(name(again) + " entry 1");
    assertThat(
            r.count(
                "SELECT count(*) FROM patient WHERE id = 'p2' AND birth_date = DATE '1980-01-01'"))
        .isEqualTo(1);
  }
}
