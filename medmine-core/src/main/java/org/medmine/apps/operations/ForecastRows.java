package org.medmine.apps.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.report.ResultRows;

/** The JSON rows of a forecast's backtests and staffing view. */
final class ForecastRows {
  private ForecastRows() {}

  /** One band of days ahead of one forecaster's backtest on {@code series}. */
  static Map<String, Object> backtest(
      String series, RollingOriginBacktest.Result b, RollingOriginBacktest.Metrics m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("series", series);
    row.put("method", b.method());
    row.put("horizons", m.fromHorizon() + "-" + m.toHorizon());
    row.put("origins", b.origins());
    row.put("firstOrigin", b.firstOrigin().toString());
    row.put("lastOrigin", b.lastOrigin().toString());
    row.put("forecasts", m.forecasts());
    row.put("mae", ResultRows.number(m.mae()));
    row.put("mape", ResultRows.number(m.mape()));
    row.put("coverage", ResultRows.number(m.coverage()));
    row.put("nominal", b.level());
    row.put("meanWidth", ResultRows.number(m.meanWidth()));
    row.put("degenerate", b.degenerate());
    row.put("degeneracy", b.degenerate() ? b.degeneracy() : null);
    return row;
  }

  /** One day of the staffing view. */
  static Map<String, Object> staffing(StaffingPlan.Day d) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("date", d.date().toString());
    row.put("expectedCensus", ResultRows.number(d.expectedCensus()));
    row.put("upperCensus", ResultRows.number(d.upperCensus()));
    row.put("beds", d.beds());
    row.put("nursesExpected", d.nursesExpected());
    row.put("nursesUpper", d.nursesUpper());
    return row;
  }
}
