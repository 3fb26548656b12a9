package org.medmine.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.medmine.privacy.AuditLog;
import org.medmine.warehouse.Warehouse;

/**
 * Appends the CLI's audit entries: the actor is the operating-system user, the role comes from
 * {@code MEDMINE_ROLE} (default admin).
 */
final class AuditTrail {
  private AuditTrail() {}

  static String actor() {
    return System.getProperty("user.name", "unknown");
  }

  static String role() {
    String r = System.getenv("MEDMINE_ROLE");
    return r == null || r.isBlank() ? "admin" : r.strip();
  }

  /** Appends one entry to the audit log of the warehouse at {@code file}. */
  static void record(Path file, String action, String detail, Map<String, Long> rowsByTable) {
    long rows = rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    String tables = String.join(",", new java.util.TreeSet<>(rowsByTable.keySet()));
    try (Warehouse w = Warehouse.open(file)) {
      AuditLog.append(w.connection(), actor(), role(), action, tables, rows, detail);
    } catch (SQLException e) {
      throw new IllegalStateException("could not append to the audit log of " + file, e);
    }
  }
}
