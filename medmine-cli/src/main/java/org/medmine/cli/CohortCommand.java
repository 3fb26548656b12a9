package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import org.medmine.apps.cohorts.CohortBuildApp;
import org.medmine.apps.cohorts.CohortBuildOptions;
import org.medmine.cohort.CohortDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medmine cohort build}: builds cohorts from their JSON definitions (docs/cohorts.md). */
@Command(name = "cohort", mixinStandardHelpOptions = true, subcommands = CohortCommand.Build.class)
final class CohortCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "build", mixinStandardHelpOptions = true)
  static final class Build extends WarehouseSubcommand {
    @Parameters(arity = "1..*", paramLabel = "DEF.json")
    List<Path> definitions;

    @Override
    public Integer call() {
      List<CohortDefinition> d = definitions.stream().map(CohortDefinition::read).toList();
      CohortBuildOptions options = new CohortBuildOptions(d);
      output.print(spec, Contexts.run(spec, warehouse.file, new CohortBuildApp(), options));
      return ExitCodes.OK;
    }
  }
}
