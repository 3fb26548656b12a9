package org.medmine.mining.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions (Hubert and Arabie 1985): 1 for identical partitions,
 * about 0 for independent ones. Labels are any integers (noise −1 is one more group).
 */
public final class AdjustedRand {
  private AdjustedRand() {}

  public static double index(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "partitions of different sizes: " + a.length + " and " + b.length);
    }
    Map<Long, Long> pairs = new HashMap<>();
    Map<Integer, Long> rows = new HashMap<>();
    Map<Integer, Long> cols = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
      rows.merge(a[i], 1L, Long::sum);
      cols.merge(b[i], 1L, Long::sum);
    }
    double index = pairs.values().stream().mapToDouble(AdjustedRand::choose2).sum();
    double sumA = rows.values().stream().mapToDouble(AdjustedRand::choose2).sum();
    double sumB = cols.values().stream().mapToDouble(AdjustedRand::choose2).sum();
    double expected = sumA * sumB / choose2(a.length);
    double max = (sumA + sumB) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double choose2(long n) {
    return n * (n - 1) / 2.0;
  }
}
