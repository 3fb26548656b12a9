package org.medmine.context;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.AuditRecord;
import org.medmine.privacy.Role;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;
import org.medmine.warehouse.WarehouseSettings;

/**
 * A request a front end refused before any app ran (HTTP 401: no or a bad credential; HTTP 403: a
 * credential that may not do this), written as ONE {@code audit_log} entry, so that refusals are on
 * the record as well as accesses (shared/DESIGN.md, "Security model"; HIPAA §164.312(b) asks for
 * records of activity in systems holding health data, attempts included).
 *
 * <p>The entry names the actor when the credential proved one ({@code unknown} otherwise, never a
 * name the request merely claimed), the role when known ({@code none} otherwise), the action (e.g.
 * {@code GET /api/v1/stats}), no table and no row, and the detail {@code outcome=refused status=401
 * reason=token-expired}. Writing it reads no clinical table: it opens the warehouse only to append
 * to its audit log, as {@link AuditNotes} does when a context closes.
 *
 * @param reason a short code without spaces ({@code no-token}, {@code token-expired}, ...)
 */
public record RefusedRequest(
    String actor, Optional<Role> role, String action, int status, String reason) {
  /** The role column of an entry whose caller proved no role. */
  public static final String NO_ROLE = "none";

  public RefusedRequest {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a refusal is a 4xx status, not " + status);
    }
    if (!reason.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a refusal's reason is a code, not '" + reason + "'");
    }
  }

  /** The entry's detail: {@code outcome=refused status=N reason=CODE}. */
  public String detail() {
    return "outcome=refused status=" + status + " reason=" + reason;
  }

  /**
   * Appends this refusal's entry to the audit log of the warehouse {@code shared} holds open, as
   * {@link #writeTo(Path, WarehouseSettings, Optional, Consumer)} does to a closed one.
   */
  public void writeTo(SharedWarehouse shared, Optional<AuditKey> key, Consumer<String> warnings) {
    shared.appendAudit(
        new AuditRecord(actor, role.map(Role::cliName).orElse(NO_ROLE), action, "", 0, detail()),
        key,
        warnings);
  }

  /**
   * Appends this refusal's entry to the audit log of {@code warehouse} (opened with {@code
   * settings}), sealed with {@code key} when there is one; {@code warnings} hears that a keyed log
   * got an unkeyed entry.
   */
  public void writeTo(
      Path warehouse,
      WarehouseSettings settings,
      Optional<AuditKey> key,
      Consumer<String> warnings) {
    settings
        .key()
        .ifPresent(
            k ->
                EncryptedWarehouses.requireSecureWriter(
                    k,
                    "write a refused request's audit entry into the encrypted warehouse "
                        + warehouse.getFileName()));
    try (Warehouse w = Warehouse.openExisting(warehouse, false, settings)) {
      AuditNotes.warnIfKeyedWithoutKey(w.connection(), warehouse, key, warnings);
      AuditLog.append(
          w.connection(),
          key,
          actor,
          role.map(Role::cliName).orElse(NO_ROLE),
          action,
          "",
          0,
          detail());
    } catch (SQLException e) {
      throw new WarehouseException("could not append to the audit log of " + warehouse, e);
    }
  }
}
