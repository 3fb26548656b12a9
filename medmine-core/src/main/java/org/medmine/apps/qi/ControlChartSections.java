package org.medmine.apps.qi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.report.Html;
import org.medmine.report.TimeSeriesCharts;
import org.medmine.report.XyChart;

/**
 * The report section of a control chart: values, centre line, limits, the end of the baseline and
 * the signals.
 */
final class ControlChartSections {
  private ControlChartSections() {}

  /** One control chart: values, centre line, limits, and the points that signalled. */
  static String chart(String name, List<String> periods, ControlChart c) {
    double[] x = new double[c.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    List<Double> sx = new ArrayList<>();
    List<Double> sy = new ArrayList<>();
    List<List<?>> rows = new ArrayList<>();
    for (RunRules.Signal s : c.signals()) {
      sx.add((double) s.index());
      sy.add(c.values()[s.index()]);
      rows.add(
          List.of(
              periods.get(s.index()),
              s.rule(),
              s.description(),
              TimeSeriesCharts.round(c.values()[s.index()])));
    }
    // Periods without a value (a month without discharges) are gaps: the line breaks there.
    String svg =
        XyChart.of(name + " (" + c.kind() + "-chart)", "period", name)
            .line("value", x, c.values())
            .curve("centre", x, c.center())
            .curve("lower limit", x, c.lower())
            .curve("upper limit", x, c.upper())
            .points("signal", TimeSeriesCharts.array(sx), TimeSeriesCharts.array(sy))
            .marker(c.baselineTo() - 0.5, "end of baseline")
            .xFormat(
                v -> v >= 0 && v < periods.size() && v == Math.rint(v) ? periods.get((int) v) : "")
            .svg();
    String notes =
        (c.kind() == ControlChart.Kind.MR ? "" : gapNote(c.values()))
            + (c.lowerLimitFloored() && c.kind() != ControlChart.Kind.MR
                ? Html.paragraph(
                    String.format(
                        Locale.ROOT,
                        "The lower 3-sigma limit (as low as %.2f) falls below 0, which the measure"
                            + " cannot take, so it is drawn at 0.",
                        c.lowestThreeSigmaLimit()))
                : "");
    return svg
        + notes
        + (rows.isEmpty()
            ? Html.paragraph("No signals: the process looks stable.")
            : Html.table(List.of("period", "rule", "meaning", "value"), rows));
  }

  /** Says which periods have no value (and so no point), when some do. */
  private static String gapNote(double[] values) {
    long empty = Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
    return empty == 0
        ? ""
        : Html.paragraph(
            empty
                + " of "
                + values.length
                + " periods have no value (nothing to measure,"
                + " e.g. no discharges that month): the line breaks there.");
  }
}
