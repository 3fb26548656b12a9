package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.operations.ForecastResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine forecast}: daily admissions and midnight census, 1-28 days ahead, with backtests.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true)
final class ForecastCommand extends WarehouseSubcommand {
  @Mixin ResultFilesOption files;

  @Option(names = "--series", paramLabel = "FILE.csv")
  Path series;

  @Option(names = "--horizon", defaultValue = "28", paramLabel = "DAYS")
  int horizon;

  @Option(names = "--level", defaultValue = "0.8", paramLabel = "P")
  double level;

  @Option(names = "--origins", defaultValue = ForecastOptions.DEFAULT_ORIGINS, paramLabel = "N")
  int origins;

  @Option(names = "--until", paramLabel = "DATE")
  LocalDate until;

  @Option(names = "--patients-per-nurse", defaultValue = "4", paramLabel = "R")
  double patientsPerNurse;

  @Option(names = "--census")
  boolean census;

  @Option(names = "--source", defaultValue = "encounters", paramLabel = "encounters|census")
  String source;

  @Override
  public Integer call() {
    ForecastOptions options =
        new ForecastOptions(
            series,
            census,
            horizon,
            level,
            origins,
            until,
            patientsPerNurse,
            ForecastOptions.Source.parse(source));
    ForecastResult result = run(new ForecastApp(), options);
    files.writeAndPrint(spec, output, result, result.rows(), "forecast rows");
    return ExitCodes.OK;
  }
}
