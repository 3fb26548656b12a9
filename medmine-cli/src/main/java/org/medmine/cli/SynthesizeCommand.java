package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.synthesis.SynthesisApp;
import org.medmine.apps.synthesis.SynthesisOptions;
import org.medmine.apps.synthesis.SynthesisResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medmine synthesize}: a synthetic copy of a warehouse, with its fidelity and privacy. */
@Command(name = "synthesize", mixinStandardHelpOptions = true)
final class SynthesizeCommand extends WarehouseSubcommand {
  @Option(names = "--out", required = true, paramLabel = "FILE")
  Path out;

  @Option(names = "--patients", defaultValue = "0", paramLabel = "N")
  int patients;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED")
  long seed;

  @Option(names = "--epsilon", defaultValue = "0", paramLabel = "E")
  double epsilon;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Override
  public Integer call() {
    SynthesisOptions options = SynthesisOptions.of(out, patients, seed, epsilon);
    SynthesisResult result = Contexts.run(spec, warehouse.file, new SynthesisApp(), options);
    if (html != null) {
      result.page().write(html);
    }
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
