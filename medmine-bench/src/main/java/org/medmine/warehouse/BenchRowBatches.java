package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's way into the loader's own row batches ({@link RowBatch}, {@link RowBatchFunction}),
 * which are package-private: the {@code duckdb-fhir-function} leg stores rows with the very code
 * the loader uses, not a copy of it.
 */
public final class BenchRowBatches {
  private BenchRowBatches() {}

  /** Registers the loader's table function on the connection's database. */
  public static void register(Connection connection) throws SQLException {
    RowBatchFunction.ensureRegistered(connection);
  }

  /**
   * Inserts rows of {@code md}'s columns (the table's, in its order) into the table, in one
   * statement.
   */
  public static void insert(Statement s, String table, ResultSetMetaData md, List<Object[]> rows)
      throws SQLException {
    List<RowBatch.Column> columns = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      columns.add(
          new RowBatch.Column(md.getColumnName(i), RowBatch.Kind.of(md.getColumnTypeName(i))));
    }
    RowBatch batch = new RowBatch(table, columns, rows.size());
    rows.forEach(batch::add);
    batch.insert(s);
  }
}
