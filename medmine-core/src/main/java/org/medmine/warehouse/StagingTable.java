package org.medmine.warehouse;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.medmine.model.Table;

/**
 * One staging table of a run and its appender. What fills each column (a row value, or one of the run's own
 * columns: source, sequence, file number, position, resource type) is worked out once, so that appending a
 * row looks up only the columns the row sets.
 */
final class StagingTable {
  private static final int FILL_VALUE = 0;
  private static final int FILL_SOURCE = 1;
  private static final int FILL_SEQ = 2;
  private static final int FILL_FILE = 3;
  private static final int FILL_POS = 4;
  private static final int FILL_POS_KIND = 5;
  private static final int FILL_TYPE = 6;

  private final Table table;
  private final DuckDBAppender appender;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] fill;
  private final Object[] slots;

  StagingTable(Table table, DuckDBAppender appender, List<String> columns) {
    this.table = table;
    this.appender = handOver(appender);
    this.columns = List.copyOf(columns);
    this.fill = new int[columns.size()];
    this.slots = new Object[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
      fill[i] = fillOf(columns.get(i));
    }
  }

  /**
   * Lets another thread than the one that opened the run stage its records (the ingest pipeline does). The
   * calls never overlap: records are handed over through a queue, and the run is finished after the staging
   * thread has ended, both of which order the appender's use across threads.
   */
  static DuckDBAppender handOver(DuckDBAppender appender) {
    appender.unsafeBreakThreadConfinement();
    return appender;
  }

  private static int fillOf(String column) {
    return switch (column) {
      case "source" -> FILL_SOURCE;
      case "_seq" -> FILL_SEQ;
      case "_file" -> FILL_FILE;
      case "_pos" -> FILL_POS;
      case "_pos_kind" -> FILL_POS_KIND;
      case "_type" -> FILL_TYPE;
      default -> FILL_VALUE;
    };
  }

  List<String> columns() {
    return columns;
  }

  DuckDBAppender appender() {
    return appender;
  }

  /** Appends a row; returns the next sequence number. */
  long append(Row row, String source, long seq, long fileNumber, RecordOrigin origin, String resourceType)
      throws SQLException {
    Arrays.fill(slots, null);
    for (Map.Entry<String, Object> e : row.values().entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalArgumentException("table " + table.sqlName() + " has no column " + e.getKey());
      }
      slots[i] = e.getValue();
    }
    long next = seq;
    appender.beginRow();
    for (int i = 0; i < fill.length; i++) {
      switch (fill[i]) {
        case FILL_SOURCE -> appender.append(source);
        case FILL_SEQ -> appender.append(next++);
        case FILL_FILE -> appender.append(fileNumber);
        case FILL_POS -> appender.append(origin.position());
        case FILL_POS_KIND -> appender.append(origin.positionKind());
        case FILL_TYPE -> appender.append(resourceType);
        default -> WarehouseLoader.appendValue(appender, slots[i]);
      }
    }
    appender.endRow();
    return next;
  }
}
