package org.medmine.context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.medmine.privacy.AccessLayer;

/**
 * Read-only consent-filtered sessions of an {@link OpenDatabase} kept between contexts, so that a
 * request does not build the consent views and define medmine's SQL functions again (a few dozen
 * statements) before its one query. A session is handed out only while what consent denies is what
 * it was built under (its {@code consent_denied} table is a snapshot; its views read the warehouse
 * live, so writes by other contexts need no new session); when it comes back, a transaction left
 * open is rolled back and the temporary tables and views a context created are dropped, so the next
 * context finds it as built. At most {@link #MAX_IDLE} wait; the rest are closed.
 */
final class SessionPool {
  static final int MAX_IDLE = 16;

  /** A kept session, the consents it was built under, and its own temporary objects. */
  record Session(AccessLayer layer, String consent, Set<String> builtIn) {}

  private final Deque<Session> idle = new ArrayDeque<>();

  /** A session built under {@code consent}: a kept one, or one {@code build} makes. */
  Session take(String consent, Supplier<AccessLayer> build) {
    synchronized (idle) {
      while (!idle.isEmpty()) {
        Session s = idle.pop();
        if (s.consent().equals(consent)) {
          return s;
        }
        s.layer().close();
      }
    }
    AccessLayer layer = build.get();
    try {
      return new Session(layer, consent, temporaryObjects(layer.connection()));
    } catch (SQLException e) {
      layer.close();
      throw new IllegalStateException("could not list the session's temporary objects", e);
    }
  }

  /** Takes {@code s} back, cleaned, or closes it. */
  void give(Session s) {
    try {
      Connection c = s.layer().connection();
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      try (Statement st = c.createStatement()) {
        for (String object : temporaryObjects(c)) {
          if (!s.builtIn().contains(object)) {
            st.execute("DROP " + object);
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      s.layer().close();
      return;
    }
    synchronized (idle) {
      if (idle.size() < MAX_IDLE) {
        idle.push(s);
        return;
      }
    }
    s.layer().close();
  }

  /** Closes the waiting sessions. */
  void close() {
    synchronized (idle) {
      idle.forEach(s -> s.layer().close());
      idle.clear();
    }
  }

  /** The session's temporary tables and views, as {@code TABLE temp.main."name"} and alike. */
  private static Set<String> temporaryObjects(Connection c) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT 'TABLE', table_name FROM duckdb_tables() WHERE temporary"
                    + " UNION ALL SELECT 'VIEW', view_name FROM duckdb_views()"
                    + " WHERE temporary AND NOT internal")) {
      while (rs.next()) {
        out.add(
            rs.getString(1)
                + " IF EXISTS temp.main.\""
                + rs.getString(2).replace("\"", "\"\"")
                + "\"");
      }
    }
    return out;
  }
}
