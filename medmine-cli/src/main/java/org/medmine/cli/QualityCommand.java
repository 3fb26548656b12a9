package org.medmine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.apps.quality.QualityResult;
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
    QualityResult result =
        protection.runWithPage(spec, warehouse.file, output, new QualityApp(), options, html);
    return result.passed() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }
}
