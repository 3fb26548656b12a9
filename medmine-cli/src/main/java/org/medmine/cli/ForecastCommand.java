package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.privacy.AccessLayer;
import org.medmine.apps.operations.HospitalFlow;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.Forecaster;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.HoltWintersForecaster;
import org.medmine.mining.timeseries.PoissonSeasonalForecaster;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.SeasonalNaiveForecaster;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.model.MedmineUserException;
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

  @Option(names = "--origins", defaultValue = "" + RollingOriginBacktest.STANDARD_ORIGINS, paramLabel = "N", description = "Backtest origins, a week apart (as many calibrate the intervals). Default: ${DEFAULT-VALUE}.")
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

  /** One forecast series: forecasts per method and their backtests. */
  record Result(CountSeries series, List<Forecast> forecasts, List<RollingOriginBacktest.Result> backtests) {
    /** The forecast of the method with the lowest backtest MAE over all horizons. */
    Forecast best() {
      int b = 0;
      for (int i = 1; i < backtests.size(); i++) {
        if (backtests.get(i).overall().mae() < backtests.get(b).overall().mae()) {
          b = i;
        }
      }
      return forecasts.get(b);
    }
  }

  @Override
  public Integer call() {
    if (horizon < 1 || horizon > 28) {
      throw new MedmineUserException("--horizon must be between 1 and 28 days, not " + horizon + ".");
    }
    if (level <= 0 || level >= 1) {
      throw new MedmineUserException("--level must be between 0 and 1 (e.g. 0.8), not " + level + ".");
    }
    List<CountSeries> inputs = inputs();
    RollingOriginBacktest.Options o = new RollingOriginBacktest.Options(horizon, 7, origins, origins, level);
    List<Result> results = new ArrayList<>();
    for (CountSeries s : inputs) {
      results.add(run(s, o));
    }
    List<Map<String, Object>> rows = forecastRows(results);
    if (out != null) {
      TimeSeriesOutput.write(out, rows);
    }
    PrintWriter console = spec.commandLine().getOut();
    Forecast censusForecast = results.stream().filter(r -> census || r.series().name().equals("midnight census"))
        .map(Result::best).findFirst().orElse(null);
    List<StaffingPlan.Day> staffing = censusForecast == null ? List.of() : StaffingPlan.of(censusForecast, patientsPerNurse);
    if (output.json()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("forecasts", rows);
      List<Map<String, Object>> bt = new ArrayList<>();
      for (Result r : results) {
        for (RollingOriginBacktest.Result b : r.backtests()) {
          for (RollingOriginBacktest.Metrics m : b.metrics()) {
            bt.add(backtestRow(r.series().name(), b, m));
          }
        }
      }
      doc.put("backtest", bt);
      List<Map<String, Object>> staff = new ArrayList<>();
      for (StaffingPlan.Day d : staffing) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", d.date().toString());
        row.put("expectedCensus", TimeSeriesOutput.num(d.expectedCensus()));
        row.put("upperCensus", TimeSeriesOutput.num(d.upperCensus()));
        row.put("beds", d.beds());
        row.put("nursesExpected", d.nursesExpected());
        row.put("nursesUpper", d.nursesUpper());
        staff.add(row);
      }
      doc.put("patientsPerNurse", patientsPerNurse);
      doc.put("staffing", staff);
      console.println(Json.write(doc));
      return ExitCodes.OK;
    }
    ForecastText.print(console, results, staffing, patientsPerNurse, level);
    if (out != null) {
      console.println("Wrote " + rows.size() + " forecast rows to " + out);
    }
    return ExitCodes.OK;
  }

  static Result run(CountSeries s, RollingOriginBacktest.Options o) {
    List<Forecaster> methods = List.of(SeasonalNaiveForecaster.weekly(), PoissonSeasonalForecaster.standard(),
        HoltWintersForecaster.weekly());
    int needed = 56 + o.horizon() + 7 * (o.calibrationOrigins() + o.evaluationOrigins());
    if (s.size() < needed) {
      throw new MedmineUserException(s.name() + " has " + s.size() + " days; forecasting with " + o.calibrationOrigins()
          + " backtest origins needs at least " + needed + ": give a longer history or fewer --origins.");
    }
    List<Forecast> forecasts = new ArrayList<>();
    List<RollingOriginBacktest.Result> backtests = new ArrayList<>();
    for (Forecaster f : methods) {
      forecasts.add(RollingOriginBacktest.forecast(f, s.counts(), s.start(), o));
      backtests.add(RollingOriginBacktest.run(f, s.counts(), s.start(), o));
    }
    return new Result(s, forecasts, backtests);
  }

  private List<CountSeries> inputs() {
    if (series != null) {
      List<CountSeries> all = SeriesCsv.read(series);
      if (all.get(0).granularity() != Granularity.DAY) {
        throw new MedmineUserException("Forecasting needs a daily series: " + series + " has weeks; give a 'date' column.");
      }
      return all;
    }
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      HospitalFlow.Daily d = HospitalFlow.daily(w.connection(), null, until);
      return List.of(d.admissions(), d.census());
    }
  }

  static List<Map<String, Object>> forecastRows(List<Result> results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Result r : results) {
      for (Forecast f : r.forecasts()) {
        for (int h = 0; h < f.horizon(); h++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("series", r.series().name());
          row.put("region", r.series().region());
          row.put("method", f.method());
          row.put("date", f.date(h).toString());
          row.put("horizon", h + 1);
          row.put("mean", TimeSeriesOutput.num(f.mean()[h]));
          row.put("lower", TimeSeriesOutput.num(f.lower()[h]));
          row.put("upper", TimeSeriesOutput.num(f.upper()[h]));
          row.put("level", f.level());
          rows.add(row);
        }
      }
    }
    return rows;
  }

  static Map<String, Object> backtestRow(String series, RollingOriginBacktest.Result b, RollingOriginBacktest.Metrics m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("series", series);
    row.put("method", b.method());
    row.put("horizons", m.fromHorizon() + "-" + m.toHorizon());
    row.put("origins", b.origins());
    row.put("firstOrigin", b.firstOrigin().toString());
    row.put("lastOrigin", b.lastOrigin().toString());
    row.put("forecasts", m.forecasts());
    row.put("mae", TimeSeriesOutput.num(m.mae()));
    row.put("mape", TimeSeriesOutput.num(m.mape()));
    row.put("coverage", TimeSeriesOutput.num(m.coverage()));
    row.put("nominal", b.level());
    row.put("meanWidth", TimeSeriesOutput.num(m.meanWidth()));
    row.put("degenerate", b.degenerate());
    row.put("degeneracy", b.degenerate() ? b.degeneracy() : null);
    return row;
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
