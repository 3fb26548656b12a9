package org.medmine.apps.prediction.federated;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.AuditRecord;
import org.medmine.privacy.Role;
import org.medmine.warehouse.Warehouse;

/**
 * Every message that left a site, noted as it leaves ({@code federated-message}: kind, round, the
 * rows it summarizes, its size and the SHA-256 of its content, so the site can later show what it
 * sent) and appended to the site warehouse's {@code audit_log} chain in one commit when the site
 * closes, after its analysis context has closed its own database session.
 */
final class SiteAuditTrail {
  /** The audit action of a message that left the site. */
  static final String ACTION = "federated-message";

  private final Path warehouse;
  private final String site;
  private final String actor;
  private final Role role;
  private final List<AuditRecord> records = new ArrayList<>();
  private int written;

  SiteAuditTrail(Path warehouse, String site, String actor, Role role) {
    this.warehouse = warehouse;
    this.site = site;
    this.actor = actor;
    this.role = role;
  }

  /** Notes a message of {@code kind} in {@code round} summarizing {@code rows} rows. */
  synchronized void sent(String kind, String round, long rows, String content) {
    records.add(
        new AuditRecord(
            actor,
            role.cliName(),
            ACTION,
            "",
            rows,
            "site="
                + site
                + " kind="
                + kind
                + " round="
                + round
                + " chars="
                + content.length()
                + " sha256="
                + sha256(content)));
  }

  /** The number of messages noted. */
  synchronized int messages() {
    return written + records.size();
  }

  /** Appends the noted entries to the warehouse's audit log. */
  synchronized void write() {
    if (records.isEmpty()) {
      return;
    }
    try (Warehouse w = Warehouse.open(warehouse)) {
      AuditLog.appendAll(w.connection(), Optional.empty(), AuditLog.head(w.connection()), records);
      written += records.size();
      records.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the audit entries of site " + site + " could not be written to " + warehouse, e);
    }
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
