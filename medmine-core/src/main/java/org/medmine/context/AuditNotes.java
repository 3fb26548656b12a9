package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.AuditRecord;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * What one context did to each warehouse it touched, noted as it happens and written when the
 * context closes as ONE {@code audit_log} entry per warehouse (who, role, action, which tables, how
 * many rows, details), so that no app appends audit entries itself and a run that fails after
 * reading is still recorded.
 */
final class AuditNotes {
  /** What the context did to one warehouse. */
  private static final class Touch {
    final Map<String, Long> rows = new TreeMap<>();
    final Map<String, String> details = new LinkedHashMap<>();
  }

  private final ContextRequest request;
  private final Map<Path, Touch> touched = new LinkedHashMap<>();

  AuditNotes(ContextRequest request) {
    this.request = request;
  }

  /**
   * Notes a read through the access layer: the rows it showed, whether identified (and a
   * de-identified status lost), consent exclusions.
   */
  void noteAccess(AccessFacts a) {
    String mode =
        request.resultTables().isEmpty()
            ? "read"
            : "read,write " + String.join("+", new java.util.TreeSet<>(request.resultTables()));
    note(a.warehouse(), a.visibleRows(), "access", mode);
    note(a.warehouse(), Map.of(), "identified", Boolean.toString(!a.deidentified()));
    if (a.status().writtenByDeid() && !a.deidentified()) {
      note(
          a.warehouse(),
          Map.of(),
          "deid-status-lost",
          String.join(";", a.status().changedTables()).replace(' ', '_'));
    }
    note(a.warehouse(), Map.of(), "consent-excluded", Integer.toString(a.excludedPatients()));
  }

  /**
   * Rows of a table noted twice count once, the larger; a detail noted twice keeps the last value.
   */
  void note(Path warehouse, Map<String, Long> rowsByTable, String key, String value) {
    Touch t = touched.computeIfAbsent(warehouse.toAbsolutePath().normalize(), k -> new Touch());
    rowsByTable.forEach((table, n) -> t.rows.merge(table, n, Math::max));
    if (key != null) {
      t.details.put(key, value);
    }
  }

  /**
   * Appends the entries, that of {@code shared}'s warehouse (when given) through it; a warehouse
   * whose entry cannot be written is an error naming it.
   */
  void write(SharedWarehouse shared) {
    for (Map.Entry<Path, Touch> e : touched.entrySet()) {
      Touch t = e.getValue();
      long rows = t.rows.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder detail = new StringBuilder();
      t.details.forEach(
          (k, v) -> detail.append(detail.length() == 0 ? "" : " ").append(k).append('=').append(v));
      AuditRecord record =
          new AuditRecord(
              request.actor(),
              request.role().cliName(),
              request.action(),
              String.join(",", t.rows.keySet()),
              rows,
              detail.toString());
      if (shared != null && shared.holds(e.getKey())) {
        shared.appendAudit(record, request.auditKey(), request.warnings());
        continue;
      }
      try (Warehouse w = Warehouse.open(e.getKey(), request.settings())) {
        warnIfKeyedWithoutKey(w.connection(), e.getKey(), request.auditKey(), request.warnings());
        AuditLog.append(
            w.connection(),
            request.auditKey(),
            record.actor(),
            record.role(),
            record.action(),
            record.tables(),
            record.rows(),
            record.detail());
      } catch (SQLException ex) {
        throw new WarehouseException("could not append to the audit log of " + e.getKey(), ex);
      }
    }
  }

  /** Warns when the log behind {@code c} is keyed but no key was given to extend it. */
  static void warnIfKeyedWithoutKey(
      Connection c, Path warehouse, Optional<AuditKey> key, Consumer<String> warnings)
      throws SQLException {
    if (key.isEmpty() && AuditLog.isKeyed(c)) {
      warnings.accept(
          "the audit log of "
              + warehouse
              + " is keyed but "
              + AuditKey.KEY_ENV
              + " is not"
              + " set: this command's entry is written without the key, and 'medmine audit verify' will report it.");
    }
  }
}
