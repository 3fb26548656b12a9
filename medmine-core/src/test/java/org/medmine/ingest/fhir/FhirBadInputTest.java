package org.medmine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.bundleText;
import static org.medmine.testing.FhirFixtures.concat;
import static org.medmine.testing.FhirFixtures.cut;
import static org.medmine.testing.FhirFixtures.gzip;
import static org.medmine.testing.FhirFixtures.heartRate;
import static org.medmine.testing.FhirFixtures.ndjsonText;
import static org.medmine.testing.FhirFixtures.patient;
import static org.medmine.testing.FhirFixtures.resource;
import static org.medmine.testing.FhirFixtures.utf8;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.RecordedIngest.Quarantined;
import org.medmine.warehouse.WarehouseLoader;

/**
 * Nothing lost, nothing silent: each kind of bad FHIR input ends stored, quarantined (file,
 * position, type and id when known, a reason that names what was wrong, bounded raw text) or
 * skipped, and the rest of the input still loads. {@link RecordedIngest#run} checks read = stored +
 * quarantined + skipped for every case.
 */
class FhirBadInputTest {
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

  private static void assertCounts(
      RecordedIngest r, long read, long stored, long quarantined, long skipped) {
    assertThat(
            List.of(
                r.result().read(),
                r.result().stored(),
                r.result().quarantined(),
                r.result().skipped()))
        .as("read, stored, quarantined, skipped; quarantine: %s", r.quarantine())
        .containsExactly(read, stored, quarantined, skipped);
  }

  private static Quarantined at(RecordedIngest r, long position) {
    return r.quarantine().stream()
        .filter(q -> q.position() == position)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no quarantine row at " + position + " in " + r.quarantine()));
  }

