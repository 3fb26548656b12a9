package org.medmine.mining.cluster;

import java.util.SplittableRandom;

/**
 * k-medoids over any distance matrix (for Gower's distance on mixed data) by FasterPAM (Schubert
 * and Rousseeuw, Information Systems 2021): from a seeded k-means++-style start improved by Park
 * and Jun's (2009) alternation, each non-medoid in turn is tried against every medoid at once,
 * using each point's nearest and second-nearest medoid distances, and the best swap is made as soon
 * as it lowers the total distance, until a full pass finds none. One pass costs O(n²) instead of
 * the O(k·n²) of PAM's swap phase (Kaufman and Rousseeuw 1990), and it ends in a local optimum of
 * the same swap neighbourhood. Best of {@code restarts} runs by total distance. For more points
 * than a matrix holds, {@link Clara} runs this on samples.
 */
public final class KMedoids {
  private KMedoids() {}

  public static Clustering fit(double[][] d, int k, int restarts, long seed) {
    int n = d.length;
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in 1.." + n + ", not " + k);
    }
    int[] medoids = medoids(d, k, restarts, new SplittableRandom(seed));
    int[] labels = new int[n];
    double cost = assign(d, medoids, labels);
    return new Clustering(
        "k-medoids k=" + k + " restarts=" + restarts + " seed=" + seed,
        labels,
        k,
        k > 1 ? Silhouette.mean(d, labels) : Double.NaN,
        cost);
  }

  /** The medoids (row indices) of the best of {@code restarts} FasterPAM runs on {@code d}. */
  static int[] medoids(double[][] d, int k, int restarts, SplittableRandom rnd) {
    int[] best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int r = 0; r < restarts; r++) {
      int[] medoids = seed(d, k, rnd);
      alternate(d, medoids);
      double cost = new FasterPam(d, medoids).run();
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = medoids;
      }
    }
    return best;
  }

  /**
   * Park and Jun's (2009) alternation: assign each point to its nearest medoid, move each medoid to
   * the member nearest to all others of its cluster, until nothing moves or the cost stops falling.
   * A cheap descent that gives FasterPAM a better start than the seeds alone.
   */
  private static void alternate(double[][] d, int[] medoids) {
    int n = d.length;
    int[] labels = new int[n];
    double cost = assign(d, medoids, labels);
    for (int iter = 0; iter < 100; iter++) {
      boolean moved = false;
      for (int c = 0; c < medoids.length; c++) {
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
        break;
      }
      cost = next;
    }
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
