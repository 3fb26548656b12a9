package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.operations.ForecastResult;
import org.medmine.report.ResultRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine forecast}: daily admissions and midnight census, 1-28 days ahead, with backtests. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Forecasts daily inpatient admissions and the midnight census (from encounter start and stop times), or a"
          + " daily --series FILE.csv, with seasonal naive and Poisson regression (day of week, annual seasonality,"
          + " trend). Prediction intervals are calibrated on the forecaster's own rolling-origin errors.",
      "Prints the forecasts, a rolling-origin backtest (MAE, MAPE, interval coverage) and a staffing view (beds"
          + " and nurses at --patients-per-nurse) for the census."
    })
final class ForecastCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--series", paramLabel = "FILE.csv", description = "A daily external series (date, count) instead of the warehouse.")
  Path series;

  @Option(names = "--horizon", defaultValue = "28", paramLabel = "DAYS", description = "Days ahead, 1-28. Default: ${DEFAULT-VALUE}.")
  int horizon;

  @Option(names = "--level", defaultValue = "0.8", paramLabel = "P", description = "Prediction interval coverage. Default: ${DEFAULT-VALUE}.")
  double level;

  @Option(names = "--origins", defaultValue = ForecastOptions.DEFAULT_ORIGINS, paramLabel = "N", description = "Backtest origins, a week apart (as many calibrate the intervals). Default: ${DEFAULT-VALUE}.")
  int origins;

  @Option(names = "--until", paramLabel = "DATE",
      description = "Last day of history (default: the end of the data, the last day any encounter started).")
  LocalDate until;

  @Option(names = "--patients-per-nurse", defaultValue = "4", paramLabel = "R", description = "Nurse ratio for the staffing view. Default: ${DEFAULT-VALUE}.")
  double patientsPerNurse;

  @Option(names = "--census", description = "The --series is a census (patients in beds): add the staffing view.")
  boolean census;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the forecasts to FILE (.csv or .json).")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ForecastOptions options = new ForecastOptions(series, census, horizon, level, origins, until, patientsPerNurse);
    ForecastResult result = Contexts.run(spec, warehouse.file, new ForecastApp(), options);
    if (out != null) {
      ResultRows.write(out, result.rows());
    }
    output.print(spec, result);
    if (out != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + result.rows().size() + " forecast rows to " + out);
    }
    return ExitCodes.OK;
  }
}
