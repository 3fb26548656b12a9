package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.WarehouseDiff;

/**
 * The DuckDB-native CSV path and the Java reader make the same warehouse of the 20-patient Synthea
 * CSV export: every row of every table (derived ids, claim totals folded from
 * claims_transactions.csv, quarantine) on a first load (rows appended straight into the tables) and
 * on a second load of the same export (staged and merged).
 */
class SyntheaCsvNativeIT {
  @TempDir Path dir;

  private RecordedIngest ingest(CsvReading reading, Path warehouse) {
    return RecordedIngest.run(warehouse, reading, TestPopulations.small().csvDir());
  }

  @Test
  void theNativePathStoresTheSameRowsAsTheJavaReaderOnFirstAndSecondLoad() throws Exception {
    Path java = dir.resolve("java.duckdb");
    Path nat = dir.resolve("native.duckdb");
    RecordedIngest j = ingest(CsvReading.JAVA, java);
    RecordedIngest n = ingest(CsvReading.NATIVE_STRICT, nat);
    assertThat(n.result().read()).isEqualTo(j.result().read()).isPositive();
    assertThat(n.result().stored()).isEqualTo(j.result().stored());
    assertThat(n.result().quarantined()).isEqualTo(j.result().quarantined());
    Map<String, Long> rows = WarehouseDiff.rowCounts(nat);
    assertThat(rows.get("observation")).isGreaterThan(10_000);
    assertThat(rows.get("claim_line")).isPositive();
    assertThat(WarehouseDiff.differences(java, nat))
        .as("Java reader vs native path, first load")
        .isEmpty();

    Path javaTwice = dir.resolve("java2.duckdb");
    Path nativeTwice = dir.resolve("native2.duckdb");
    Files.copy(java, javaTwice);
    Files.copy(java, nativeTwice);
    ingest(CsvReading.JAVA, javaTwice);
    RecordedIngest again = ingest(CsvReading.NATIVE_STRICT, nativeTwice);
    assertThat(again.result().stored()).isEqualTo(j.result().stored());
    assertThat(WarehouseDiff.differences(javaTwice, nativeTwice))
        .as("second load, staged")
        .isEmpty();
    assertThat(WarehouseDiff.differences(java, nativeTwice))
        .as("the second load changed nothing")
        .isEmpty();
  }
}
