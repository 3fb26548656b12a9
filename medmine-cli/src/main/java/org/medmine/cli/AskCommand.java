package org.medmine.cli;

import java.time.LocalDate;
import org.medmine.apps.ask.AskApp;
import org.medmine.apps.ask.AskOptions;
import org.medmine.apps.ask.AskResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medmine ask}: a question in plain English, its interpretation and its answer. */
@Command(name = "ask", mixinStandardHelpOptions = true)
final class AskCommand extends WarehouseSubcommand {
  @Parameters(index = "0", paramLabel = "QUESTION")
  String question;

  @Option(names = "--as-of", paramLabel = "DATE")
  LocalDate asOf;

  @Override
  public Integer call() {
    AskResult result = run(new AskApp(), new AskOptions(question, asOf));
    output.print(spec, result);
    return result.answered() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }
}
