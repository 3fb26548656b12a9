package org.medmine.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBWritableVector;

/**
 * Rows bound for one table, held in Java until there are enough of them to insert in one statement
 * through {@link RowBatchFunction}. Each row is an array of the table's column values, in the
 * table's column order.
 */
final class RowBatch {
  /** How the values of a column are written into a DuckDB vector. */
  enum Kind {
    VARCHAR(DuckDBColumnType.VARCHAR),
    BIGINT(DuckDBColumnType.BIGINT),
    INTEGER(DuckDBColumnType.INTEGER),
    DOUBLE(DuckDBColumnType.DOUBLE),
    BOOLEAN(DuckDBColumnType.BOOLEAN),
    DATE(DuckDBColumnType.DATE),
    TIMESTAMP(DuckDBColumnType.TIMESTAMP),
    /** DECIMAL(18,2): every DECIMAL column of the warehouse is money. */
    MONEY(DuckDBColumnType.DECIMAL);

    private final DuckDBColumnType duckdbType;

    Kind(DuckDBColumnType duckdbType) {
      this.duckdbType = duckdbType;
    }

    DuckDBColumnType duckdbType() {
      return duckdbType;
    }

    /**
     * The kind of a column of the SQL type information_schema gives; fails on a type the warehouse
     * never uses.
     */
    static Kind of(String sqlType) {
      if (sqlType.startsWith("DECIMAL")) {
        if (!sqlType.equals("DECIMAL(18,2)")) {
          throw new IllegalArgumentException("unexpected decimal column type " + sqlType);
        }
        return MONEY;
      }
      return Kind.valueOf(sqlType);
    }
  }

  /** A column of the target table. */
  record Column(String name, Kind kind) {}

  private final String table;
  private final List<Column> columns;
  private final Object[][] rows;
  private int size;

  /** A batch for {@code table}, its columns and their types read from the database. */
  static RowBatch of(Connection connection, String table, int capacity) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          columns.add(new Column(rs.getString(1), Kind.of(rs.getString(2))));
        }
      }
    }
    return new RowBatch(table, columns, capacity);
  }

  RowBatch(String table, List<Column> columns, int capacity) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.rows = new Object[capacity][];
  }

  List<Column> columns() {
    return columns;
  }

  int size() {
    return size;
  }

  boolean isFull() {
    return size == rows.length;
  }

  /** Adds a row (the array is kept, not copied). */
  void add(Object[] row) {
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row of "
              + row.length
              + " values for "
              + table
              + ", which has "
              + columns.size()
              + " columns");
    }
    rows[size++] = row;
  }

  /** Inserts the rows held into the table and empties the batch. */
  void insert(Statement statement) throws SQLException {
    if (size == 0) {
      return;
    }
    long number = RowBatchFunction.open(this);
    try {
      statement.execute(
          "INSERT INTO " + table + " SELECT * FROM " + RowBatchFunction.NAME + "(" + number + ")");
    } finally {
      RowBatchFunction.close(number);
    }
    clear();
  }

  /** Drops the rows held. */
  void clear() {
    Arrays.fill(rows, 0, size, null);
    size = 0;
  }

  /** Writes rows {@code from} to {@code from + n} into a chunk, column by column. */
  void write(int from, int n, DuckDBDataChunkWriter out) {
    byte[][] strings = null;
    for (int c = 0; c < columns.size(); c++) {
      DuckDBWritableVector v = out.vector(c);
      Column column = columns.get(c);
      if (column.kind() == Kind.VARCHAR) {
        if (strings == null) {
          strings = new byte[n][];
        }
        writeStrings(v, c, from, n, strings);
        continue;
      }
      for (int r = 0; r < n; r++) {
        Object value = rows[from + r][c];
        if (value == null) {
          v.setNull(r);
        } else {
          writeValue(v, r, column, value);
        }
      }
    }
  }

  /** A column's strings go to DuckDB in one native call; the nulls are marked after. */
  private void writeStrings(DuckDBWritableVector v, int c, int from, int n, byte[][] strings) {
    boolean nulls = false;
    for (int r = 0; r < n; r++) {
      Object value = rows[from + r][c];
      if (value == null) {
        strings[r] = EMPTY;
        nulls = true;
      } else if (value instanceof String s) {
        strings[r] = s.getBytes(StandardCharsets.UTF_8);
      } else {
        throw mismatch(columns.get(c), value);
      }
    }
    v.setStringUtf8Batch(0, strings);
    if (nulls) {
      for (int r = 0; r < n; r++) {
        if (rows[from + r][c] == null) {
          v.setNull(r);
        }
      }
    }
  }

  private static final byte[] EMPTY = new byte[0];

  private void writeValue(DuckDBWritableVector v, int r, Column column, Object value) {
    switch (column.kind()) {
      case BIGINT -> v.setLong(r, integral(column, value).longValue());
      case INTEGER -> v.setInt(r, Math.toIntExact(integral(column, value).longValue()));
      case DOUBLE -> v.setDouble(r, number(column, value).doubleValue());
      case BOOLEAN -> v.setBoolean(r, (Boolean) checked(column, value, Boolean.class));
      case DATE -> v.setDate(r, (LocalDate) checked(column, value, LocalDate.class));
      case TIMESTAMP ->
          v.setTimestamp(r, (LocalDateTime) checked(column, value, LocalDateTime.class));
      case MONEY ->
          // the vector rejects any other scale ("0", "12.5")
          v.setBigDecimal(
              r,
              ((BigDecimal) checked(column, value, BigDecimal.class))
                  .setScale(2, RoundingMode.HALF_EVEN));
      case VARCHAR -> throw new IllegalStateException("strings are written a column at a time");
    }
  }

  private Number integral(Column column, Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return (Number) value;
    }
    throw mismatch(column, value);
  }

  private Number number(Column column, Object value) {
    if (value instanceof Double || value instanceof Long || value instanceof Integer) {
      return (Number) value;
    }
    throw mismatch(column, value);
  }

  private Object checked(Column column, Object value, Class<?> type) {
    if (!type.isInstance(value)) {
      throw mismatch(column, value);
    }
    return value;
  }

  private IllegalArgumentException mismatch(Column column, Object value) {
    return new IllegalArgumentException(
        table
            + "."
            + column.name()
            + " is "
            + column.kind()
            + ", not "
            + value.getClass().getSimpleName());
  }
}
