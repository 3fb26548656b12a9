package org.medmine.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBLogicalType;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The table function {@code bench_rows()} of {@link DuckDbFhirStoreLeg}: it hands DuckDB the block of rows set
 * by {@link #insert}, a chunk at a time, each column written whole (a column's strings in one native call).
 */
final class BlockFunction implements DuckDBTableFunction<BlockFunction.Block, int[], Object> {
  record Block(ResultSetMetaData md, List<Object[]> rows) {}

  private static volatile Block current;

  private BlockFunction() {}

  static void register(Connection c) throws SQLException {
    DuckDBFunctions.tableFunction().withName("bench_rows").withFunction(new BlockFunction()).register(c);
  }

  /** Inserts a block of rows of {@code md}'s columns into the table. */
  static void insert(Statement s, String table, ResultSetMetaData md, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    current = new Block(md, rows);
    try {
      s.execute("INSERT INTO " + table + " SELECT * FROM bench_rows()");
    } finally {
      current = null;
    }
  }

  @Override
  public Block bind(DuckDBTableFunctionBindInfo info) throws SQLException {
    Block b = current;
    ResultSetMetaData md = b.md();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      if (md.getColumnType(i) == Types.DECIMAL) {
        try (DuckDBLogicalType money = DuckDBLogicalType.decimal(md.getPrecision(i), md.getScale(i))) {
          info.addResultColumn(md.getColumnName(i), money);
        }
      } else {
        info.addResultColumn(md.getColumnName(i), DuckDBColumnType.valueOf(md.getColumnTypeName(i)));
      }
    }
    return b;
  }

  @Override
  public int[] init(DuckDBTableFunctionInitInfo info) {
    info.setMaxThreads(1);
    return new int[1];
  }

  @Override
  public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) throws SQLException {
    Block b = info.getBindData();
    int[] next = info.getInitData();
    int n = (int) Math.min(out.capacity(), b.rows().size() - next[0]);
    for (int c = 0; c < out.columnCount(); c++) {
      DuckDBWritableVector v = out.vector(c);
      if (b.md().getColumnType(c + 1) == Types.VARCHAR) {
        byte[][] strings = new byte[n][];
        for (int r = 0; r < n; r++) {
          Object x = b.rows().get(next[0] + r)[c];
          strings[r] = x == null ? new byte[0] : ((String) x).getBytes(StandardCharsets.UTF_8);
        }
        v.setStringUtf8Batch(0, strings);
        for (int r = 0; r < n; r++) {
          if (b.rows().get(next[0] + r)[c] == null) {
            v.setNull(r);
          }
        }
        continue;
      }
      for (int r = 0; r < n; r++) {
        Object x = b.rows().get(next[0] + r)[c];
        if (x == null) {
          v.setNull(r);
        } else if (x instanceof Long y) {
          v.setLong(r, y);
        } else if (x instanceof Integer y) {
          v.setInt(r, y);
        } else if (x instanceof Double y) {
          v.setDouble(r, y);
        } else if (x instanceof BigDecimal y) {
          v.setBigDecimal(r, y.setScale(2, RoundingMode.HALF_EVEN));
        } else if (x instanceof Boolean y) {
          v.setBoolean(r, y);
        } else if (x instanceof LocalDate y) {
          v.setDate(r, y);
        } else if (x instanceof LocalDateTime y) {
          v.setTimestamp(r, y);
        } else {
          throw new IllegalArgumentException("unsupported value type " + x.getClass().getName());
        }
      }
    }
    next[0] += n;
    return n;
  }
}
