package org.medmine.warehouse;

import static org.medmine.warehouse.WarehouseLoader.RAW_TEXT_LIMIT;
import static org.medmine.warehouse.WarehouseLoader.STAGE_PREFIX;
import static org.medmine.warehouse.WarehouseLoader.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.medmine.model.Table;

/**
 * The rows of a run that DuckDB maps itself, by {@code INSERT … SELECT} (the native Synthea CSV
 * path), rather than a reader handing them over one by one: they land where {@link WarehouseLoader}
 * would have appended them (the table itself on a direct first load, else its staging table with
 * the record's file, line and type), in the same transaction, and are counted in the same run.
 */
public final class NativeRows {
  private final WarehouseLoader loader;
  private final Connection connection;
  private final String source;
  private final String runId;
  private final boolean direct;

  NativeRows(
      WarehouseLoader loader, Connection connection, String source, String runId, boolean direct) {
    this.loader = loader;
    this.connection = connection;
    this.source = source;
    this.runId = runId;
    this.direct = direct;
  }

  /** The run's connection (inside its transaction), for the reads the SQL needs. */
  public Connection connection() {
    return connection;
  }

  /**
   * Whether rows keep their line: staged rows do (for the dangling-reference quarantine and
   * last-one-wins); rows appended straight into the tables on a direct first load do not, so {@code
   * _line} may be NULL there.
   */
  public boolean keepsLines() {
    return !direct;
  }

  /**
   * Inserts the rows of {@code select} into {@code table}.
   *
   * @param columns the table's columns that {@code select} yields, in its order
   * @param select a query yielding {@code columns} and {@code _line}, the record's 1-based line in
   *     {@code file}, lines below {@code lineBound}
   * @return how many rows it inserted
   */
  public long insert(
      Table table,
      List<String> columns,
      String select,
      String file,
      String resourceType,
      long lineBound)
      throws SQLException {
    String cols = String.join(", ", columns);
    String sql;
    if (direct) {
      sql =
          "INSERT INTO "
              + table.sqlName()
              + " ("
              + cols
              + ", source) SELECT "
              + cols
              + ", "
              + quote(source)
              + " FROM ("
              + select
              + ") x";
    } else {
      long seq = loader.reserveSeq(lineBound);
      sql =
          "INSERT INTO "
              + STAGE_PREFIX
              + table.sqlName()
              + " ("
              + cols
              + ", source, _seq, _file, _pos, _pos_kind,"
              + " _type) SELECT "
              + cols
              + ", "
              + quote(source)
              + ", "
              + seq
              + " + _line, "
              + loader.fileNumber(file)
              + ", _line, 'line', "
              + quote(resourceType)
              + " FROM ("
              + select
              + ") x";
    }
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  /**
   * Quarantines the records of {@code select}, which yields {@code file, position, resource_type,
   * resource_id, reason, raw_text} (positions are lines); raw text is cut as {@link
   * WarehouseLoader} cuts it.
   */
  public long quarantine(String select) throws SQLException {
    String raw =
        "CASE WHEN length(raw_text) > "
            + RAW_TEXT_LIMIT
            + " THEN left(raw_text, "
            + RAW_TEXT_LIMIT
            + ") || '…[' || (length(raw_text) - "
            + RAW_TEXT_LIMIT
            + ") || ' more characters]' ELSE raw_text END";
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(
          "INSERT INTO "
              + STAGE_PREFIX
              + "quarantine SELECT "
              + quote(source)
              + ", "
              + quote(runId)
              + ", file, position, 'line', resource_type, resource_id, reason, "
              + raw
              + " FROM ("
              + select
              + ") q");
    }
  }

  /**
   * Sets the line of the rows staged from {@code file} into {@code table} to {@code line}, an
   * expression of their current line {@code _pos} (nothing to do on a direct load, whose rows keep
   * no line).
   */
  public void renumber(Table table, String file, String line) throws SQLException {
    if (direct) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "UPDATE "
              + STAGE_PREFIX
              + table.sqlName()
              + " SET _pos = "
              + line
              + " WHERE _file = "
              + loader.fileNumber(file));
    }
  }

  /** Counts records stored and quarantined through this object (read = stored + quarantined). */
  public void count(long stored, long quarantined) {
    loader.countNative(stored, quarantined);
  }
}
