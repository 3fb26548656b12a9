package org.medmine.apps.operations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link ForecastApp} found: each series forecast by each forecaster with its backtest, the
 * staffing view of the census series (when there is one) and the run's provenance. Its rows (one
 * per series, forecaster and day ahead) are the {@code --out} file; with the backtest and staffing
 * rows they make the document of {@code --format json}.
 *
 * @param series each series' forecasts and backtests
 * @param censusIndex the index in {@code series} of the census the staffing view plans for, or -1
 * @param staffing the staffing view, empty without a census
 * @param patientsPerNurse the nurse ratio of the staffing view
 * @param level the prediction intervals' nominal coverage
 * @param provenance where the result came from
 */
public record ForecastResult(
    List<SeriesForecast> series,
    int censusIndex,
    List<StaffingPlan.Day> staffing,
    double patientsPerNurse,
    double level,
    RunProvenance provenance)
    implements AppResult {
  /** Days of history a forecast chart shows before the forecast. */
  static final int SHOWN_DAYS = 120;

  /** One row per series, forecaster and day ahead: the point forecast and its interval. */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SeriesForecast r : series) {
      for (Forecast f : r.forecasts()) {
        for (int h = 0; h < f.horizon(); h++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("series", r.series().name());
          row.put("region", r.series().region());
          row.put("method", f.method());
          row.put("date", f.date(h).toString());
          row.put("horizon", h + 1);
          row.put("mean", ResultRows.number(f.mean()[h]));
          row.put("lower", ResultRows.number(f.lower()[h]));
          row.put("upper", ResultRows.number(f.upper()[h]));
          row.put("level", f.level());
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /**
   * The forecasts ({@link #rows}), the backtests per series, forecaster and band of days ahead, the
   * staffing view.
   */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("forecasts", rows());
    List<Map<String, Object>> backtest = new ArrayList<>();
    for (SeriesForecast r : series) {
      for (RollingOriginBacktest.Result b : r.backtests()) {
        for (RollingOriginBacktest.Metrics m : b.metrics()) {
          backtest.add(ForecastRows.backtest(r.series().name(), b, m));
        }
      }
    }
    doc.put("backtest", backtest);
    doc.put("patientsPerNurse", patientsPerNurse);
    doc.put("staffing", staffing.stream().map(ForecastRows::staffing).toList());
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return ForecastText.of(this);
  }

  /** A chart of each series' best forecast with the backtests, and the staffing view. */
  @Override
  public List<ReportSection> toSections() {
    List<ReportSection> sections = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      SeriesForecast r = series.get(i);
      String id =
          i == censusIndex
              ? "census"
              : r.series().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
      sections.add(
          ReportSection.of(
              "ts-forecast-" + id,
              "Forecast: " + r.series().name(),
              ForecastSections.forecast(r.series(), r.best(), r.backtests(), SHOWN_DAYS)));
    }
    if (!staffing.isEmpty()) {
      String ratio = BigDecimal.valueOf(patientsPerNurse).stripTrailingZeros().toPlainString();
      sections.add(
          ReportSection.of(
              "ts-staffing",
              "Staffing view (census forecast, " + ratio + " patients per nurse)",
              ForecastSections.staffing(staffing, patientsPerNurse)));
    }
    return sections;
  }

  /**
   * A line per series for a summary (the demo's): its history, the chosen forecaster and its
   * backtest.
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (SeriesForecast r : series) {
      CountSeries s = r.series();
      Forecast chosen = r.best();
      RollingOriginBacktest.Result backtest = r.bestBacktest();
      RollingOriginBacktest.Metrics best = backtest.overall();
      out.append(
          String.format(
              Locale.ROOT,
              "forecast %s: history %s to %s, %d days ahead from %s with %s; backtest over"
                  + " %d origins: MAE %.3f, %.0f%% interval coverage %.1f%%%s%n",
              s.name(),
              s.start(),
              s.date(s.size() - 1),
              chosen.horizon(),
              chosen.date(0),
              chosen.method(),
              backtest.origins(),
              best.mae(),
              100 * level,
              100 * best.coverage(),
              backtest.degenerate() ? "; " + backtest.degeneracy() : ""));
    }
    return out.toString();
  }
}
