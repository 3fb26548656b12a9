package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.prediction.federated.FederateApp;
import org.medmine.apps.prediction.federated.FederateOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medmine federate --simulate-sites N}: a study trained across simulated sites. */
@Command(name = "federate", mixinStandardHelpOptions = true)
final class FederateCommand extends WarehouseSubcommand {
  @Option(names = "--study", required = true, paramLabel = "NAME|FILE")
  String study;

  @Option(names = "--simulate-sites", required = true, paramLabel = "N")
  int sites;

  @Option(names = "--split-by", defaultValue = "organization", paramLabel = "organization")
  String splitBy;

  @Option(names = "--seed", paramLabel = "N")
  Long seed;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Option(names = "--dp-noise", paramLabel = "SIGMA")
  Double noise;

  @Override
  public Integer call() {
    FederateOptions options = new FederateOptions(study, sites, splitBy, seed, out, noise);
    output.print(spec, Contexts.run(spec, warehouse.file, new FederateApp(), options));
    return ExitCodes.OK;
  }
}
