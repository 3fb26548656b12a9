package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBLogicalType;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;

/**
 * The DuckDB table function {@code medmine_rows(batch)}, through which a {@link RowBatch} held in
 * Java is inserted ({@code INSERT INTO t SELECT * FROM medmine_rows(42)}): DuckDB pulls the rows a
 * 2,048-row chunk at a time, and each chunk is filled column by column, the strings of a column in
 * one native call.
 *
 * <p>Why not the Appender: DuckDB's Java Appender hands each 2,048-row chunk to the table with its
 * own {@code duckdb_appender_flush}. Storing the 3 million rows of the 1,000-patient FHIR
 * population cost 26.2 CPU-s through the Appender, 13.3 through this function and 6.5 when DuckDB
 * copies them itself (the {@code duckdb-fhir-*} bench legs; docs/benchmarks.md, "Appender or table
 * function").
 *
 * <p>The function is registered once per database; batches are found by number in a process-wide
 * map, so the function keeps no state of its own and serves every connection of the database.
 */
final class RowBatchFunction implements DuckDBTableFunction<RowBatch, int[], Object> {
  static final String NAME = "medmine_rows";

  private static final Map<Long, RowBatch> OPEN = new ConcurrentHashMap<>();
  private static final AtomicLong NUMBERS = new AtomicLong();

  private RowBatchFunction() {}

  /** Registers the function on the connection's database unless it is there already. */
  static void ensureRegistered(Connection connection) throws SQLException {
    synchronized (RowBatchFunction.class) {
      try (PreparedStatement p =
          connection.prepareStatement(
              "SELECT count(*) FROM duckdb_functions() WHERE function_name = ?")) {
        p.setString(1, NAME);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next() && rs.getLong(1) > 0) {
            return;
          }
        }
      }
      DuckDBFunctions.tableFunction()
          .withName(NAME)
          .withParameter(DuckDBColumnType.BIGINT)
          .withFunction(new RowBatchFunction())
          .register(connection);
    }
  }

  /** Makes a batch findable by the function; returns its number. */
  static long open(RowBatch batch) {
    long number = NUMBERS.incrementAndGet();
    OPEN.put(number, batch);
    return number;
  }

  static void close(long number) {
    OPEN.remove(number);
  }

  @Override
  public RowBatch bind(DuckDBTableFunctionBindInfo info) throws SQLException {
    long number = info.getParameter(0).getLong();
    RowBatch batch = OPEN.get(number);
    if (batch == null) {
      throw new IllegalStateException("no open row batch " + number);
    }
    for (RowBatch.Column c : batch.columns()) {
      if (c.kind() == RowBatch.Kind.MONEY) {
        try (DuckDBLogicalType money = DuckDBLogicalType.decimal(18, 2)) {
          info.addResultColumn(c.name(), money);
        }
      } else {
        info.addResultColumn(c.name(), c.kind().duckdbType());
      }
    }
    info.setCardinality(batch.size(), true);
    return batch;
  }

  @Override
  public int[] init(DuckDBTableFunctionInitInfo info) {
    // one thread, so that the rows arrive in the order they were read (the direct load relies on
    // row order)
    info.setMaxThreads(1);
    return new int[1];
  }

  @Override
  public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
    RowBatch batch = info.getBindData();
    int[] next = info.getInitData();
    int n = (int) Math.min(out.capacity(), batch.size() - next[0]);
    if (n > 0) {
      batch.write(next[0], n, out);
      next[0] += n;
    }
    return n;
  }
}
