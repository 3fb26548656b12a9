package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.governance.AuditCheck;
import org.medmine.apps.governance.AuditVerdict;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.AuditKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine audit verify}: checks the audit log's chain, with the audit key of {@code
 * MEDMINE_AUDIT_KEY} (or {@code MEDMINE_AUDIT_KEY_FILE}, or {@code --key-file}) for a keyed log,
 * and against the head file beside the warehouse ({@link org.medmine.privacy.AuditAnchor}).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify extends WarehouseSubcommand {
    @Option(names = "--expect-head", paramLabel = "HASH")
    String expectHead;

    @Option(names = "--key-file", paramLabel = "FILE")
    Path keyFile;

    @Override
    public Integer call() {
      String head = AuditCheck.expectedHead(expectHead);
      AuditVerdict v;
      try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
        v = AuditCheck.run(context, AuditKey.from(keyFile, System.getenv()), head);
      }
      output.print(spec, v.toJson(), v.toText());
      return v.intact() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
    }
  }
}
