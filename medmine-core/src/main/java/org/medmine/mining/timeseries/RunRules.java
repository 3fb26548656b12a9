package org.medmine.mining.timeseries;

import java.util.ArrayList;
import java.util.List;

/**
 * Run rules that flag special-cause variation on a control chart, evaluated on z = (value -
 * centre)/sigma so they work with the varying limits of p- and u-charts. Nelson's eight rules (L.S.
 * Nelson, "The Shewhart control chart — tests for special causes", J Qual Technol 16(4), 1984) or
 * the four Western Electric rules (Statistical Quality Control Handbook, 1956). A signal is
 * reported at the period that completes the run.
 */
public final class RunRules {
  /** One rule firing. */
  public record Signal(int index, String rule, String description) {}

  /** The rule sets. */
  public enum Set {
    WESTERN_ELECTRIC,
    NELSON,
    /** Only points beyond the 3-sigma limits. */
    LIMITS_ONLY
  }

  private final Set set;

  public RunRules(Set set) {
    this.set = set;
  }

  public static RunRules westernElectric() {
    return new RunRules(Set.WESTERN_ELECTRIC);
  }

  public static RunRules nelson() {
    return new RunRules(Set.NELSON);
  }

  /** The signals of this rule set on values with their centre lines and sigmas. */
  public List<Signal> apply(double[] v, double[] center, double[] sigma) {
    int n = v.length;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = (v[i] - center[i]) / sigma[i];
    }
    boolean nelson = set == Set.NELSON;
    List<Signal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(z[i])) {
        continue;
      }
      String prefix = nelson ? "Nelson " : "WE ";
      if (Math.abs(z[i]) > 3) {
        out.add(new Signal(i, prefix + "1", "a point beyond the 3-sigma limits"));
      }
      if (set == Set.LIMITS_ONLY) {
        continue;
      }
      if (kOfMBeyond(z, i, 2, 3, 2)) {
        out.add(
            new Signal(
                i, prefix + (nelson ? "5" : "2"), "2 of 3 points beyond 2 sigma on the same side"));
      }
      if (kOfMBeyond(z, i, 4, 5, 1)) {
        out.add(
            new Signal(
                i, prefix + (nelson ? "6" : "3"), "4 of 5 points beyond 1 sigma on the same side"));
      }
      int sameSide = nelson ? 9 : 8;
      if (sameSideRun(z, i, sameSide)) {
        out.add(
            new Signal(
                i,
                prefix + (nelson ? "2" : "4"),
                sameSide + " points in a row on the same side of the centre"));
      }
      if (!nelson) {
        continue;
      }
      if (trend(v, i, 6)) {
        out.add(new Signal(i, "Nelson 3", "6 points in a row steadily increasing or decreasing"));
      }
      if (alternating(v, i, 14)) {
        out.add(new Signal(i, "Nelson 4", "14 points in a row alternating up and down"));
      }
      if (run(z, i, 15, x -> Math.abs(x) < 1)) {
        out.add(new Signal(i, "Nelson 7", "15 points in a row within 1 sigma of the centre"));
      }
      if (run(z, i, 8, x -> Math.abs(x) > 1)) {
        out.add(new Signal(i, "Nelson 8", "8 points in a row beyond 1 sigma on either side"));
      }
    }
    return out;
  }

  /** Points above their upper limit (the rule for a moving-range chart). */
  static List<Signal> beyondLimits(double[] v, double[] upper) {
    List<Signal> out = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] > upper[i]) {
        out.add(new Signal(i, "MR 1", "a moving range above its upper limit"));
      }
    }
    return out;
  }

  private static boolean kOfMBeyond(double[] z, int i, int k, int m, double limit) {
    if (i < m - 1) {
      return false;
    }
    int above = 0;
    int below = 0;
    for (int j = i - m + 1; j <= i; j++) {
      above += z[j] > limit ? 1 : 0;
      below += z[j] < -limit ? 1 : 0;
    }
    // Flag only when the current point takes part in the run, so one run is reported where it
    // completes.
    return (above >= k && z[i] > limit) || (below >= k && z[i] < -limit);
  }

  private static boolean sameSideRun(double[] z, int i, int k) {
    return run(z, i, k, x -> x > 0) || run(z, i, k, x -> x < 0);
  }

  private static boolean run(double[] z, int i, int k, java.util.function.DoublePredicate p) {
    if (i < k - 1) {
      return false;
    }
    for (int j = i - k + 1; j <= i; j++) {
      if (!p.test(z[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean trend(double[] v, int i, int k) {
    if (i < k - 1) {
      return false;
    }
    boolean up = true;
    boolean down = true;
    for (int j = i - k + 2; j <= i; j++) {
      up &= v[j] > v[j - 1];
      down &= v[j] < v[j - 1];
    }
    return up || down;
  }

  private static boolean alternating(double[] v, int i, int k) {
    if (i < k - 1) {
      return false;
    }
    for (int j = i - k + 3; j <= i; j++) {
      double a = v[j - 1] - v[j - 2];
      double b = v[j] - v[j - 1];
      if (!(a * b < 0)) {
        return false;
      }
    }
    return true;
  }
}
