package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.strip();
  }
}
