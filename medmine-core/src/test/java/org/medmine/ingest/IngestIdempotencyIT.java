package org.medmine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.WarehouseDiff;

/**
 * Loading is an upsert by (source, id): ingesting the 20-patient Synthea FHIR population a second
 * time into the same warehouse leaves every table (ingest_run aside) exactly as one ingest left it.
 */
class IngestIdempotencyIT {
  @TempDir Path dir;

  @Test
  void ingestingTheSamePopulationTwiceChangesNoTable() throws IOException {
    Path fhir = TestPopulations.small().fhirDir();
    Path once = dir.resolve("once.duckdb");
    RecordedIngest first = RecordedIngest.run(once, fhir);
    Path twice = dir.resolve("twice.duckdb");
    Files.copy(once, twice);
    RecordedIngest second = RecordedIngest.run(twice, fhir);

    Map<String, Long> rows = WarehouseDiff.rowCounts(twice);
    System.out.printf(
        "idempotency: first run %s%n  second run %s%n  rows %s%n",
        first.result(), second.result(), rows);
    assertThat(rows.get("patient")).isGreaterThanOrEqualTo(20);
    assertThat(rows.get("observation")).isGreaterThan(1000);
    assertThat(rows.get("claim_line")).isGreaterThan(100);
    assertThat(rows.get("ingest_run")).isEqualTo(2);
    assertThat(first.result().quarantined())
        .as("Synthea's well-formed output quarantines nothing")
        .isZero();
    assertThat(
            List.of(
                second.result().read(),
                second.result().stored(),
                second.result().quarantined(),
                second.result().skipped()))
        .as("the second run reads and sorts the same records")
        .containsExactly(
            first.result().read(),
            first.result().stored(),
            first.result().quarantined(),
            first.result().skipped());
    assertThat(WarehouseDiff.differences(once, twice))
        .as("tables after one and after two ingests")
        .isEmpty();
  }
}
