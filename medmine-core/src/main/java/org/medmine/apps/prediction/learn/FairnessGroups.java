package org.medmine.apps.prediction.learn;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;

/**
 * The groups of a {@code --fairness} column: its values as they are, or, for a numeric column with
 * more than {@value #MAX_LEVELS} values (an age), its quartiles, named by their ranges.
 */
final class FairnessGroups {
  static final int MAX_LEVELS = 10;

  private FairnessGroups() {}

  static String[] bands(String[] values) {
    if (new HashSet<>(Arrays.asList(values)).size() <= MAX_LEVELS) {
      return values;
    }
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      try {
        v[i] = values[i] == null ? Double.NaN : Double.parseDouble(values[i]);
      } catch (NumberFormatException e) {
        return values;
      }
    }
    double[] sorted = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (sorted.length == 0) {
      return values;
    }
    double[] cuts = new double[3];
    for (int q = 1; q <= 3; q++) {
      cuts[q - 1] = sorted[Math.min(sorted.length - 1, q * sorted.length / 4)];
    }
    String[] out = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.isNaN(v[i]) ? null : band(v[i], cuts);
    }
    return out;
  }

  private static String band(double x, double[] cuts) {
    for (int q = 0; q < 3; q++) {
      if (x < cuts[q]) {
        return String.format(Locale.ROOT, "Q%d (< %s)", q + 1, fmt(cuts[q]));
      }
    }
    return String.format(Locale.ROOT, "Q4 (>= %s)", fmt(cuts[2]));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
