package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import org.medmine.apps.cohorts.CharacterizeApp;
import org.medmine.apps.cohorts.CharacterizeOptions;
import org.medmine.apps.cohorts.CohortBuildApp;
import org.medmine.apps.cohorts.CohortBuildOptions;
import org.medmine.apps.cohorts.PrescreenApp;
import org.medmine.apps.cohorts.PrescreenOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medmine cohort build}: builds cohorts from their JSON definitions (docs/cohorts.md). */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    subcommands = {CohortCommand.Build.class, CohortCommand.Prescreen.class})
final class CohortCommand extends CommandGroup {

  @Command(name = "build", mixinStandardHelpOptions = true)
  static final class Build extends WarehouseSubcommand {
    @Parameters(arity = "1..*", paramLabel = "DEF.json")
    List<Path> definitions;

    @Override
    public Integer call() {
      CohortBuildOptions options = CohortBuildOptions.read(definitions);
      return runAndPrint(new CohortBuildApp(), options);
    }
  }

  /** {@code medmine cohort prescreen}: who meets a definition's criteria on a day, and why. */
  @Command(name = "prescreen", mixinStandardHelpOptions = true)
  static final class Prescreen extends WarehouseSubcommand {
    @Parameters(paramLabel = "DEF.json")
    Path definition;

    @Option(names = "--as-of", paramLabel = "DATE")
    java.time.LocalDate asOf;

    @Override
    public Integer call() {
      PrescreenOptions options = PrescreenOptions.read(definition, asOf);
      return runAndPrint(new PrescreenApp(), options);
    }
  }

  /** {@code medmine characterize}: a built cohort's table 1, optionally against another. */
  @Command(name = "characterize", mixinStandardHelpOptions = true)
  static final class Characterize extends WarehouseSubcommand {
    @Option(names = "--cohort", required = true, paramLabel = "NAME")
    String cohort;

    @Option(names = "--compare", paramLabel = "NAME")
    String compare;

    @Option(names = "--outcome", paramLabel = "NAME")
    String outcome;

    @Override
    public Integer call() {
      CharacterizeOptions options = new CharacterizeOptions(cohort, compare, outcome);
      return runAndPrint(new CharacterizeApp(), options);
    }
  }
}
