package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.medmine.privacy.AccessLayer;
import org.medmine.warehouse.WarehouseException;
import org.medmine.warehouse.WarehouseSettings;

/**
 * One opening of a {@link SharedWarehouse}'s file: ONE in-memory DuckDB database with the warehouse
 * attached writable as {@code wh}, the audit writer ({@link AuditBatcher}) and the fingerprint of
 * what the warehouse held when it was opened ({@link WarehouseFingerprint}, taken again after a
 * context wrote).
 */
final class OpenDatabase implements AutoCloseable {
  private final Path warehouse;
  private final Connection database;
  private final boolean encrypted;
  private final AuditBatcher audit;
  private String fingerprint;

  private OpenDatabase(Path warehouse, Connection database, boolean encrypted) {
    this.warehouse = warehouse;
    this.database = database;
    this.encrypted = encrypted;
    this.audit = new AuditBatcher(warehouse, warehouseConnection());
  }

  static OpenDatabase open(Path warehouse, WarehouseSettings settings) {
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
      boolean encrypted = AccessLayer.attachForSharing(c, warehouse, settings);
      return new OpenDatabase(warehouse, c, encrypted);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new WarehouseException("could not open " + warehouse + " for serving", e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  boolean encrypted() {
    return encrypted;
  }

  AuditBatcher audit() {
    return audit;
  }

  /** A new connection to the database (default catalog: the in-memory one, not {@code wh}). */
  Connection newConnection() {
    try {
      return database.unwrap(DuckDBConnection.class).duplicate();
    } catch (SQLException e) {
      throw new WarehouseException("could not open a connection to " + warehouse, e);
    }
  }

  /** A new connection whose default catalog is the warehouse, without consent views. */
  Connection warehouseConnection() {
    Connection c = newConnection();
    try (Statement s = c.createStatement()) {
      s.execute("USE wh");
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new WarehouseException("could not open a connection to " + warehouse, e);
    }
  }

  /** What the warehouse holds (its audit log aside), as of the last {@link #contentChanged}. */
  synchronized String fingerprint() {
    if (fingerprint == null) {
      Connection c = warehouseConnection();
      try (c) {
        fingerprint = WarehouseFingerprint.of(c, Set.of("audit_log"));
      } catch (SQLException e) {
        throw new WarehouseException("could not fingerprint " + warehouse, e);
      }
    }
    return fingerprint;
  }

  synchronized void contentChanged() {
    fingerprint = null;
  }

  @Override
  public void close() {
    try {
      audit.close();
    } finally {
      closeQuietly(database);
    }
  }

  static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing more to do when closing
      }
    }
  }
}
