package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.Table;

/**
 * A source's first load appends straight into the tables and, like the staged load, keeps the last
 * of a repeated id; a run that names a patient that exists nowhere is refused and rolled back
 * whole, and the staged load then does it (dangling records quarantined).
 */
class DirectLoadTest {
  @TempDir Path dir;

  private static final RunRecord RUN = new RunRecord("fhir", "test", Instant.EPOCH, 1, 0, "test");

  /**
   * A run whose format lets an id repeat with other content (Synthea CSV); in FHIR the replaced
   * copy is quarantined.
   */
  private static final RunRecord CSV_RUN =
      new RunRecord("synthea-csv", "test", Instant.EPOCH, 1, 0, "test");

  private static Row patient(String id) {
    return new Row(Table.PATIENT).set("id", id).set("sex", "female");
  }

  private static Row heartRate(String id, String patient, double bpm) {
    return new Row(Table.OBSERVATION)
        .set("id", id)
        .set("patient_id", patient)
        .set("value_number", bpm);
  }

  private static void load(WarehouseLoader loader, Row... rows) {
    long line = 1;
    for (Row r : rows) {
      loader.fileStarted("f.ndjson");
      loader.store(new RecordOrigin("f.ndjson", line++, "line"), "Resource", List.of(r));
    }
  }

  private static long count(Warehouse w, String sql) throws SQLException {
    try (Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aCleanFirstLoadIsCommittedWithoutStaging() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1")) {
        load(loader, patient("p1"), heartRate("o1", "p1", 70), heartRate("o2", "p1", 71));
        assertThat(loader.finish(RUN).stored()).isEqualTo(3);
      }
      assertThat(count(w, "SELECT count(*) FROM observation WHERE source = 's'")).isEqualTo(2);
      assertThat(
              count(
                  w,
                  "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '\\_stage\\_%' ESCAPE '\\'"))
          .as("no staging table was made or left")
          .isZero();
    }
  }

  @Test
  void aFirstLoadThatRepeatsAnIdKeepsTheLastAsTheStagedLoadDoes() throws SQLException {
    Row[] rows = {
      patient("p1"),
      heartRate("o1", "p1", 70),
      heartRate("o2", "p1", 50),
      heartRate("o1", "p1", 99),
      heartRate("o1", "p1", 98),
      heartRate("o2", "p1", 51)
    };
    for (boolean direct : new boolean[] {true, false}) {
      try (Warehouse w = Warehouse.open(dir.resolve("w-" + direct + ".duckdb"))) {
        try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1", direct)) {
          load(loader, rows);
          assertThat(loader.finish(CSV_RUN).stored()).isEqualTo(6);
        }
        assertThat(count(w, "SELECT count(*) FROM observation"))
            .as("direct %s", direct)
            .isEqualTo(2);
        assertThat(count(w, "SELECT value_number FROM observation WHERE id = 'o1'"))
            .as("direct %s", direct)
            .isEqualTo(98);
        assertThat(count(w, "SELECT value_number FROM observation WHERE id = 'o2'"))
            .as("direct %s", direct)
            .isEqualTo(51);
        assertThat(count(w, "SELECT count(*) FROM ingest_run")).isEqualTo(1);
      }
    }
  }

  @Test
  void
      aFhirFirstLoadThatRepeatsAnIdWithOtherContentIsRefusedAndTheStagedLoadQuarantinesTheReplacedCopies()
          throws SQLException {
    Row[] rows = {
      patient("p1"),
      heartRate("o1", "p1", 70),
      heartRate("o2", "p1", 50),
      heartRate("o1", "p1", 99),
      heartRate("o1", "p1", 98),
      heartRate("o2", "p1", 51)
    };
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1")) {
        load(loader, rows);
        assertThatThrownBy(() -> loader.finish(RUN))
            .isInstanceOf(DirectLoadRefused.class)
            .hasMessageContaining("observation holds an id twice with different content");
      }
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-2", false)) {
        load(loader, rows);
        WarehouseLoader.Counts c = loader.finish(RUN);
        assertThat(List.of(c.stored(), c.quarantined())).containsExactly(3L, 3L);
      }
      assertThat(count(w, "SELECT value_number FROM observation WHERE id = 'o1'")).isEqualTo(98);
      assertThat(count(w, "SELECT count(*) FROM quarantine WHERE resource_id = 'o1'")).isEqualTo(2);
    }
  }

  @Test
  void aFirstLoadWithADanglingPatientIsRefusedAndTheStagedLoadQuarantinesIt() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      Row[] rows = {patient("p1"), heartRate("o1", "ghost", 70), heartRate("o2", "p1", 71)};
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1")) {
        load(loader, rows);
        assertThatThrownBy(() -> loader.finish(RUN))
            .isInstanceOf(DirectLoadRefused.class)
            .hasMessageContaining(
                "observation has a patient or encounter reference that resolves to nothing");
      }
      assertThat(count(w, "SELECT count(*) FROM observation")).as("rolled back").isZero();
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-2", false)) {
        load(loader, rows);
        WarehouseLoader.Counts c = loader.finish(RUN);
        assertThat(List.of(c.stored(), c.quarantined())).containsExactly(2L, 1L);
      }
      assertThat(
              count(w, "SELECT count(*) FROM quarantine WHERE resource_id = 'o1' AND position = 2"))
          .isEqualTo(1);
    }
  }

  @Test
  void aSecondLoadOfTheSameSourceIsStagedAndReplacesRows() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1")) {
        load(loader, patient("p1"), heartRate("o1", "p1", 70));
        loader.finish(RUN);
      }
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-2")) {
        load(loader, patient("p1"), heartRate("o1", "p1", 80));
        loader.finish(RUN);
      }
      assertThat(count(w, "SELECT count(*) FROM observation")).isEqualTo(1);
      assertThat(count(w, "SELECT value_number FROM observation WHERE id = 'o1'")).isEqualTo(80);
    }
  }
}
