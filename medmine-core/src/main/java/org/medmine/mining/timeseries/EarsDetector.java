package org.medmine.mining.timeseries;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The CDC's Early Aberration Reporting System detectors (Hutwagner et al. 2003, "The bioterrorism
 * preparedness and response Early Aberration Reporting System (EARS)", J Urban Health 80(Suppl 1)).
 *
 * <ul>
 *   <li>C1: baseline is the 7 periods before t; alarm when y(t) &gt; mean + z(1-alpha)·sd.
 *   <li>C2: the same with a 2-period guard band (baseline t-9 .. t-3).
 *   <li>C3: the statistic sum over i=0..2 of max(0, C2(t-i) - 1), where C2(t) = (y(t) - mean)/sd;
 *       alarm when it exceeds z(1-alpha). This is the published definition; R's {@code
 *       surveillance::earsC} sums only the two lagged terms (i=1,2), so the two can differ on
 *       single-period spikes (see docs/timeseries-benchmarks.md).
 * </ul>
 *
 * The sd is the sample standard deviation (n-1), floored at {@code minSigma}. Defaults follow R's
 * earsC: alpha 0.001 for C1/C2 (z = 3.09) and 0.025 for C3 (z = 1.96), minSigma 0. With minSigma 0,
 * a baseline of zeros has sd 0 and a threshold of 0, so a single case alarms; R's documentation of
 * earsC cites Howard Burkom's advice of a minSigma of 0.5 or 1 for sparse counts, which {@link
 * #sparse} follows (threshold 3.09 × 0.5 ≈ 1.5 over a baseline of zeros: two cases alarm, one does
 * not). The score is C2(t) = (y(t) - mean)/sd for C1 and C2 and the C3 statistic for C3: the period
 * alarms when it exceeds z.
 */
public final class EarsDetector implements OutbreakDetector {
  /** The three variants. */
  public enum Variant {
    C1(0, 0.001),
    C2(2, 0.001),
    C3(2, 0.025);

    final int guard;
    final double defaultAlpha;

    Variant(int guard, double defaultAlpha) {
      this.guard = guard;
      this.defaultAlpha = defaultAlpha;
    }
  }

  private final Variant variant;
  private final int baseline;
  private final double alpha;
  private final double minSigma;
  private final double z;
  private final boolean lagsOnly;

  public EarsDetector(Variant variant, int baseline, double alpha, double minSigma) {
    this(variant, baseline, alpha, minSigma, false);
  }

  /**
   * @param lagsOnly for C3, sum only the two lagged terms as R's earsC does (its alarm then ignores
   *     the current period's own excess); used by the bench to show where the two definitions part
   */
  public EarsDetector(
      Variant variant, int baseline, double alpha, double minSigma, boolean lagsOnly) {
    this.lagsOnly = lagsOnly;
    if (baseline < 3) {
      throw new IllegalArgumentException("EARS needs a baseline of at least 3 periods");
    }
    this.variant = variant;
    this.baseline = baseline;
    this.alpha = alpha;
    this.minSigma = minSigma;
    this.z = new NormalDistribution().inverseCumulativeProbability(1 - alpha);
  }

  /** The variant with the defaults of R's earsC: baseline 7, minSigma 0. */
  public static EarsDetector of(Variant variant) {
    return new EarsDetector(variant, 7, variant.defaultAlpha, 0);
  }

  /** The minimum sd Burkom advises for sparse counts (see the class comment). */
  public static final double SPARSE_MIN_SIGMA = 0.5;

  /**
   * The variant with R's defaults but the sd floored at {@code minSigma} (e.g. {@link
   * #SPARSE_MIN_SIGMA}).
   */
  public static EarsDetector sparse(Variant variant, double minSigma) {
    return new EarsDetector(variant, 7, variant.defaultAlpha, minSigma);
  }

  @Override
  public String method() {
    return "EARS " + variant + " (baseline " + baseline + ", alpha " + alpha + ")";
  }

  @Override
  public int firstEvaluable() {
    return baseline + variant.guard + (variant == Variant.C3 ? 2 : 0);
  }

  @Override
  public Detection detect(double[] y, int from) {
    requireHistory(from);
    int n = Math.max(0, y.length - from);
    double[] expected = new double[n];
    double[] threshold = new double[n];
    boolean[] alarm = new boolean[n];
    double[] score = new double[n];
    for (int j = 0; j < n; j++) {
      int t = from + j;
      double[] ms = meanSd(y, t);
      expected[j] = ms[0];
      if (variant != Variant.C3) {
        threshold[j] = ms[0] + z * ms[1];
        alarm[j] = y[t] > threshold[j];
        score[j] = (y[t] - ms[0]) / ms[1];
      } else {
        double lagged = excess(y, t - 1) + excess(y, t - 2);
        double stat = lagged + (lagsOnly ? 0 : excess(y, t));
        // The count at which the statistic reaches z: y = mean + sd·(1 + z - lagged), or 0 when
        // lagged > z.
        threshold[j] = Math.max(0, ms[0] + ms[1] * (1 + Math.max(0, z - lagged)));
        alarm[j] = stat > z && (!lagsOnly || y[t] > 0);
        score[j] = stat;
      }
    }
    return new Detection("EARS " + variant, from, expected, threshold, alarm, score);
  }

  /** max(0, C2(t) - 1): how far period t stands above its guarded baseline, in sd beyond one. */
  private double excess(double[] y, int t) {
    double[] ms = meanSd(y, t);
    double c2 = (y[t] - ms[0]) / ms[1];
    return Double.isNaN(c2) ? 0 : Math.max(0, c2 - 1);
  }

  private double[] meanSd(double[] y, int t) {
    int end = t - variant.guard; // exclusive
    double sum = 0;
    for (int i = end - baseline; i < end; i++) {
      sum += y[i];
    }
    double mean = sum / baseline;
    double ss = 0;
    for (int i = end - baseline; i < end; i++) {
      ss += (y[i] - mean) * (y[i] - mean);
    }
    return new double[] {mean, Math.max(Math.sqrt(ss / (baseline - 1)), minSigma)};
  }
}
