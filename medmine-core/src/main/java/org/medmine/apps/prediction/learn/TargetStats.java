package org.medmine.apps.prediction.learn;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Target sums and counts per key, overall and per fold, so that a row's target mean can be taken
 * from the other folds only (cross-fitting: a training row's encoding never sees its own target).
 * Means are smoothed toward the prior with weight {@value #SMOOTHING} (an m-estimate, Micci-Barreca
 * 2001).
 */
final class TargetStats {
  /** The m of the m-estimate: a level's mean counts as much as this many rows at the prior. */
  static final double SMOOTHING = 10;

  private final int folds;
  private final Map<String, double[]> byKey = new HashMap<>();
  private final double[] total;

  /** Stats over {@code folds} folds ({@code folds} is 1 for plain, uncrossed stats). */
  TargetStats(int folds) {
    this.folds = folds;
    this.total = new double[2 * (folds + 1)];
  }

  /** Adds a row of fold {@code fold} with target {@code y} under {@code key}. */
  void add(String key, int fold, double y) {
    double[] s = byKey.computeIfAbsent(key, k -> new double[2 * (folds + 1)]);
    for (double[] t : new double[][] {s, total}) {
      t[2 * fold] += y;
      t[2 * fold + 1] += 1;
      t[2 * folds] += y;
      t[2 * folds + 1] += 1;
    }
  }

  /** The smoothed mean of {@code key} over every row. */
  double mean(String key) {
    return smoothed(byKey.get(key), folds);
  }

  /** The smoothed mean of {@code key} over the rows outside {@code fold}. */
  double meanOutside(String key, int fold) {
    double[] s = byKey.get(key);
    double priorSum = total[2 * folds] - total[2 * fold];
    double priorN = total[2 * folds + 1] - total[2 * fold + 1];
    double prior = priorN == 0 ? 0 : priorSum / priorN;
    if (s == null) {
      return prior;
    }
    double sum = s[2 * folds] - s[2 * fold];
    double n = s[2 * folds + 1] - s[2 * fold + 1];
    return (sum + SMOOTHING * prior) / (n + SMOOTHING);
  }

  private double smoothed(double[] s, int slot) {
    double prior = prior();
    if (s == null) {
      return prior;
    }
    return (s[2 * slot] + SMOOTHING * prior) / (s[2 * slot + 1] + SMOOTHING);
  }

  /** The mean target of every row. */
  double prior() {
    return total[2 * folds + 1] == 0 ? 0 : total[2 * folds] / total[2 * folds + 1];
  }

  /** Every key's smoothed mean over every row, by key. */
  Map<String, Double> means() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String k : new TreeMap<>(byKey).keySet()) {
      out.put(k, mean(k));
    }
    return out;
  }
}
