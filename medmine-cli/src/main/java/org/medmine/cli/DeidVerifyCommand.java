package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.privacy.Leak;
import org.medmine.privacy.LeakScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine deid verify}: the leak scan of a de-identified warehouse against its source. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Scans every column and note of a de-identified warehouse for identifiers: patterns (SSN, phone, email,",
      "URL, IP, source ids, full dates), precision beyond the policy, and the exact identifying values of the",
      "source warehouse. Exit 3 and the list of where, if any is found."
    })
final class DeidVerifyCommand implements Callable<Integer> {
  @Option(names = {"-w", "--warehouse"}, required = true, paramLabel = "FILE", description = "The de-identified warehouse.")
  Path deidentified;

  @Option(names = "--against", required = true, paramLabel = "FILE", description = "The identified warehouse it was made from.")
  Path against;

  @picocli.CommandLine.Mixin FormatOption output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Leak> leaks = LeakScanner.scan(deidentified, against, ProcessSettings.warehouse());
    AuditSession.current().note(against, Map.of(), "leak-scan", deidentified.getFileName() + " leaks=" + leaks.size());
    PrintWriter w = spec.commandLine().getOut();
    if (output.json()) {
      w.println(Json.write(Map.of("leaks", leaks, "verdict", leaks.isEmpty() ? "clean" : "leaks")));
    } else if (leaks.isEmpty()) {
      w.println("No identifier found in " + deidentified + ".");
    } else {
      w.println(leaks.size() + " identifier(s) found in " + deidentified + ":");
      for (Leak l : leaks) {
        w.printf(java.util.Locale.ROOT, "  %s.%s row %s: %s (%s)%n", l.table(), l.column(), l.rowId(), l.kind(), l.evidence());
      }
    }
    return leaks.isEmpty() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }
}
