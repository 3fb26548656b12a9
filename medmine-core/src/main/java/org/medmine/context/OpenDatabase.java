package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.ConsentDigest;
import org.medmine.warehouse.DuckDbEngine;
import org.medmine.warehouse.WarehouseException;
import org.medmine.warehouse.WarehouseSettings;

/**
 * One opening of a {@link SharedWarehouse}'s file: ONE in-memory DuckDB database with the warehouse
 * attached writable as {@code wh}, the audit writer ({@link AuditBatcher}) and the fingerprint of
 * what the warehouse held when it was opened ({@link WarehouseFingerprint}, taken again after a
 * context wrote).
 */
final class OpenDatabase implements AutoCloseable {
  /** How long a reading of what consent denies is trusted (consents start and end in time). */
  static final long CONSENT_RECHECK_MILLIS = 1000;

  private final Path warehouse;
  private final Connection database;
  private final boolean encrypted;
  private final AuditBatcher audit;
  private final SessionPool sessions = new SessionPool();
  private String fingerprint;
  private String consent;
  private long consentReadAt;
  private final Map<String, AccessFacts> facts = new HashMap<>();

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

  /** The read-only sessions kept between contexts. */
  SessionPool sessions() {
    return sessions;
  }

  /** A new connection to the database (default catalog: the in-memory one, not {@code wh}). */
  Connection newConnection() {
    try {
      return DuckDbEngine.anotherConnection(database);
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
    consent = null;
    facts.clear();
  }

  /**
   * What a session writing {@code resultTables} shows ({@link AccessFacts}: counting every consent
   * view's rows reads the whole warehouse), as {@code count} counts it the first time since the
   * warehouse or the consents last changed.
   */
  AccessFacts accessFacts(Set<String> resultTables, Supplier<AccessFacts> count) {
    String key = consentDigest() + "/" + new java.util.TreeSet<>(resultTables);
    synchronized (this) {
      AccessFacts known = facts.get(key);
      if (known != null) {
        return known;
      }
    }
    AccessFacts counted = count.get();
    synchronized (this) {
      if (facts.size() > 64) {
        facts.clear();
      }
      facts.put(key, counted);
    }
    return counted;
  }

  /** What consent denies ({@link ConsentDigest}), read at most once a second. */
  synchronized String consentDigest() {
    long now = System.currentTimeMillis();
    if (consent == null || now - consentReadAt >= CONSENT_RECHECK_MILLIS) {
      Connection c = newConnection();
      try (c) {
        consent = ConsentDigest.of(c);
      } catch (SQLException e) {
        throw new WarehouseException("could not read the consents of " + warehouse, e);
      }
      consentReadAt = now;
    }
    return consent;
  }

  @Override
  public void close() {
    try {
      sessions.close();
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
