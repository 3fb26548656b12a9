package org.medmine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.apps.quality.QualityResult;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine quality}: profiles the warehouse and runs the data-quality check catalogue. */
@Command(name = "quality", mixinStandardHelpOptions = true)
final class QualityCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--checks", paramLabel = "FILE")
  List<Path> checkFiles = new ArrayList<>();

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Override
  public Integer call() {
    QualityOptions options = new QualityOptions(checkFiles);
    QualityApp app = new QualityApp();
    ProtectedOutput protect;
    QualityResult result;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null, app.writes())) {
      protect = html == null ? null : protection.decide(context, "quality", html);
      result = context.run(app, options);
    }
    output.print(spec, result);
    if (protect != null) {
      Path written = protect.write(html, f -> Contexts.page(result).write(f));
      if (!output.json()) {
        spec.commandLine().getOut().println("Wrote " + protect.describe(written));
      }
    }
    return result.passed() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }
}
