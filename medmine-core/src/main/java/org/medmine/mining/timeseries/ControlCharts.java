package org.medmine.mining.timeseries;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Builds p-, u- and XmR charts with the textbook formulas (Montgomery, "Introduction to Statistical
 * Quality Control", 7th ed., §7.2 p-chart, §7.3.2 u-chart, §6.4 individuals and moving-range
 * charts; Provost &amp; Murray, "The Health Care Data Guide", 2011):
 *
 * <ul>
 *   <li>p: p̄ = Σx/Σn over the baseline; limits p̄ ± 3·sqrt(p̄(1-p̄)/n_i), floored at 0 and capped
 *       at 1.
 *   <li>u: ū = Σc/Σn over the baseline (n in units of exposure); limits ū ± 3·sqrt(ū/n_i), floored
 *       at 0.
 *   <li>XmR: x̄ and the mean moving range MR̄ over the baseline; sigma = MR̄/d2 with d2 = 1.128, so
 *       the limits are x̄ ± 2.66·MR̄; the moving-range chart has centre MR̄ and upper limit D4·MR̄
 *       = 3.267·MR̄.
 * </ul>
 */
public final class ControlCharts {
  static final double D2 = 1.128;
  static final double D4 = 3.267;

  private ControlCharts() {}

  /** A p-chart of {@code events[i]} out of {@code n[i]}, limits from periods [from, to). */
  public static ControlChart p(double[] events, double[] n, int from, int to, RunRules rules) {
    return rateChart(
        ControlChart.Kind.P, events, n, from, to, rules, (bar, size) -> bar * (1 - bar) / size, 1);
  }

  /**
   * A u-chart of {@code counts[i]} per {@code units[i]} of exposure, limits from periods [from,
   * to).
   */
  public static ControlChart u(double[] counts, double[] units, int from, int to, RunRules rules) {
    return rateChart(
        ControlChart.Kind.U,
        counts,
        units,
        from,
        to,
        rules,
        (bar, size) -> bar / size,
        Double.POSITIVE_INFINITY);
  }

  /**
   * A chart of rates {@code num[i]/den[i]} around the baseline's pooled rate Σnum/Σden, with limits
   * pooled ± 3·sqrt(variance(pooled, den[i])), floored at 0 and capped at {@code cap}; a period
   * with no denominator has no point.
   */
  private static ControlChart rateChart(
      ControlChart.Kind kind,
      double[] num,
      double[] den,
      int from,
      int to,
      RunRules rules,
      DoubleBinaryOperator variance,
      double cap) {
    check(num.length, den.length, from, to);
    double bar = sum(num, from, to) / sum(den, from, to);
    int len = num.length;
    double[] v = new double[len];
    double[] c = filled(len, bar);
    double[] s = new double[len];
    double[] lo = new double[len];
    double[] hi = new double[len];
    for (int i = 0; i < len; i++) {
      v[i] = den[i] > 0 ? num[i] / den[i] : Double.NaN;
      s[i] = den[i] > 0 ? Math.sqrt(variance.applyAsDouble(bar, den[i])) : Double.NaN;
      lo[i] = Math.max(0, bar - 3 * s[i]);
      hi[i] = Math.min(cap, bar + 3 * s[i]);
    }
    return new ControlChart(kind, v, c, s, lo, hi, from, to, rules.apply(v, c, s));
  }

  /** The individuals (X) chart and its moving-range (MR) chart, limits from periods [from, to). */
  public static List<ControlChart> xmr(double[] x, int from, int to, RunRules rules) {
    return xmr(x, from, to, rules, Double.NEGATIVE_INFINITY);
  }

  /**
   * The same for a measure that cannot go below {@code lowerBound} (0 for a length of stay or a
   * count): where x̄ − 3σ falls below it, the X chart's lower limit is drawn at the bound (Provost
   * &amp; Murray 2011, ch. 5), which {@link ControlChart#lowerLimitFloored()} then reports.
   */
  public static List<ControlChart> xmr(
      double[] x, int from, int to, RunRules rules, double lowerBound) {
    check(x.length, x.length, from, to);
    if (to - from < 2) {
      throw new IllegalArgumentException("an XmR baseline needs at least 2 periods");
    }
    double xBar = sum(x, from, to) / (to - from);
    double[] mr = new double[x.length];
    mr[0] = Double.NaN;
    for (int i = 1; i < x.length; i++) {
      mr[i] = Math.abs(x[i] - x[i - 1]);
    }
    double mrBar = sum(mr, from + 1, to) / (to - from - 1);
    double sigma = mrBar / D2;
    int len = x.length;
    double[] xc = filled(len, xBar);
    double[] xs = filled(len, sigma);
    double[] xl = filled(len, Math.max(lowerBound, xBar - 3 * sigma));
    double[] xu = filled(len, xBar + 3 * sigma);
    ControlChart xChart =
        new ControlChart(
            ControlChart.Kind.X, x.clone(), xc, xs, xl, xu, from, to, rules.apply(x, xc, xs));
    // The MR chart is judged on its limit only: its points are not independent, so run rules do not
    // apply.
    double[] mc = filled(len, mrBar);
    double[] ms = filled(len, (D4 * mrBar - mrBar) / 3);
    double[] ml = filled(len, 0);
    double[] mu = filled(len, D4 * mrBar);
    ControlChart mrChart =
        new ControlChart(
            ControlChart.Kind.MR, mr, mc, ms, ml, mu, from, to, RunRules.beyondLimits(mr, mu));
    return List.of(xChart, mrChart);
  }

  private static void check(int len, int len2, int from, int to) {
    if (len != len2) {
      throw new IllegalArgumentException("numerators and denominators differ in length");
    }
    if (from < 0 || to > len || to <= from) {
      throw new IllegalArgumentException(
          "baseline [" + from + ", " + to + ") is not inside the " + len + " periods");
    }
  }

  private static double sum(double[] a, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += a[i];
    }
    return s;
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }
}
