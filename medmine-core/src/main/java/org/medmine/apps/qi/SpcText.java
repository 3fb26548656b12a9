package org.medmine.apps.qi;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.RunRules;

/**
 * The console text of an {@link SpcResult}: per chart its span, baseline, centre and limits, and
 * its signals.
 */
final class SpcText {
  private SpcText() {}

  static String of(SpcResult result) {
    StringWriter text = new StringWriter();
    PrintWriter c = new PrintWriter(text);
    for (LabelledChart l : result.charts()) {
      ControlChart ch = l.chart();
      c.printf(
          Locale.ROOT,
          "%s (%s-chart): %d periods %s .. %s, baseline %s .. %s%n",
          l.name(),
          ch.kind(),
          ch.size(),
          l.periods().get(0),
          l.periods().get(ch.size() - 1),
          l.periods().get(ch.baselineFrom()),
          l.periods().get(ch.baselineTo() - 1));
      int last = ch.size() - 1;
      c.printf(
          Locale.ROOT,
          "  centre %s, limits at the last period [%s, %s]; last value %s%n",
          number(ch.center()[last]),
          number(ch.lower()[last]),
          number(ch.upper()[last]),
          number(ch.values()[last]));
      if (ch.lowerLimitFloored() && ch.kind() != ControlChart.Kind.MR) {
        c.printf(
            Locale.ROOT,
            "  the lower 3-sigma limit (as low as %s) is below 0, which the measure cannot take: drawn at 0%n",
            number(ch.lowestThreeSigmaLimit()));
      }
      if (ch.signals().isEmpty()) {
        c.println("  no signals: the process looks stable");
      }
      for (RunRules.Signal s : ch.signals()) {
        c.printf(
            Locale.ROOT,
            "  %-8s %-9s %s (value %s)%n",
            l.periods().get(s.index()),
            s.rule(),
            s.description(),
            number(ch.values()[s.index()]));
      }
    }
    c.flush();
    return text.toString();
  }

  /** Four significant digits, or "-" for no value. */
  private static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
