package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.deid.LeakScan;
import org.medmine.apps.deid.LeakScanOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medmine deid verify}: the leak scan of a de-identified warehouse against its source. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class DeidVerifyCommand extends Subcommand {
  @Option(
      names = {"-w", "--warehouse"},
      required = true,
      paramLabel = "FILE")
  Path deidentified;

  @Option(names = "--against", required = true, paramLabel = "FILE")
  Path against;

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  public Integer call() {
    LeakScanOutcome scan = Contexts.with(spec, against, c -> LeakScan.run(c, deidentified));
    output.print(spec, scan.toJson(), scan.toText());
    return scan.clean() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }
}
