package org.medmine.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.medmine.apps.governance.AuditCheck;
import org.medmine.apps.governance.AuditVerdict;
import org.medmine.privacy.AuditKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medmine audit verify}: checks the audit log's chain, with the audit key of {@code
 * MEDMINE_AUDIT_KEY} (or {@code MEDMINE_AUDIT_KEY_FILE}, or {@code --key-file}) for a keyed log,
 * and against the head file beside the warehouse ({@link org.medmine.privacy.AuditAnchor}).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {

  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify extends WarehouseSubcommand {
    @Option(names = "--expect-head", paramLabel = "HASH")
    String expectHead;

    @Option(names = "--key-file", paramLabel = "FILE")
    Path keyFile;

    @Override
    public Integer call() {
      String head = AuditCheck.expectedHead(expectHead);
      Optional<AuditKey> key = AuditKey.from(keyFile, System.getenv());
      AuditVerdict v = Contexts.with(spec, warehouse.file, c -> AuditCheck.run(c, key, head));
      output.print(spec, v.toJson(), v.toText());
      return v.intact() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
    }
  }
}
