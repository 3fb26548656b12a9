package org.medmine.mining.cluster;

import java.util.SplittableRandom;

/**
 * The k-medoids medmine ran before FasterPAM, kept as the reference it must match or beat:
 * k-medoids over any distance matrix (for Gower's distance on mixed data), by the alternating
 * algorithm of Park and Jun (2009): assign each point to its nearest medoid, move each medoid to
 * the member with the least total distance to its cluster, repeat until nothing changes; then PAM's
 * swap phase (Kaufman and Rousseeuw 1990) exchanges a medoid for a non-medoid while that lowers the
 * total distance. Seeded k-means++-style, best of {@code restarts} runs by total distance.
 */
final class FormerPamReference {
  private FormerPamReference() {}

  static Clustering fit(double[][] d, int k, int restarts, long seed) {
    int n = d.length;
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in 1.." + n + ", not " + k);
    }
    int[] bestLabels = null;
    double bestCost = Double.POSITIVE_INFINITY;
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int r = 0; r < restarts; r++) {
      int[] medoids = seed(d, k, rnd);
      int[] labels = new int[n];
      double cost = assign(d, medoids, labels);
      for (int iter = 0; iter < 100; iter++) {
        boolean moved = false;
        for (int c = 0; c < k; c++) {
          int best = medoids[c];
          double bestSum = Double.POSITIVE_INFINITY;
          for (int i = 0; i < n; i++) {
            if (labels[i] != c) {
              continue;
            }
            double s = 0;
            for (int j = 0; j < n; j++) {
              s += labels[j] == c ? d[i][j] : 0;
            }
            if (s < bestSum - 1e-12) {
              bestSum = s;
              best = i;
            }
          }
          moved |= best != medoids[c];
          medoids[c] = best;
        }
        double next = assign(d, medoids, labels);
        if (!moved || next >= cost - 1e-12) {
          cost = Math.min(cost, next);
          break;
        }
        cost = next;
      }
      cost = swap(d, medoids);
      assign(d, medoids, labels);
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        bestLabels = labels.clone();
      }
    }
    return new Clustering(
        "k-medoids k=" + k + " restarts=" + restarts + " seed=" + seed,
        bestLabels,
        k,
        k > 1 ? Silhouette.mean(d, bestLabels) : Double.NaN,
        bestCost);
  }

  private static int[] seed(double[][] d, int k, SplittableRandom rnd) {
    int n = d.length;
    int[] medoids = new int[k];
    medoids[0] = rnd.nextInt(n);
    double[] nearest = d[medoids[0]].clone();
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double v : nearest) {
        total += v * v;
      }
      double u = rnd.nextDouble() * total;
      int pick = n - 1;
      for (int i = 0; i < n; i++) {
        u -= nearest[i] * nearest[i];
        if (u <= 0 && nearest[i] > 0) {
          pick = i;
          break;
        }
      }
      medoids[c] = pick;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], d[pick][i]);
      }
    }
    return medoids;
  }

  /**
   * PAM's swap phase: first-improvement exchanges of a medoid for a non-medoid; returns the final
   * cost.
   */
  private static double swap(double[][] d, int[] medoids) {
    double cost = cost(d, medoids);
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int c = 0; c < medoids.length; c++) {
        for (int i = 0; i < d.length; i++) {
          if (isMedoid(medoids, i)) {
            continue;
          }
          int old = medoids[c];
          medoids[c] = i;
          double next = cost(d, medoids);
          if (next < cost - 1e-12) {
            cost = next;
            improved = true;
          } else {
            medoids[c] = old;
          }
        }
      }
    }
    return cost;
  }

  private static boolean isMedoid(int[] medoids, int i) {
    for (int m : medoids) {
      if (m == i) {
        return true;
      }
    }
    return false;
  }

  /** Labels each point with its nearest medoid's cluster; returns the total distance. */
  static double assign(double[][] d, int[] medoids, int[] labels) {
    double cost = 0;
    for (int i = 0; i < d.length; i++) {
      int best = 0;
      for (int c = 1; c < medoids.length; c++) {
        if (d[i][medoids[c]] < d[i][medoids[best]]) {
          best = c;
        }
      }
      labels[i] = best;
      cost += d[i][medoids[best]];
    }
    return cost;
  }

  /** The total distance of every point to its nearest medoid. */
  static double cost(double[][] d, int[] medoids) {
    return assign(d, medoids, new int[d.length]);
  }
}
