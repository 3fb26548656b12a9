package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine audit verify}: checks the audit log's chain, with the audit key of {@code MEDMINE_AUDIT_KEY}
 * (or {@code MEDMINE_AUDIT_KEY_FILE}, or {@code --key-file}) for a keyed log, and against the head file beside the
 * warehouse ({@link org.medmine.privacy.AuditAnchor}).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Checks the audit log's chain (HMAC under the audit key when the log is keyed) and its head file;"
          + " exit 3 and which entries, if any was changed, deleted, inserted, reordered or written without the key.")
  static final class Verify implements Callable<Integer> {
    @Mixin WarehouseOption warehouse;
    @Mixin FormatOption output;

    @Option(names = "--expect-head", paramLabel = "HASH", description = "The last entry's hash as kept elsewhere (catches a rewritten tail).")
    String expectHead;

    @Option(names = "--key-file", paramLabel = "FILE",
        description = "File holding the audit key (else $" + AuditKey.KEY_ENV + " or the file named by $" + AuditKey.KEY_FILE_ENV + ").")
    Path keyFile;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
      if (expectHead != null && !expectHead.strip().matches("[0-9a-fA-F]{64}")) {
        throw new MedmineUserException("--expect-head must be a head hash as 'medmine audit verify' prints it"
            + " (64 hexadecimal characters), not '" + expectHead + "'.");
      }
      AuditLog.Verdict v;
      try (Warehouse w = Warehouse.openExisting(warehouse.file, true, ProcessSettings.warehouse())) {
        v = AuditLog.verify(w.connection(), warehouse.file, AuditKey.from(keyFile, System.getenv()));
      }
      boolean headOk = expectHead == null || expectHead.strip().equalsIgnoreCase(v.headHash());
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entries", v.entries());
        json.put("intact", v.intact() && headOk);
        json.put("problems", v.problems());
        json.put("head_hash", v.headHash());
        json.put("keyed_entries", v.keyedEntries());
        json.put("notes", v.notes());
        out.println(Json.write(json));
      } else {
        out.println(v.entries() + " audit entries (" + v.keyedEntries() + " keyed); head hash " + v.headHash());
        v.problems().forEach(p -> out.println("  " + p.message()));
        v.notes().forEach(n -> out.println("  note: " + n));
        if (!headOk) {
          out.println("  the head hash differs from --expect-head: the chain was rewritten or truncated");
        }
        out.println(v.intact() && headOk ? "Audit chain intact." : "Audit chain BROKEN.");
      }
      return v.intact() && headOk ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
    }
  }
}
