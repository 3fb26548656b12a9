package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.Table;

/**
 * Rows reach DuckDB through the {@code medmine_rows} table function value for value (every column
 * type of the warehouse, NULLs, non-ASCII text, more rows than one batch holds), in the order they
 * were added; a value of the wrong type is refused with its table and column named; and DuckDB gets
 * its threads back however the run ends.
 */
class RowBatchTest {
  @TempDir Path dir;

  private static final RunRecord RUN = new RunRecord("fhir", "test", Instant.EPOCH, 1, 0, "test");

  @Test
  void everyColumnTypeAndNullRoundTripsInOrder() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"));
        Statement s = w.connection().createStatement()) {
      s.execute(
          "CREATE TABLE t (s VARCHAR, b BIGINT, i INTEGER, d DOUBLE, f BOOLEAN, day DATE, ts TIMESTAMP,"
              + " money DECIMAL(18,2))");
      RowBatchFunction.ensureRegistered(w.connection());
      RowBatchFunction.ensureRegistered(w.connection()); // a second time is harmless
      List<RowBatch.Column> cols = new ArrayList<>();
      for (String[] c :
          new String[][] {
            {"s", "VARCHAR"},
            {"b", "BIGINT"},
            {"i", "INTEGER"},
            {"d", "DOUBLE"},
            {"f", "BOOLEAN"},
            {"day", "DATE"},
            {"ts", "TIMESTAMP"},
            {"money", "DECIMAL(18,2)"}
          }) {
        cols.add(new RowBatch.Column(c[0], RowBatch.Kind.of(c[1])));
      }
      RowBatch batch = new RowBatch("t", cols, 5000);
      int n = 4500; // more than two 2,048-row chunks
      for (int k = 0; k < n; k++) {
        batch.add(
            k % 7 == 0
                ? new Object[8]
                : new Object[] {
                  "naïve é " + k + " ☃ a string longer than twelve bytes",
                  (long) k * 1_000_000_007L,
                  k,
                  k / 3.0,
                  k % 2 == 0,
                  LocalDate.of(2000, 1, 1).plusDays(k),
                  LocalDateTime.of(2020, 2, 29, 23, 59, 58).plusSeconds(k),
                  new BigDecimal(k).movePointLeft(1)
                });
      }
      batch.insert(s);
      assertThat(batch.size()).as("emptied").isZero();
      try (ResultSet rs = s.executeQuery("SELECT * FROM t ORDER BY rowid")) {
        int k = 0;
        while (rs.next()) {
          if (k % 7 == 0) {
            for (int c = 1; c <= 8; c++) {
              assertThat(rs.getObject(c)).as("row %d column %d is NULL", k, c).isNull();
            }
          } else {
            assertThat(rs.getString(1))
                .isEqualTo("naïve é " + k + " ☃ a string longer than twelve bytes");
            assertThat(rs.getLong(2)).isEqualTo((long) k * 1_000_000_007L);
            assertThat(rs.getInt(3)).isEqualTo(k);
            assertThat(rs.getDouble(4)).isEqualTo(k / 3.0);
            assertThat(rs.getBoolean(5)).isEqualTo(k % 2 == 0);
            assertThat(rs.getObject(6, LocalDate.class))
                .isEqualTo(LocalDate.of(2000, 1, 1).plusDays(k));
            assertThat(rs.getObject(7, LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2020, 2, 29, 23, 59, 58).plusSeconds(k));
            assertThat(rs.getBigDecimal(8))
                .isEqualByComparingTo(new BigDecimal(k).movePointLeft(1));
          }
          k++;
        }
        assertThat(k).isEqualTo(n);
      }
    }
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingItsColumn() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"));
        Statement s = w.connection().createStatement()) {
      s.execute("CREATE TABLE t (b BIGINT)");
      RowBatchFunction.ensureRegistered(w.connection());
      RowBatch batch =
          new RowBatch("t", List.of(new RowBatch.Column("b", RowBatch.Kind.BIGINT)), 10);
      batch.add(new Object[] {"12"});
      assertThatThrownBy(() -> batch.insert(s)).hasMessageContaining("t.b is BIGINT, not String");
      assertThatThrownBy(() -> batch.add(new Object[] {1L, 2L}))
          .hasMessageContaining("which has 1 columns");
    }
  }

  @Test
  void duckDbGetsItsThreadsBackWhenARunFinishesOrIsAbandoned() throws SQLException {
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      long before = threads(w);
      assertThat(before).as("this machine's default").isGreaterThanOrEqualTo(1);
      try (Statement s = w.connection().createStatement()) {
        s.execute("SET threads = 3"); // whatever the machine, more than one
      }
      try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1")) {
        loader.store(
            new RecordOrigin("f.ndjson", 1, "line"),
            "Patient",
            List.of(new Row(Table.PATIENT).set("id", "p1")));
        loader.finish(RUN);
      }
      assertThat(threads(w)).isEqualTo(3);
      try (WarehouseLoader loader = new WarehouseLoader(w, "s2", "run-2")) {
        for (int k = 0; k < StagingTable.BATCH_ROWS + 1; k++) { // one batch inserted, one row held
          loader.store(
              new RecordOrigin("g.ndjson", k + 1, "line"),
              "Patient",
              List.of(new Row(Table.PATIENT).set("id", "q" + k)));
        }
        assertThat(threads(w)).as("one thread while batches go in").isEqualTo(1);
      } // abandoned: rolled back
      assertThat(threads(w)).isEqualTo(3);
      try (Statement s = w.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM patient WHERE source = 's2'")) {
        rs.next();
        assertThat(rs.getLong(1)).as("the abandoned run left nothing").isZero();
      }
    }
  }

  private static long threads(Warehouse w) throws SQLException {
    try (Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
