package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows of values to one table of the connection's default catalog (the warehouse the access
 * layer attached) through DuckDB's appender, its bulk path: values, never SQL text. It keeps the
 * engine-specific part of a result table's bulk write inside the warehouse package, where the
 * architecture rules keep every DuckDB class (docs/architecture.md). A row's values are {@code
 * null}, {@link Integer}, {@link Long}, {@link Double} or {@link String}, in the table's column
 * order.
 */
public final class TableAppender implements AutoCloseable {
  private final DuckDBAppender appender;

  private TableAppender(DuckDBAppender appender) {
    this.appender = appender;
  }

  /** An appender to {@code table} (schema {@code main}) of {@code connection}'s catalog. */
  public static TableAppender open(Connection connection, String table) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    return new TableAppender(duck.createAppender(duck.getCatalog(), "main", table));
  }

  /** Appends one row. */
  public void append(Object[] row) throws SQLException {
    appender.beginRow();
    for (Object v : row) {
      if (v == null) {
        appender.appendNull();
      } else if (v instanceof Integer i) {
        appender.append(i.intValue());
      } else if (v instanceof Long l) {
        appender.append(l.longValue());
      } else if (v instanceof Double d) {
        appender.append(d.doubleValue());
      } else {
        appender.append(v.toString());
      }
    }
    appender.endRow();
  }

  /** Flushes the rows appended and closes the appender. */
  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
