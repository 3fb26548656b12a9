package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyFiles;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.prediction.StudyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medmine study run NAME|FILE}: a patient-level prediction study and its model card. */
@Command(name = "study", mixinStandardHelpOptions = true, subcommands = StudyCommand.Run.class)
final class StudyCommand extends CommandGroup {

  @Command(name = "run", mixinStandardHelpOptions = true)
  static final class Run extends WarehouseSubcommand {
    @Parameters(paramLabel = "NAME|FILE")
    String study;

    @Option(names = "--seed", paramLabel = "N")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--role", paramLabel = "ROLE")
    String role;

    @Override
    public Integer call() throws IOException {
      StudyOptions options = new StudyOptions(study, seed);
      StudyRun result = Contexts.run(spec, warehouse.file, role, new StudyApp(), options);
      Files.createDirectories(out);
      StudyFiles.write(result, out);
      output.print(spec, result);
      if (!output.json()) {
        spec.commandLine().getOut().println(StudyFiles.describe(result, out));
      }
      return result.trained() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
    }
  }
}
