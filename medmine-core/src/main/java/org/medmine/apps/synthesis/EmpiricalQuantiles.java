package org.medmine.apps.synthesis;

import java.util.Arrays;
import java.util.Random;

/**
 * A distribution kept as its 21 empirical quantiles (the 0th, 5th, ..., 100th percentiles, Hyndman
 * and Fan type 7), sampled by choosing one of the 20 intervals uniformly and a point uniformly
 * within it: the noise that keeps a sampled value from repeating a real one, while no real value
 * beyond the quantiles is kept. A table with fewer values than the minimum count is not kept.
 */
record EmpiricalQuantiles(double[] cuts) {
  private static final int INTERVALS = 20;

  /** The quantiles of {@code values}, or null when there are fewer than {@code minCount}. */
  static EmpiricalQuantiles of(double[] values, int minCount) {
    if (values.length < Math.max(2, minCount)) {
      return null;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double[] cuts = new double[INTERVALS + 1];
    for (int i = 0; i <= INTERVALS; i++) {
      double h = (v.length - 1) * (i / (double) INTERVALS);
      int lo = (int) Math.floor(h);
      int hi = Math.min(v.length - 1, lo + 1);
      cuts[i] = v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
    return new EmpiricalQuantiles(cuts);
  }

  /** A draw: a uniform point of a uniformly chosen interval between adjacent quantiles. */
  double sample(Random random) {
    int i = random.nextInt(INTERVALS);
    return cuts[i] + random.nextDouble() * (cuts[i + 1] - cuts[i]);
  }
}
