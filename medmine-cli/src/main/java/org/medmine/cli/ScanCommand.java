package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine scan}: space-time clusters of a syndrome's weekly cases across ZIP3 areas or
 * counties.
 */
@Command(name = "scan", mixinStandardHelpOptions = true)
final class ScanCommand extends WarehouseSubcommand {
  @Mixin ResultFilesOption files;
  @Mixin SyndromeOption cases;

  @Option(names = "--series", paramLabel = "FILE.csv")
  Path series;

  @Option(names = "--statistic", defaultValue = "permutation", paramLabel = "permutation|poisson")
  String statistic;

  @Option(names = "--region", defaultValue = "zip3", paramLabel = "zip3|county")
  String region;

  @Option(names = "--max-weeks", defaultValue = "4", paramLabel = "N")
  int maxWeeks;

  @Option(names = "--max-radius-km", paramLabel = "KM")
  Double maxRadiusKm;

  @Option(names = "--max-population-fraction", defaultValue = "0.5", paramLabel = "F")
  double maxPopulationFraction;

  @Option(names = "--retrospective")
  boolean retrospective;

  @Option(names = "--replicates", defaultValue = "999", paramLabel = "N")
  int replicates;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P")
  double alpha;

  @Override
  public Integer call() {
    SyndromeQuery query = cases.query("week", SpaceTimeScanOptions.region(region));
    SpaceTimeScanOptions options =
        new SpaceTimeScanOptions(
            series,
            query,
            SpaceTimeScanOptions.Statistic.parse(statistic),
            replicates,
            seed,
            maxRadiusKm,
            maxPopulationFraction,
            maxWeeks,
            alpha,
            retrospective);
    SpaceTimeScanResult result = run(new SpaceTimeScanApp(), options);
    files.writeAndPrint(spec, output, result, result.rows(), "clusters");
    return ExitCodes.OK;
  }
}
