package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.cohort.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine surveil}: outbreak detection on syndrome counts from the warehouse or an external
 * series.
 */
@Command(name = "surveil", mixinStandardHelpOptions = true)
final class SurveilCommand extends WarehouseSubcommand {
  @Mixin ResultFilesOption files;
  @Mixin SyndromeOption cases;

  @Option(names = "--series", paramLabel = "FILE.csv")
  Path series;

  @Option(names = "--granularity", defaultValue = "week", paramLabel = "day|week")
  String granularity;

  @Option(names = "--region", defaultValue = "none", paramLabel = "LEVEL")
  String region;

  @Option(
      names = "--method",
      split = ",",
      defaultValue = "ears-c1,ears-c2,ears-c3,cusum,farrington,noufaily",
      paramLabel = "M")
  List<String> methods;

  @Option(names = "--min-sigma", defaultValue = SurveilOptions.DEFAULT_MIN_SIGMA, paramLabel = "S")
  double minSigma;

  @Option(names = "--recent", defaultValue = "8", paramLabel = "N")
  int recent;

  @Override
  public Integer call() {
    SyndromeQuery query = cases.query(granularity, Region.parse(region));
    SurveilOptions options = new SurveilOptions(series, query, methods, minSigma, recent);
    SurveilResult result = run(new SurveilApp(), options);
    files.writeAndPrint(spec, output, result, result.rows(), "evaluations");
    return ExitCodes.OK;
  }
}
