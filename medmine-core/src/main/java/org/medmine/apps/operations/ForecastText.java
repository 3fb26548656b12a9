package org.medmine.apps.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.StaffingPlan;

/**
 * The console text of a {@link ForecastResult}: per series its backtest and best forecast, then the
 * staffing view.
 */
final class ForecastText {
  private ForecastText() {}

  static String of(ForecastResult result) {
    StringWriter text = new StringWriter();
    PrintWriter c = new PrintWriter(text);
    for (SeriesForecast r : result.series()) {
      series(c, r, result.level());
    }
    if (!result.staffing().isEmpty()) {
      c.printf(
          Locale.ROOT,
          "Staffing view (beds cover the upper %.0f%% bound; %.1f patients per nurse):%n",
          100 * result.level(),
          result.patientsPerNurse());
      c.printf(
          Locale.ROOT,
          "  %-10s %9s %9s %5s %15s %13s%n",
          "date",
          "expected",
          "upper",
          "beds",
          "nurses(expected)",
          "nurses(upper)");
      for (StaffingPlan.Day d : result.staffing()) {
        c.printf(
            Locale.ROOT,
            "  %-10s %9.2f %9.2f %5d %15d %13d%n",
            d.date(),
            d.expectedCensus(),
            d.upperCensus(),
            d.beds(),
            d.nursesExpected(),
            d.nursesUpper());
      }
    }
    c.flush();
    return text.toString();
  }

  private static void series(PrintWriter c, SeriesForecast r, double level) {
    double[] y = r.series().counts();
    double last28 = 0;
    for (int i = Math.max(0, y.length - 28); i < y.length; i++) {
      last28 += y[i];
    }
    c.printf(
        Locale.ROOT,
        "%s: %d days from %s to %s; mean of the last 28 days %.2f%n",
        r.series().name(),
        y.length,
        r.series().start(),
        r.series().date(y.length - 1),
        last28 / Math.min(28, y.length));
    c.printf(
        Locale.ROOT,
        "  Backtest (rolling origin, %d origins a week apart, %.0f%% intervals):%n",
        r.backtests().get(0).origins(),
        100 * level);
    c.printf(
        Locale.ROOT,
        "    %-62s %-6s %7s %8s %9s %7s%n",
        "method",
        "days",
        "MAE",
        "MAPE",
        "coverage",
        "width");
    for (RollingOriginBacktest.Result b : r.backtests()) {
      for (RollingOriginBacktest.Metrics m : b.metrics()) {
        c.printf(
            Locale.ROOT,
            "    %-62s %-6s %7.3f %8s %9s %7.2f%n",
            b.method(),
            m.fromHorizon() + "-" + m.toHorizon(),
            m.mae(),
            Double.isNaN(m.mape()) ? "-" : String.format(Locale.ROOT, "%.1f%%", m.mape()),
            percent(m.coverage()),
            m.meanWidth());
      }
    }
    c.println(
        "    (MAPE leaves out days with a count of 0, where it is undefined; '-' when every scored day had 0.)");
    RollingOriginBacktest.degeneracies(r.backtests())
        .forEach(note -> c.println("  Note: " + note + "."));
    Forecast f = r.best();
    c.printf(Locale.ROOT, "  Forecast (%s, the lowest backtest MAE):%n", f.method());
    for (int h = 0; h < f.horizon(); h += Math.max(1, f.horizon() / 7)) {
      c.printf(
          Locale.ROOT,
          "    %s  %6.2f  [%6.2f, %6.2f]%n",
          f.date(h),
          f.mean()[h],
          f.lower()[h],
          f.upper()[h]);
    }
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