  @Test
  void malformedJsonInNdjsonCostsOnlyThatLine() {
    String broken = "{\"resourceType\":\"Observation\",\"id\":\"o-broken\",\"status\":";
    Path f = fixtures.ndjson("obs.ndjson", patient("p1"), broken, heartRate("o2", "p1", 72));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 2, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(f));
    assertThat(q.position()).isEqualTo(2);
    assertThat(q.positionKind()).isEqualTo("line");
    assertThat(q.resourceType()).isEqualTo("Observation");
    assertThat(q.resourceId()).isEqualTo("o-broken");
    assertThat(q.reason()).startsWith("malformed JSON");
    assertThat(q.rawText()).isEqualTo(broken);
    assertThat(r.count("SELECT count(*) FROM observation WHERE id = 'o2' AND patient_id = 'p1'"))
        .isEqualTo(1);
  }

  @Test
  void malformedJsonInABundleKeepsTheEntriesBeforeItAndSaysTheRestWasNotRead() {
    String broken = "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":}";
    Path f =
        fixtures.bundle(
            "b.json", patient("p1"), heartRate("o1", "p1", 60), broken, heartRate("o3", "p1", 61));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 2, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(f));
    assertThat(q.positionKind()).isEqualTo("entry");
    assertThat(q.position()).isEqualTo(2);
    assertThat(q.reason())
        .startsWith("malformed JSON")
        .contains("entries from 2 on could not be read");
  }

  @Test
  void gzipCutInsideTheFirstBlockIsQuarantinedAsTruncatedGzip() {
    byte[] whole =
        gzip(utf8(bundleText(patient("p1"), heartRate("o1", "p1", 60), heartRate("o2", "p1", 61))));
    Path f = fixtures.write("b.json.gz", cut(whole, whole.length / 2));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertThat(r.result().quarantined()).isEqualTo(1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.file()).isEqualTo(name(f));
    assertThat(q.reason()).contains("truncated gzip");
    if (r.result().stored() == 0) {
      assertThat(q.positionKind()).as("cut before the first entry").isEqualTo("file");
    } else {
      assertThat(List.of(q.positionKind(), q.position()))
          .containsExactly("entry", r.result().stored());
    }
  }

  @Test
  void gzipCutInsideItsHeaderIsQuarantinedAsTruncatedGzip() {
    Path f = fixtures.write("b.ndjson.gz", cut(gzip(utf8(ndjsonText(patient("p1")))), 5));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 1, 0, 1, 0);
    assertThat(r.onlyQuarantined().reason()).contains("truncated gzip");
    assertThat(r.onlyQuarantined().positionKind()).isEqualTo("file");
  }

  @Test
  void truncatedGzipNdjsonKeepsTheLinesBeforeTheCut() {
    List<String> lines = new ArrayList<>(List.of(patient("p1")));
    for (int i = 0; i < 400; i++) {
      lines.add(heartRate("o" + i, "p1", 50 + i % 90));
    }
    byte[] whole = gzip(utf8(ndjsonText(lines.toArray(String[]::new))));
    Path f = fixtures.write("obs.ndjson.gz", cut(whole, whole.length * 6 / 10));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertThat(r.result().stored()).as("lines before the cut").isGreaterThan(100).isLessThan(401);
    assertThat(r.result().quarantined()).isEqualTo(1);
    Quarantined q = r.onlyQuarantined();
    assertThat(q.reason())
        .contains("truncated gzip")
        .contains("lines from here on could not be read");
    assertThat(q.positionKind()).isEqualTo("line");
    assertThat(q.position()).isEqualTo(r.result().stored() + 1);
    assertThat(r.count("SELECT count(*) FROM observation")).isEqualTo(r.result().stored() - 1);
  }

  @Test
  void emptyFilesAreQuarantinedAsWholeFiles() {
    Path json = fixtures.write("empty.json", new byte[0]);
    Path nd = fixtures.write("empty.ndjson", new byte[0]);
    Path blank = fixtures.write("blank.ndjson", utf8("\n  \n\n"));
    Path gz = fixtures.write("empty.json.gz", gzip(new byte[0]));
    RecordedIngest r = RecordedIngest.run(warehouse, json, nd, blank, gz);
    assertCounts(r, 4, 0, 4, 0);
    assertThat(r.quarantine())
        .allSatisfy(
            q -> {
              assertThat(q.positionKind()).isEqualTo("file");
              assertThat(q.reason()).containsAnyOf("empty", "no records");
            });
    assertThat(r.quarantine())
        .extracting(Quarantined::file)
        .containsExactlyInAnyOrder(name(json), name(nd), name(blank), name(gz));
  }

  @Test
  void wrongValueTypesQuarantineTheResourceAndNameTheElement() {
    Path f =
        fixtures.ndjson(
            "mixed.ndjson",
            patient("p1", ",\"birthDate\":12"),
            patient("p2"),
            heartRate("o1", "p2", ",\"valueQuantity\":{\"value\":\"abc\",\"unit\":\"/min\"}"),
            heartRate("o2", "p2", 60));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 4, 2, 2, 0);
    Quarantined p1 = at(r, 1);
    assertThat(List.of(p1.resourceType(), p1.resourceId())).containsExactly("Patient", "p1");
    assertThat(p1.reason())
        .contains("Patient.birthDate")
        .contains("expected a string")
        .contains("number");
    Quarantined o1 = at(r, 3);
    assertThat(List.of(o1.resourceType(), o1.resourceId())).containsExactly("Observation", "o1");
    assertThat(o1.reason())
        .contains("valueQuantity.value")
        .contains("expected a number")
        .contains("abc");
    assertThat(o1.rawText()).contains("\"abc\"");
  }

  @Test
  void missingIdsAreQuarantinedUnlessTheBundleEntryHasAFullUrl() {
    Path nd =
        fixtures.ndjson(
            "p.ndjson", resource("Patient", null, ",\"gender\":\"male\""), patient("p2"));
    Path b =
        fixtures.write(
            "b.json",
            utf8(
                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"fullUrl\":\"urn:uuid:abc-1\","
                    + "\"resource\":{\"resourceType\":\"Patient\",\"gender\":\"male\"}},"
                    + "{\"resource\":{\"resourceType\":\"Patient\",\"gender\":\"other\"}}]}"));
    RecordedIngest r = RecordedIngest.run(warehouse, nd, b);
    assertCounts(r, 4, 2, 2, 0);
    assertThat(r.quarantine())
        .allSatisfy(
            q -> {
              assertThat(q.resourceType()).isEqualTo("Patient");
              assertThat(q.resourceId()).isNull();
              assertThat(q.reason()).contains("has no id");
            });
    assertThat(r.quarantine()).extracting(Quarantined::position).containsExactlyInAnyOrder(1L, 1L);
    assertThat(r.count("SELECT count(*) FROM patient WHERE id IN ('abc-1', 'p2')")).isEqualTo(2);
  }

  @Test
  void missingSubjectIsQuarantined() {
    String orphan =
        heartRate("o1", "p1", 70).replace("\"subject\":{\"reference\":\"Patient/p1\"},", "");
    RecordedIngest r =
        RecordedIngest.run(warehouse, fixtures.ndjson("o.ndjson", patient("p1"), orphan));
    assertCounts(r, 2, 1, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(List.of(q.resourceType(), q.resourceId())).containsExactly("Observation", "o1");
    assertThat(q.reason()).contains("Observation.subject is missing");
    assertThat(q.position()).isEqualTo(2);
  }

  @Test
  void danglingReferenceIsQuarantinedWithTheIdItPointsTo() {
    Path f =
        fixtures.ndjson(
            "o.ndjson", patient("p1"), heartRate("o1", "ghost-7", 70), heartRate("o2", "p1", 71));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 2, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(List.of(q.resourceType(), q.resourceId(), q.positionKind(), q.position()))
        .containsExactly("Observation", "o1", "line", 2L);
    assertThat(q.reason()).contains("ghost-7").contains("dangling");
    assertThat(q.rawText()).contains("o1");
    assertThat(r.count("SELECT count(*) FROM observation WHERE id = 'o1'")).isZero();
    RecordedIngest later =
        RecordedIngest.run(warehouse, fixtures.ndjson("later.ndjson", heartRate("o3", "p1", 72)));
    assertThat(later.result().stored()).as("a patient of an earlier run resolves").isEqualTo(1);
  }

  @Test
  void danglingEncounterReferenceIsQuarantinedWithTheIdItPointsTo() {
    String encounter =
        resource(
            "Encounter",
            "e1",
            ",\"subject\":{\"reference\":\"Patient/p1\"},\"class\":{\"code\":\"AMB\"}");
    String inVisit =
        ",\"encounter\":{\"reference\":\"Encounter/e1\"},\"valueQuantity\":{\"value\":70}";
    String inNowhere =
        ",\"encounter\":{\"reference\":\"urn:uuid:nowhere-3\"},\"valueQuantity\":{\"value\":71}";
    Path f =
        fixtures.bundle(
            "b.json",
            patient("p1"),
            encounter,
            heartRate("o1", "p1", inNowhere),
            heartRate("o2", "p1", inVisit));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 4, 3, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(List.of(q.resourceType(), q.resourceId(), q.positionKind(), q.position()))
        .containsExactly("Observation", "o1", "entry", 2L);
    assertThat(q.reason())
        .contains("encounter reference nowhere-3")
        .contains("no Encounter")
        .contains("dangling");
    assertThat(r.count("SELECT count(*) FROM observation WHERE encounter_id = 'e1'")).isEqualTo(1);
  }

  @Test
  void unparseableDatesAreQuarantinedWithTheDateInTheReason() {
    String badEffective =
        heartRate("o1", "p2", 70).replace("2020-01-02T10:00:00Z", "2020-02-30T10:00:00Z");
    Path f =
        fixtures.ndjson(
            "d.ndjson",
            patient("p1", ",\"birthDate\":\"1990-13-01\""),
            patient("p2"),
            badEffective);
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 1, 2, 0);
    assertThat(at(r, 1).reason())
        .contains("Patient.birthDate")
        .contains("'1990-13-01'")
        .contains("not a valid");
    assertThat(at(r, 3).reason()).contains("effectiveDateTime").contains("2020-02-30T10:00:00Z");
  }

  @Test
  void typesMedmineDoesNotStoreAreSkippedPerTypeAndUnknownTypesQuarantined() {
    Path f =
        fixtures.ndjson(
            "t.ndjson",
            resource("Provenance", "pv1", ""),
            resource("Goal", "g1", ""),
            resource("Provenance", "pv2", ""),
            resource("Spaceship", "s1", ",\"crew\":3"),
            patient("p1"));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 5, 1, 1, 3);
    assertThat(r.result().skippedByType()).isEqualTo(Map.of("Goal", 1L, "Provenance", 2L));
    assertThat(r.row("SELECT skipped_by_type FROM ingest_run").get(0))
        .isEqualTo("{\"Goal\":1,\"Provenance\":2}");
    Quarantined q = r.onlyQuarantined();
    assertThat(List.of(q.resourceType(), q.resourceId())).containsExactly("Spaceship", "s1");
    assertThat(q.reason()).contains("unknown resource type 'Spaceship'");
  }

  @Test
  void veryLongStringsAreStoredWholeWhileQuarantinedRawTextIsBounded() {
    String longText = "x".repeat(300_000);
    String truncatedLine =
        "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"valueString\":\"" + longText;
    String longId = "i".repeat(300);
    Path f =
        fixtures.ndjson(
            "long.ndjson",
            patient("p1"),
            heartRate("o1", "p1", ",\"valueString\":\"" + longText + "\""),
            truncatedLine,
            heartRate(longId, "p1", 60));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 4, 2, 2, 0);
    assertThat(r.count("SELECT length(value_text) FROM observation WHERE id = 'o1'"))
        .isEqualTo(300_000);
    Quarantined unterminated = at(r, 3);
    assertThat(unterminated.reason()).startsWith("malformed JSON");
    assertThat(unterminated.rawText()).startsWith(truncatedLine.substring(0, 100));
    assertThat(unterminated.rawText())
        .hasSizeLessThan(WarehouseLoader.RAW_TEXT_LIMIT + 40)
        .endsWith("more characters]");
    Quarantined hugeId = at(r, 4);
    assertThat(hugeId.reason()).contains("300 characters");
    assertThat(hugeId.resourceId()).hasSizeLessThan(100);
  }

  @Test
  void bytesThatAreNotUtf8AreQuarantinedWithTheRawTextKeptAsLatin1() {
    byte[] latin1 =
        concat(
            utf8("{\"resourceType\":\"Patient\",\"id\":\"p2\",\"name\":[{\"family\":\"M"),
            new byte[] {(byte) 0xFC},
            utf8("ller\"}]}"));
    byte[] nd =
        concat(utf8(patient("p1") + "\n"), latin1, utf8("\n" + heartRate("o1", "p1", 70) + "\n"));
    Path f = fixtures.write("latin1.ndjson", nd);
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 3, 2, 1, 0);
    Quarantined q = r.onlyQuarantined();
    assertThat(List.of(q.resourceType(), q.resourceId(), q.position()))
        .containsExactly("Patient", "p2", 2L);
    assertThat(q.reason()).contains("not valid UTF-8");
    assertThat(q.rawText()).contains("\"family\":\"Müller\"");
  }

  @Test
  void bytesThatAreNotUtf8InABundleEndItThere() {
    byte[] b =
        concat(
            utf8(
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                    + patient("p1")
                    + "},{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p2\",\"name\":[{\"family\":\"M"),
            new byte[] {(byte) 0xFC},
            utf8("ller\"}]}}]}"));
    Path f = fixtures.write("latin1.json", b);
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 2, 1, 1, 0);
    assertThat(r.onlyQuarantined().reason())
        .contains("not valid UTF-8")
        .contains("entries from 1 on");
    assertThat(r.onlyQuarantined().position()).isEqualTo(1);
  }

  @Test
  void implausibleButWellFormedValuesAreStored() {
    Path f =
        fixtures.bundle(
            "b.json", patient("p1", ",\"birthDate\":\"2090-01-01\""), heartRate("o1", "p1", 900));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertCounts(r, 2, 2, 0, 0);
    assertThat(r.row("SELECT birth_date FROM patient WHERE id = 'p1'").get(0))
        .isEqualTo(LocalDate.of(2090, 1, 1));
    assertThat(r.row("SELECT value_number, value_unit FROM observation WHERE id = 'o1'"))
        .containsExactly(900.0, "/min");
  }

  @Test
  void aFileAndItsFirstEntryAreQuarantinedApartAndReRunsReplaceRatherThanAdd() {
    String noSubject = resource("Observation", "o1", ",\"status\":\"final\"");
    Path notBundle =
        fixtures.write(
            "list.json",
            utf8("{\"resourceType\":\"List\",\"entry\":[{\"resource\":" + noSubject + "}]}"));
    Path nd = fixtures.ndjson("o.ndjson", patient("p1"), "{oops", heartRate("o2", "ghost", 1));
    RecordedIngest first = RecordedIngest.run(warehouse, notBundle, nd);
    assertCounts(first, 5, 1, 4, 0);
    assertThat(first.quarantine())
        .filteredOn(q -> q.file().equals(name(notBundle)))
        .extracting(Quarantined::positionKind, Quarantined::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("entry", 0L),
            org.assertj.core.groups.Tuple.tuple("file", 0L));
    RecordedIngest second = RecordedIngest.run(warehouse, notBundle, nd);
    assertCounts(second, 5, 1, 4, 0);
    assertThat(second.count("SELECT count(*) FROM quarantine"))
        .as("no duplicates after a re-run")
        .isEqualTo(4);
    assertThat(second.count("SELECT count(*) FROM patient")).isEqualTo(1);
  }
}
