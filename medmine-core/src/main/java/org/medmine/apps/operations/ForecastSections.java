package org.medmine.apps.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.report.Html;
import org.medmine.report.TimeSeriesCharts;
import org.medmine.report.XyChart;

/**
 * The report sections of a forecast: the chart with its interval and backtests, and the staffing
 * view.
 */
final class ForecastSections {
  private ForecastSections() {}

  /** A forecast after the last {@code shownDays} of history, with its interval and backtests. */
  static String forecast(
      CountSeries history,
      Forecast f,
      List<RollingOriginBacktest.Result> backtests,
      int shownDays) {
    int from = Math.max(0, history.size() - shownDays);
    double[] hx = TimeSeriesCharts.epochDays(history.dates().subList(from, history.size()));
    double[] hy = Arrays.copyOfRange(history.counts(), from, history.size());
    double[] fx = new double[f.horizon()];
    for (int h = 0; h < fx.length; h++) {
      fx[h] = f.date(h).toEpochDay();
    }
    String pct = String.format(Locale.ROOT, "%.0f%%", 100 * f.level());
    XyChart chart =
        TimeSeriesCharts.dated(
                history.name() + ": forecast with " + pct + " interval", "day", history.name())
            .line("observed", hx, hy)
            .curve("forecast: " + f.method(), fx, f.mean())
            .curve("lower " + pct, fx, f.lower())
            .curve("upper " + pct, fx, f.upper());
    double top = 0;
    for (double[] values : List.of(hy, f.mean(), f.upper())) {
      for (double v : values) {
        top = Double.isFinite(v) ? Math.max(top, v) : top;
      }
    }
    if (top < 1) {
      chart.yRange(0, 1); // counts of patients: an axis up to one, not up to a forecast of 1e-7
    }
    String span =
        history.name()
            + " from "
            + history.start()
            + " to "
            + history.date(history.size() - 1)
            + " (the end of the data); the forecast starts "
            + f.date(0)
            + ".";
    return chart.svg() + Html.paragraph(span) + backtestTable(backtests, pct);
  }

  private static String backtestTable(List<RollingOriginBacktest.Result> backtests, String pct) {
    List<List<?>> rows = new ArrayList<>();
    for (RollingOriginBacktest.Result b : backtests) {
      for (RollingOriginBacktest.Metrics m : b.metrics()) {
        rows.add(
            List.of(
                b.method(),
                m.fromHorizon() + "-" + m.toHorizon(),
                m.forecasts(),
                TimeSeriesCharts.round(m.mae()),
                orDash(TimeSeriesCharts.round(m.mape())),
                orDash(TimeSeriesCharts.round(100 * m.coverage())),
                orDash(TimeSeriesCharts.round(m.meanWidth()))));
      }
    }
    String origins =
        backtests.isEmpty()
            ? ""
            : " ("
                + backtests.get(0).origins()
                + " origins, "
                + backtests.get(0).firstOrigin()
                + " to "
                + backtests.get(0).lastOrigin()
                + ")";
    StringBuilder notes = new StringBuilder();
    for (String d : RollingOriginBacktest.degeneracies(backtests)) {
      notes
          .append("<p class=\"note degenerate\"><strong>")
          .append(Html.escape(capitalized(d)))
          .append(".</strong></p>\n");
    }
    return Html.paragraph(
            "Rolling-origin backtest"
                + origins
                + "; nominal coverage "
                + pct
                + ". MAPE leaves out days with a count of 0, where it is undefined (— when every scored day had 0).")
        + notes
        + Html.table(
            List.of(
                "method", "days ahead", "forecasts", "MAE", "MAPE %", "coverage %", "mean width"),
            rows);
  }

  /** The staffing view as a table. */
  static String staffing(List<StaffingPlan.Day> days, double patientsPerNurse) {
    List<List<?>> rows = new ArrayList<>();
    for (StaffingPlan.Day d : days) {
      rows.add(
          List.of(
              d.date().toString(),
              TimeSeriesCharts.round(d.expectedCensus()),
              TimeSeriesCharts.round(d.upperCensus()),
              d.beds(),
              d.nursesExpected(),
              d.nursesUpper()));
    }
    return Html.paragraph(
            String.format(
                Locale.ROOT,
                "Beds cover the upper bound of the census interval; nurses at %.1f patients each.",
                patientsPerNurse))
        + Html.table(
            List.of(
                "date",
                "expected census",
                "upper census",
                "beds",
                "nurses (expected)",
                "nurses (upper)"),
            rows);
  }

  private static Object orDash(double v) {
    return Double.isNaN(v) ? "—" : v;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
