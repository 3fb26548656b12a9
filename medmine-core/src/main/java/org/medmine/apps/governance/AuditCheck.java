package org.medmine.apps.governance;

import java.sql.SQLException;
import java.util.Optional;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code audit verify}: checks the audit log of the context's warehouse, its hash chain (HMAC under
 * the audit key when the log is keyed) and its head file ({@link org.medmine.privacy.AuditAnchor}),
 * and optionally the head hash against one kept elsewhere (which catches a rewritten tail). Reading
 * the log is the auditor's check, not a use of patient data: it notes nothing, so it adds no entry
 * to the log it checks.
 */
public final class AuditCheck {
  private AuditCheck() {}

  /**
   * A head hash as {@code audit verify} prints it (64 hexadecimal characters), or null for none;
   * anything else is refused before the warehouse is read.
   */
  public static String expectedHead(String hash) {
    if (hash != null && !hash.strip().matches("[0-9a-fA-F]{64}")) {
      throw new MedmineUserException(
          "--expect-head must be a head hash as 'medmine audit verify' prints it"
              + " (64 hexadecimal characters), not '"
              + hash
              + "'.");
    }
    return hash == null ? null : hash.strip();
  }

  /**
   * Checks the log with {@code key}, and its head against {@code expectedHead} (null: no such
   * check).
   */
  public static AuditVerdict run(
      AnalysisContext context, Optional<AuditKey> key, String expectedHead) {
    AuditLog.Verdict v;
    try (Warehouse w = Warehouse.openExisting(context.warehouse(), true, context.settings())) {
      v = AuditLog.verify(w.connection(), context.warehouse(), key);
    } catch (SQLException e) {
      throw new WarehouseException("could not read the audit log of " + context.warehouse(), e);
    }
    return new AuditVerdict(v, expectedHead == null || expectedHead.equalsIgnoreCase(v.headHash()));
  }
}
