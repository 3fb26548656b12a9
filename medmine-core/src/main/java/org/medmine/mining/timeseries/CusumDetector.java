package org.medmine.mining.timeseries;

/**
 * A one-sided Poisson CUSUM on standardised counts (Rossi et al. 1999; the "standard"
 * transformation of R's {@code surveillance::algo.cusum}): z(t) = (y(t) - m)/sqrt(m), S(t) = max(0,
 * S(t-1) + z(t) - k), alarm when S(t) &ge; h. The in-control mean m is the mean of all periods
 * before the first evaluated one. As in R, S is not reset after an alarm. Defaults k = 1.04, h =
 * 2.26. The score is S(t).
 */
public final class CusumDetector implements OutbreakDetector {
  private final double k;
  private final double h;
  private final int minHistory;

  public CusumDetector(double k, double h, int minHistory) {
    this.k = k;
    this.h = h;
    this.minHistory = minHistory;
  }

  /** R's defaults (k 1.04, h 2.26) with at least 8 periods of history for the in-control mean. */
  public static CusumDetector standard() {
    return new CusumDetector(1.04, 2.26, 8);
  }

  @Override
  public String method() {
    return "CUSUM (k " + k + ", h " + h + ")";
  }

  @Override
  public int firstEvaluable() {
    return minHistory;
  }

  /** The in-control mean is fitted once, to the periods before the first judged one. */
  @Override
  public boolean fitsOnce() {
    return true;
  }

  @Override
  public Detection detect(double[] y, int from) {
    if (from < 1) {
      throw new IllegalArgumentException("CUSUM needs history before the first evaluated period");
    }
    double m = 0;
    for (int i = 0; i < from; i++) {
      m += y[i];
    }
    m /= from;
    int n = Math.max(0, y.length - from);
    double[] expected = new double[n];
    double[] threshold = new double[n];
    boolean[] alarm = new boolean[n];
    double[] score = new double[n];
    double s = 0;
    double sd = Math.sqrt(m);
    for (int j = 0; j < n; j++) {
      double previous = s;
      s = Math.max(0, s + (y[from + j] - m) / sd - k);
      expected[j] = m;
      // The smallest count that makes S reach h from S(t-1).
      threshold[j] = Math.max(0, m + sd * (h + k - previous));
      alarm[j] = s >= h;
      score[j] = s;
    }
    return new Detection("CUSUM", from, expected, threshold, alarm, score);
  }
}
