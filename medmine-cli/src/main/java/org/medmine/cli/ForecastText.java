package org.medmine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.StaffingPlan;

/** The human-readable output of {@code medmine forecast}. */
final class ForecastText {
  private ForecastText() {}

  static void print(PrintWriter c, List<ForecastCommand.Result> results, List<StaffingPlan.Day> staffing, double ratio, double level) {
    for (ForecastCommand.Result r : results) {
      double[] y = r.series().counts();
      double last28 = 0;
      for (int i = Math.max(0, y.length - 28); i < y.length; i++) {
        last28 += y[i];
      }
      c.printf(Locale.ROOT, "%s: %d days from %s to %s; mean of the last 28 days %.2f%n", r.series().name(), y.length,
          r.series().start(), r.series().date(y.length - 1), last28 / Math.min(28, y.length));
      c.printf(Locale.ROOT, "  Backtest (rolling origin, %d origins a week apart, %.0f%% intervals):%n", r.backtests().get(0).origins(), 100 * level);
      c.printf(Locale.ROOT, "    %-62s %-6s %7s %8s %9s %7s%n", "method", "days", "MAE", "MAPE", "coverage", "width");
      for (RollingOriginBacktest.Result b : r.backtests()) {
        for (RollingOriginBacktest.Metrics m : b.metrics()) {
          c.printf(Locale.ROOT, "    %-62s %-6s %7.3f %8s %9s %7.2f%n", b.method(), m.fromHorizon() + "-" + m.toHorizon(), m.mae(),
              Double.isNaN(m.mape()) ? "-" : String.format(Locale.ROOT, "%.1f%%", m.mape()), ForecastCommand.pct(m.coverage()),
              m.meanWidth());
        }
      }
      c.println("    (MAPE leaves out days with a count of 0, where it is undefined; '-' when every scored day had 0.)");
      RollingOriginBacktest.degeneracies(r.backtests()).forEach(note -> c.println("  Note: " + note + "."));
      Forecast f = r.best();
      c.printf(Locale.ROOT, "  Forecast (%s, the lowest backtest MAE):%n", f.method());
      for (int h = 0; h < f.horizon(); h += Math.max(1, f.horizon() / 7)) {
        c.printf(Locale.ROOT, "    %s  %6.2f  [%6.2f, %6.2f]%n", f.date(h), f.mean()[h], f.lower()[h], f.upper()[h]);
      }
    }
    if (!staffing.isEmpty()) {
      c.printf(Locale.ROOT, "Staffing view (beds cover the upper %.0f%% bound; %.1f patients per nurse):%n", 100 * level, ratio);
      c.printf(Locale.ROOT, "  %-10s %9s %9s %5s %15s %13s%n", "date", "expected", "upper", "beds", "nurses(expected)", "nurses(upper)");
      for (StaffingPlan.Day d : staffing) {
        c.printf(Locale.ROOT, "  %-10s %9.2f %9.2f %5d %15d %13d%n", d.date(), d.expectedCensus(), d.upperCensus(), d.beds(),
            d.nursesExpected(), d.nursesUpper());
      }
    }
  }
}
