package org.medmine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.apps.prediction.PredictApp;
import org.medmine.apps.prediction.PredictOptions;
import org.medmine.apps.prediction.learn.TableScoreApp;
import org.medmine.apps.prediction.learn.TableScoreOptions;
import org.medmine.apps.prediction.learn.TableScoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine predict --model M}: scores a warehouse's index events with a saved study model.
 */
@Command(name = "predict", mixinStandardHelpOptions = true)
final class PredictCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--model", required = true, paramLabel = "FILE")
  Path model;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N")
  int top;

  @Option(names = "--factors", defaultValue = "3", paramLabel = "N")
  int factors;

  @Option(names = "--role", paramLabel = "ROLE")
  String role;

  @Option(names = "--out", paramLabel = "FILE")
  Path outFile;

  @Option(names = "--data", paramLabel = "FILE")
  Path data;

  @Override
  public Integer call() throws java.io.IOException {
    if (data != null) {
      return scoreTable();
    }
    PredictOptions options = new PredictOptions(model, top, factors);
    protection.run(
        spec,
        warehouse.file,
        role,
        output,
        new PredictApp(),
        options,
        outFile,
        r -> f -> Files.writeString(f, r.rowsFile(outFile)));
    return ExitCodes.OK;
  }

  /**
   * {@code --data FILE}: scores a table with a model saved by {@code medmine learn}; no warehouse
   * is read, so the scores are written as given (the table is the user's own file).
   */
  private int scoreTable() throws java.io.IOException {
    TableScoreOptions options = new TableScoreOptions(model, data, top, factors);
    TableScoreResult result = Contexts.run(spec, data, role, new TableScoreApp(), options);
    if (outFile != null) {
      Files.writeString(outFile, result.rowsFile(outFile));
    }
    output.print(spec, result);
    if (!output.json() && outFile != null) {
      spec.commandLine().getOut().println("Wrote " + result.rows().size() + " rows to " + outFile);
    }
    return ExitCodes.OK;
  }
}
