package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.prediction.learn.LearnApp;
import org.medmine.apps.prediction.learn.LearnOptions;
import org.medmine.apps.prediction.learn.LearnResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine learn --data FILE --target COL}: the study's models and model card on any table.
 * It reads no warehouse: the context is opened on the data file only for the run's provenance and
 * settings, and nothing opens it as a warehouse.
 */
@Command(name = "learn", mixinStandardHelpOptions = true)
final class LearnCommand extends Subcommand {
  @Mixin FormatOption output;

  @Option(names = "--data", required = true, paramLabel = "FILE")
  Path data;

  @Option(names = "--target", required = true, paramLabel = "COL")
  String target;

  @Option(names = "--positive", paramLabel = "VALUE")
  String positive;

  @Option(names = "--group", paramLabel = "COL")
  String group;

  @Option(names = "--drop", split = ",", paramLabel = "COL")
  List<String> drop = new ArrayList<>();

  @Option(names = "--na", split = ",", paramLabel = "TOKEN")
  List<String> na = new ArrayList<>();

  @Option(names = "--types", paramLabel = "FILE")
  Path types;

  @Option(names = "--fairness", split = ",", paramLabel = "COL")
  List<String> fairness = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N")
  long seed;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Override
  public Integer call() throws IOException {
    LearnOptions options =
        new LearnOptions(data, target, positive, group, drop, na, types, fairness, seed);
    LearnResult result = Contexts.run(spec, data, null, new LearnApp(), options);
    String files = out == null ? null : result.writeFiles(out);
    output.print(spec, result);
    if (files != null && !output.json()) {
      spec.commandLine().getOut().println(files);
    }
    return ExitCodes.OK;
  }
}
