package org.medmine.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.Role;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine;

/**
 * The audit trail of one command execution: every warehouse the command read through the access layer, and
 * every de-identification, leak scan, export, encryption or consent import it did, noted as it happens and
 * written by {@link #around} when the command ends as ONE {@code audit_log} entry per warehouse touched (who,
 * role, what command, which tables, how many rows, when). Main installs it as picocli's execution strategy,
 * so no command appends audit entries itself, and a command that fails after reading is still recorded.
 *
 * <p>The actor is the operating-system user; the role comes from {@code MEDMINE_ROLE} (default admin) unless
 * the command's {@code --role} says otherwise. The entries are keyed with the audit key of {@code
 * MEDMINE_AUDIT_KEY} (or the file named by {@code MEDMINE_AUDIT_KEY_FILE}) when one is set, and each append
 * records the log's head beside the warehouse ({@link org.medmine.privacy.AuditAnchor}). A command run without
 * the key on a keyed log still writes its entry, unkeyed, warns, and {@code audit verify} reports it.
 *
 * <p>The session is per thread: helpers called outside an execution (tests that call a demo step directly) note
 * into a session nobody writes.
 */
final class AuditSession {
  private static final ThreadLocal<AuditSession> CURRENT = ThreadLocal.withInitial(AuditSession::new);

  /** What the command did to one warehouse. */
  private static final class Touch {
    final Map<String, Long> rows = new TreeMap<>();
    final Map<String, String> details = new LinkedHashMap<>();
  }

  private final Map<Path, Touch> touched = new LinkedHashMap<>();
  private Role role;

  private AuditSession() {}

  /** The session of the command running on this thread. */
  static AuditSession current() {
    return CURRENT.get();
  }

  /**
   * The role the command acts in, read from {@code MEDMINE_ROLE} when first asked for, so that a command that
   * needs none ({@code --help}, {@code scrub}) does not fail on a bad one.
   */
  Role role() {
    if (role == null) {
      role = Role.parse(AuditTrail.role());
    }
    return role;
  }

  /** Sets the role from a command's {@code --role} (null keeps {@code MEDMINE_ROLE}'s). */
  void useRole(String cliRole) {
    if (cliRole != null) {
      role = Role.parse(cliRole);
    }
  }

  /**
   * Notes that the command read or wrote {@code rowsByTable} of {@code warehouse}; {@code detail} says how
   * (a key such as {@code consent-excluded} with its value). Rows of a table noted twice count once, the
   * larger.
   */
  void note(Path warehouse, Map<String, Long> rowsByTable, String key, String value) {
    Touch t = touched.computeIfAbsent(warehouse.toAbsolutePath().normalize(), k -> new Touch());
    rowsByTable.forEach((table, n) -> t.rows.merge(table, n, Math::max));
    if (key != null) {
      t.details.put(key, value);
    }
  }

  /** Runs {@code command} in a fresh session and then writes its audit entries. */
  static int around(CommandLine.ParseResult parsed, CommandLine.IExecutionStrategy command) {
    CommandLine last = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
    Optional<AuditKey> key;
    try {
      key = AuditKey.from(null, System.getenv());
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(last, "could not read the audit key", e);
    }
    AuditSession session = new AuditSession();
    CURRENT.set(session);
    try {
      return command.execute(parsed);
    } finally {
      CURRENT.remove();
      session.write(last.getCommandSpec().qualifiedName().replaceFirst("^medmine ", ""), last, key);
    }
  }

  private void write(String action, CommandLine cmd, Optional<AuditKey> key) {
    for (Map.Entry<Path, Touch> e : touched.entrySet()) {
      Touch t = e.getValue();
      long rows = t.rows.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder detail = new StringBuilder();
      t.details.forEach((k, v) -> detail.append(detail.length() == 0 ? "" : " ").append(k).append('=').append(v));
      try (Warehouse w = Warehouse.open(e.getKey(), ProcessSettings.warehouse())) {
        if (key.isEmpty() && AuditLog.isKeyed(w.connection())) {
          cmd.getErr().println("medmine: warning: the audit log of " + e.getKey() + " is keyed but " + AuditKey.KEY_ENV
              + " is not set: this command's entry is written without the key, and 'medmine audit verify' will report it.");
        }
        AuditLog.append(w.connection(), key, AuditTrail.actor(), role().cliName(), action, String.join(",", t.rows.keySet()),
            rows, detail.toString());
      } catch (SQLException | RuntimeException ex) {
        throw new CommandLine.ExecutionException(cmd, "could not append to the audit log of " + e.getKey(), ex);
      }
    }
  }
}
