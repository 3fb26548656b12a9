package org.medmine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseLoader;

/**
 * One ingest run as a test sees it: the {@link IngestResult}, the run's {@code ingest_run} row and
 * its {@code quarantine} rows, read back from the warehouse file after the run committed. {@link
 * #run} checks the bookkeeping every run must keep (read = stored + quarantined + skipped, in the
 * result and in {@code ingest_run}; one quarantine row per quarantined record; each row with a
 * file, position, reason and bounded raw text), so a test only asserts what is particular to its
 * case.
 *
 * @param warehouse the warehouse file
 * @param result what {@link Ingestor#ingest} returned
 * @param quarantine the quarantine rows of this run, by file and position
 */
public record RecordedIngest(Path warehouse, IngestResult result, List<Quarantined> quarantine) {

  /** A quarantine row. */
  public record Quarantined(
      String file,
      long position,
      String positionKind,
      String resourceType,
      String resourceId,
      String reason,
      String rawText) {}

  /**
   * Ingests {@code inputs} into the warehouse at {@code warehouse} (source {@code default}) and
   * checks it.
   */
  public static RecordedIngest run(Path warehouse, Path... inputs) {
    return run(warehouse, CsvReading.NATIVE, inputs);
  }

  /** As {@link #run(Path, Path...)}, Synthea CSV read by {@code reading}. */
  public static RecordedIngest run(Path warehouse, CsvReading reading, Path... inputs) {
    return run(warehouse, new IngestOptions(List.of(inputs), null, null).withCsvReading(reading));
  }

  /** Ingests with {@code options} into the warehouse at {@code warehouse} and checks it. */
  public static RecordedIngest run(Path warehouse, IngestOptions options) {
    IngestResult result;
    try (Warehouse w = Warehouse.open(warehouse)) {
      result = Ingestor.ingest(w, options, IngestListener.NONE);
    }
    assertThat(result.read())
        .as("read = stored + quarantined + skipped")
        .isEqualTo(result.stored() + result.quarantined() + result.skipped());
    assertThat(result.skippedByType().values().stream().mapToLong(Long::longValue).sum())
        .as("skipped per type adds up")
        .isEqualTo(result.skipped());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
      List<Object> run =
          row(
              c,
              "SELECT records_read, records_stored, records_quarantined, records_skipped, status"
                  + " FROM ingest_run WHERE run_id = ?",
              result.runId());
      assertThat(run)
          .as("the ingest_run row")
          .containsExactly(
              result.read(), result.stored(), result.quarantined(), result.skipped(), "committed");
      List<Quarantined> rows = quarantine(c, result.runId());
      assertThat(rows)
          .as("one quarantine row per quarantined record")
          .hasSize((int) result.quarantined());
      for (Quarantined q : rows) {
        assertThat(q.file()).as("quarantine file").isNotBlank();
        assertThat(q.positionKind()).as("position kind of " + q).isIn("line", "entry", "file");
        assertThat(q.position()).as("position of " + q).isGreaterThanOrEqualTo(0);
        assertThat(q.reason()).as("reason").isNotBlank();
        assertThat(q.rawText()).as("raw text of " + q.reason()).isNotNull();
        assertThat(q.rawText().length())
            .as("raw text is bounded")
            .isLessThanOrEqualTo(WarehouseLoader.RAW_TEXT_LIMIT + 40);
      }
      return new RecordedIngest(warehouse, result, rows);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Quarantined> quarantine(Connection c, String runId) throws SQLException {
    List<Quarantined> rows = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT file, position, position_kind, resource_type, resource_id, reason, raw_text FROM quarantine"
                + " WHERE run_id = ? ORDER BY file, position, position_kind")) {
      p.setString(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Quarantined(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return rows;
  }

  /** The only quarantine row of the run (fails when there is not exactly one). */
  public Quarantined onlyQuarantined() {
    assertThat(quarantine).as("quarantine rows").hasSize(1);
    return quarantine.get(0);
  }

  /**
   * The first row of a query on the warehouse, as JDBC objects ({@code ?} bound to {@code args}).
   */
  public List<Object> row(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
      return row(c, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A single number from the warehouse. */
  public long count(String sql, Object... args) {
    return ((Number) row(sql, args).get(0)).longValue();
  }

  private static List<Object> row(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).as("a row from " + sql).isTrue();
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          out.add(rs.getObject(i));
        }
        return out;
      }
    }
  }
}
