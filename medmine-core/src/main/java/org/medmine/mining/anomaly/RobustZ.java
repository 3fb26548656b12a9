package org.medmine.mining.anomaly;

import java.util.Arrays;

/**
 * Robust z-scores: (x − median) / (1.4826 · MAD), the modified z-score of Iglewicz and Hoaglin
 * (1993), which a few outliers cannot mask the way they inflate a standard deviation. When more
 * than half the peers share one value (MAD = 0) the scale falls back to 1.2533 · mean absolute
 * deviation from the median, and, if that is zero too, to {@code minScale}: a value that differs
 * from identical peers then scores far from zero.
 */
public final class RobustZ {
  private final double median;
  private final double scale;

  private RobustZ(double median, double scale) {
    this.median = median;
    this.scale = scale;
  }

  /**
   * Fits the peers' centre and scale; {@code minScale} bounds the scale from below (must be
   * positive).
   */
  public static RobustZ fit(double[] peers, double minScale) {
    if (peers.length == 0) {
      throw new IllegalArgumentException("robust z-scores need at least one peer");
    }
    double med = median(peers);
    double[] dev = new double[peers.length];
    double meanAbs = 0;
    for (int i = 0; i < peers.length; i++) {
      dev[i] = Math.abs(peers[i] - med);
      meanAbs += dev[i];
    }
    meanAbs /= peers.length;
    double mad = median(dev);
    double scale = mad > 0 ? 1.4826 * mad : 1.2533 * meanAbs;
    return new RobustZ(med, Math.max(scale, minScale));
  }

  public double z(double x) {
    return (x - median) / scale;
  }

  public double median() {
    return median;
  }

  public double scale() {
    return scale;
  }

  /** The median (mean of the middle two for even lengths). */
  public static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
