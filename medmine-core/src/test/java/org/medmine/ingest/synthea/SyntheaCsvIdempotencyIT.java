package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.WarehouseDiff;

/**
 * Re-ingesting the 20-patient Synthea CSV export (told from FHIR by its patients.csv) into the same
 * warehouse leaves every table exactly as one ingest left it: ids taken from the CSV, or derived
 * from the line's content where the CSV has none, make the second run an upsert of the same rows.
 */
class SyntheaCsvIdempotencyIT {
  @TempDir Path dir;

  @Test
  void ingestingTheCsvExportTwiceChangesNoTable() throws IOException {
    Path csv = TestPopulations.small().csvDir();
    Path once = dir.resolve("once.duckdb");
    RecordedIngest first = RecordedIngest.run(once, csv);
    assertThat(first.result().format()).isEqualTo("SYNTHEA_CSV");
    assertThat(first.result().quarantined()).isZero();
    Path twice = dir.resolve("twice.duckdb");
    Files.copy(once, twice);
    RecordedIngest second = RecordedIngest.run(twice, csv);
    assertThat(second.result().stored()).isEqualTo(first.result().stored()).isPositive();
    Map<String, Long> rows = WarehouseDiff.rowCounts(twice);
    assertThat(rows.get("observation")).isGreaterThan(10_000);
    assertThat(rows.get("claim")).isPositive();
    assertThat(WarehouseDiff.differences(once, twice))
        .as("tables after one and after two ingests")
        .isEmpty();
  }
}
