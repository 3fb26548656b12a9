package org.medmine.warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, deletes and inserts the rows of one source by key, inside the caller's transaction: the
 * building blocks of a writer that keeps state across records (HL7 v2 events change the encounter
 * an earlier message made), where a run's staged merge ({@link WarehouseLoader}) does not fit. Keys
 * go to DuckDB as one array parameter, so a call costs one scan of the table whatever the number of
 * keys; rows are inserted through {@link RowBatchFunction}, with DuckDB on one thread while they
 * are (see {@link BatchInserter}).
 *
 * <p>Rows are maps from column name to value, of the types {@link Row} documents; a column left out
 * is NULL.
 */
public final class KeyedRows implements AutoCloseable {
  private final Connection connection;
  private final BatchInserter inserter;
  private final Map<String, RowBatch> batches = new HashMap<>();

  /**
   * Statements are prepared once per table and key: preparing cost about as much as running one
   * here.
   */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  /**
   * Rows of the database {@code connection} reads; the caller owns the connection and its
   * transaction.
   */
  public KeyedRows(Connection connection) {
    this.connection = connection;
    try {
      RowBatchFunction.ensureRegistered(connection);
      this.inserter = new BatchInserter(connection.createStatement());
    } catch (SQLException e) {
      throw new WarehouseException("could not prepare keyed reads and writes", e);
    }
  }

  /** The rows of {@code table} of {@code source} whose {@code keyColumn} is one of {@code keys}. */
  public List<Map<String, Object>> select(
      String table, String source, String keyColumn, Collection<String> keys) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (keys.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT * FROM " + table + " WHERE source = ? AND " + keyColumn + " IN (SELECT unnest(?))";
    try {
      PreparedStatement p = prepared(sql);
      p.setString(1, source);
      p.setArray(2, connection.createArrayOf("VARCHAR", keys.toArray()));
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            Object v = value(rs.getObject(c));
            if (v != null) {
              row.put(md.getColumnName(c), v);
            }
          }
          out.add(row);
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read " + table + " by " + keyColumn, e);
    }
    return out;
  }

  /**
   * Deletes the rows of {@code table} of {@code source} whose {@code keyColumn} is one of {@code
   * keys}.
   */
  public long delete(String table, String source, String keyColumn, Collection<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    String sql =
        "DELETE FROM " + table + " WHERE source = ? AND " + keyColumn + " IN (SELECT unnest(?))";
    try {
      PreparedStatement p = prepared(sql);
      p.setString(1, source);
      p.setArray(2, connection.createArrayOf("VARCHAR", keys.toArray()));
      return p.executeUpdate();
    } catch (SQLException e) {
      throw new WarehouseException("could not delete from " + table + " by " + keyColumn, e);
    }
  }

  /** Inserts rows into {@code table}, each with {@code source} set. */
  public void insert(String table, String source, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try {
      RowBatch batch = batches.get(table);
      if (batch == null) {
        batch = RowBatch.of(connection, table, StagingTable.BATCH_ROWS);
        batches.put(table, batch);
      }
      List<RowBatch.Column> columns = batch.columns();
      for (Map<String, Object> row : rows) {
        Object[] values = new Object[columns.size()];
        int matched = 0;
        for (int c = 0; c < values.length; c++) {
          String name = columns.get(c).name();
          values[c] = name.equals("source") ? source : row.get(name);
          matched += row.containsKey(name) ? 1 : 0;
        }
        if (matched != row.size()) {
          throw new IllegalArgumentException(
              "a row for " + table + " names a column it does not have: " + row.keySet());
        }
        batch.add(values);
        if (batch.isFull()) {
          inserter.insert(batch);
        }
      }
      inserter.insert(batch);
    } catch (SQLException e) {
      throw new WarehouseException("could not insert into " + table, e);
    }
  }

  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      statements.put(sql, p);
    }
    return p;
  }

  /** A JDBC value as a {@link Row} value. */
  private static Object value(Object v) {
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (v instanceof Date d) {
      return d.toLocalDate();
    }
    if (v instanceof BigDecimal
        || v instanceof String
        || v instanceof Long
        || v instanceof Integer
        || v instanceof Double
        || v instanceof Boolean
        || v == null) {
      return v;
    }
    if (v instanceof java.time.LocalDateTime || v instanceof java.time.LocalDate) {
      return v;
    }
    if (v instanceof java.time.OffsetDateTime o) {
      return o.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
    }
    return v.toString();
  }

  /** Gives DuckDB back the threads it had and closes the statements; the connection stays open. */
  @Override
  public void close() {
    try {
      for (PreparedStatement p : statements.values()) {
        p.close();
      }
      statements.clear();
      inserter.close();
    } catch (SQLException e) {
      throw new WarehouseException("could not give DuckDB its threads back", e);
    }
  }
}
