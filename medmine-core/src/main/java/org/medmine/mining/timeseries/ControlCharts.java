package org.medmine.mining.timeseries;

import java.util.Arrays;
import java.util.List;

/**
 * Builds p-, u- and XmR charts with the textbook formulas (Montgomery, "Introduction to Statistical Quality
 * Control", 7th ed., §7.2 p-chart, §7.3.2 u-chart, §6.4 individuals and moving-range charts; Provost &amp;
 * Murray, "The Health Care Data Guide", 2011):
 *
 * <ul>
 *   <li>p: p̄ = Σx/Σn over the baseline; limits p̄ ± 3·sqrt(p̄(1-p̄)/n_i), floored at 0 and capped at 1.
 *   <li>u: ū = Σc/Σn over the baseline (n in units of exposure); limits ū ± 3·sqrt(ū/n_i), floored at 0.
 *   <li>XmR: x̄ and the mean moving range MR̄ over the baseline; sigma = MR̄/d2 with d2 = 1.128, so the
 *       limits are x̄ ± 2.66·MR̄; the moving-range chart has centre MR̄ and upper limit D4·MR̄ = 3.267·MR̄.
 * </ul>
 */
public final class ControlCharts {
  static final double D2 = 1.128;
  static final double D4 = 3.267;

  private ControlCharts() {}

  /** A p-chart of {@code events[i]} out of {@code n[i]}, limits from periods [from, to). */
  public static ControlChart p(double[] events, double[] n, int from, int to, RunRules rules) {
    check(events.length, n.length, from, to);
    double pBar = sum(events, from, to) / sum(n, from, to);
    int len = events.length;
    double[] v = new double[len];
    double[] c = new double[len];
    double[] s = new double[len];
    double[] lo = new double[len];
    double[] hi = new double[len];
    for (int i = 0; i < len; i++) {
      v[i] = n[i] > 0 ? events[i] / n[i] : Double.NaN;
      c[i] = pBar;
      s[i] = n[i] > 0 ? Math.sqrt(pBar * (1 - pBar) / n[i]) : Double.NaN;
      lo[i] = Math.max(0, pBar - 3 * s[i]);
      hi[i] = Math.min(1, pBar + 3 * s[i]);
    }
    return new ControlChart(ControlChart.Kind.P, v, c, s, lo, hi, from, to, rules.apply(v, c, s));
  }

  /** A u-chart of {@code counts[i]} per {@code units[i]} of exposure, limits from periods [from, to). */
  public static ControlChart u(double[] counts, double[] units, int from, int to, RunRules rules) {
    check(counts.length, units.length, from, to);
    double uBar = sum(counts, from, to) / sum(units, from, to);
    int len = counts.length;
    double[] v = new double[len];
    double[] c = new double[len];
    double[] s = new double[len];
    double[] lo = new double[len];
    double[] hi = new double[len];
    for (int i = 0; i < len; i++) {
      v[i] = units[i] > 0 ? counts[i] / units[i] : Double.NaN;
      c[i] = uBar;
      s[i] = units[i] > 0 ? Math.sqrt(uBar / units[i]) : Double.NaN;
      lo[i] = Math.max(0, uBar - 3 * s[i]);
      hi[i] = uBar + 3 * s[i];
    }
    return new ControlChart(ControlChart.Kind.U, v, c, s, lo, hi, from, to, rules.apply(v, c, s));
  }

  /** The individuals (X) chart and its moving-range (MR) chart, limits from periods [from, to). */
  public static List<ControlChart> xmr(double[] x, int from, int to, RunRules rules) {
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
    double[] xl = filled(len, xBar - 3 * sigma);
    double[] xu = filled(len, xBar + 3 * sigma);
    ControlChart xChart = new ControlChart(ControlChart.Kind.X, x.clone(), xc, xs, xl, xu, from, to, rules.apply(x, xc, xs));
    // The MR chart is judged on its limit only: its points are not independent, so run rules do not apply.
    double[] mc = filled(len, mrBar);
    double[] ms = filled(len, (D4 * mrBar - mrBar) / 3);
    double[] ml = filled(len, 0);
    double[] mu = filled(len, D4 * mrBar);
    ControlChart mrChart = new ControlChart(ControlChart.Kind.MR, mr, mc, ms, ml, mu, from, to,
        RunRules.beyondLimits(mr, mu));
    return List.of(xChart, mrChart);
  }

  private static void check(int len, int len2, int from, int to) {
    if (len != len2) {
      throw new IllegalArgumentException("numerators and denominators differ in length");
    }
    if (from < 0 || to > len || to <= from) {
      throw new IllegalArgumentException("baseline [" + from + ", " + to + ") is not inside the " + len + " periods");
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
