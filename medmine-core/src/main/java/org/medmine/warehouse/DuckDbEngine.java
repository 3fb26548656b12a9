package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's native engine, loaded on purpose: a front end that wants to explain a failure to load it
 * (a library missing from the build, a temporary folder DuckDB could not unpack it into) in its own
 * words calls {@link #load} before any warehouse is opened, instead of meeting the JVM's raw {@code
 * ExceptionInInitializerError} in the middle of a command.
 */
public final class DuckDbEngine {
  private DuckDbEngine() {}

  /** Why DuckDB's native library could not be loaded, with the deepest cause's own message. */
  public static final class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnavailableException(Throwable cause) {
      super(rootMessage(cause), cause);
    }
  }

  /**
   * Loads DuckDB's native library (by opening and closing an in-memory database); cheap once it is
   * loaded.
   */
  public static void load() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      c.isValid(0);
    } catch (SQLException | LinkageError | IllegalStateException e) {
      throw new UnavailableException(e);
    }
  }

  /**
   * A new connection to the same DuckDB database as {@code open} (DuckDB's {@code duplicate()}: one
   * database, many connections, each with its own transactions and session state), so that a front
   * end outside this package can serve several sessions over one open database without naming a
   * DuckDB class.
   */
  public static Connection anotherConnection(Connection open) throws SQLException {
    return open.unwrap(DuckDBConnection.class).duplicate();
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.strip();
  }
}
