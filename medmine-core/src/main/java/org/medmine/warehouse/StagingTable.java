package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmine.model.Table;

/**
 * One table a run appends to (a staging table, or on a first load the warehouse table itself) and
 * the rows held for it. What fills each column (a row value, or one of the run's own columns:
 * source, sequence, file number, position, resource type) is worked out once, so that adding a row
 * looks up only the columns the row sets. Rows are inserted {@value #BATCH_ROWS} at a time through
 * {@link RowBatchFunction}.
 */
final class StagingTable {
  /**
   * Rows per INSERT: one DuckDB chunk. Larger batches were measured slower (8,192: 30.3 s against
   * 28.0 s on the 1,000-patient FHIR population): rows held longer survive young collections, whose
   * pauses stop the reading thread too.
   */
  static final int BATCH_ROWS = 2048;

  private static final int FILL_VALUE = 0;
  private static final int FILL_SOURCE = 1;
  private static final int FILL_SEQ = 2;
  private static final int FILL_FILE = 3;
  private static final int FILL_POS = 4;
  private static final int FILL_POS_KIND = 5;
  private static final int FILL_TYPE = 6;

  private final Table table;
  private final BatchInserter inserter;
  private final List<String> columns;
  private final RowBatch batch;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] fill;

  private StagingTable(Table table, BatchInserter inserter, RowBatch batch) {
    this.table = table;
    this.inserter = inserter;
    this.batch = batch;
    this.columns = batch.columns().stream().map(RowBatch.Column::name).toList();
    this.fill = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
      fill[i] = fillOf(columns.get(i));
    }
  }

  /** The run's table {@code name} (its columns and their types read from the database). */
  static StagingTable open(Connection connection, Table table, BatchInserter inserter, String name)
      throws SQLException {
    return new StagingTable(table, inserter, RowBatch.of(connection, name, BATCH_ROWS));
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

  /** Inserts the rows still held. */
  void flush() throws SQLException {
    inserter.insert(batch);
  }

  /** Drops the rows still held (the run is abandoned). */
  void discard() {
    batch.clear();
  }

  /** Adds a row, inserting the batch when it is full; returns the next sequence number. */
  long append(
      Row row, String source, long seq, long fileNumber, RecordOrigin origin, String resourceType)
      throws SQLException {
    Object[] values = new Object[fill.length];
    for (Map.Entry<String, Object> e : row.values().entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalArgumentException(
            "table " + table.sqlName() + " has no column " + e.getKey());
      }
      values[i] = e.getValue();
    }
    long next = seq;
    for (int i = 0; i < fill.length; i++) {
      switch (fill[i]) {
        case FILL_SOURCE -> values[i] = source;
        case FILL_SEQ -> values[i] = next++;
        case FILL_FILE -> values[i] = fileNumber;
        case FILL_POS -> values[i] = origin.position();
        case FILL_POS_KIND -> values[i] = origin.positionKind();
        case FILL_TYPE -> values[i] = resourceType;
        default -> {
          // a row value, set above
        }
      }
    }
    batch.add(values);
    if (batch.isFull()) {
      flush();
    }
    return next;
  }
}
