package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.fraud.FraudApp;
import org.medmine.apps.fraud.FraudOptions;
import org.medmine.apps.fraud.FraudScreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine fraud}: providers ranked by how far their claims deviate from their peers, with
 * reasons.
 */
@Command(name = "fraud", mixinStandardHelpOptions = true)
final class FraudCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--min-claims", defaultValue = "10", paramLabel = "N")
  int minClaims;

  @Option(names = "--reason-z", defaultValue = "3.5", paramLabel = "Z")
  double reasonZ;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N")
  int top;

  @Option(names = "--top-claims", defaultValue = "100", paramLabel = "N")
  int topClaims;

  @Option(names = "--report", paramLabel = "FILE")
  Path report;

  @Override
  public Integer call() {
    FraudScreen.Options d = FraudScreen.Options.defaults();
    FraudOptions options =
        new FraudOptions(
            new FraudScreen.Options(minClaims, reasonZ, d.minPeers(), d.trees(), seed),
            top,
            topClaims);
    protection.runWithPage(spec, warehouse.file, output, new FraudApp(), options, report);
    return ExitCodes.OK;
  }
}
