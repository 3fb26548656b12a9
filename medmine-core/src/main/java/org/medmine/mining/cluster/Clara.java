package org.medmine.mining.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * k-medoids for more points than a distance matrix can hold: CLARA (Kaufman and Rousseeuw 1990, ch.
 * 3) with FasterPAM on each sample, the "FasterCLARA" of Schubert and Rousseeuw (Information
 * Systems 2021). Each of {@code samples} seeded random samples (the best medoids so far always
 * included) is clustered by {@link KMedoids}; its medoids are scored by the total distance of every
 * point to its nearest one, and the best medoids label all points. Time is linear in n for a fixed
 * sample size (O(samples · (s² + n·k))), memory O(s² + n). The silhouette is estimated on a sample
 * ({@link SilhouetteSample}).
 */
public final class Clara {
  private Clara() {}

  /**
   * @param x the points, one row each
   * @param distance the distance between two rows
   * @param k the number of medoids
   * @param samples how many samples to cluster
   * @param sampleSize points per sample (and for the silhouette)
   * @param seed the seed of the samples and of k-medoids' starts
   */
  public static Clustering fit(
      double[][] x, DistanceMeasure distance, int k, int samples, int sampleSize, long seed) {
    if (k < 1 || k > Math.min(x.length, sampleSize)) {
      throw new IllegalArgumentException("k must be in 1.." + x.length + ", not " + k);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] best = new int[0];
    double bestCost = Double.POSITIVE_INFINITY;
    for (int s = 0; s < samples; s++) {
      int[] rows = withRows(sampleRows(x.length, sampleSize, rnd), best);
      double[][] sample = new double[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        sample[i] = x[rows[i]];
      }
      int[] local = KMedoids.medoids(Dbscan.matrix(sample, distance), k, 2, rnd);
      int[] medoids = Arrays.stream(local).map(i -> rows[i]).toArray();
      double cost = assign(x, distance, medoids, new int[x.length]);
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = medoids;
      }
    }
    int[] labels = new int[x.length];
    assign(x, distance, best, labels);
    double silhouette =
        k > 1 ? SilhouetteSample.of(x, distance, sampleSize, seed).mean(labels) : Double.NaN;
    return new Clustering(
        "CLARA k-medoids k="
            + k
            + " samples="
            + samples
            + " of "
            + Math.min(sampleSize, x.length)
            + " seed="
            + seed,
        labels,
        k,
        silhouette,
        bestCost);
  }

  /** A sorted simple random sample of {@code size} of the indices 0..n−1 (all when n ≤ size). */
  static int[] sampleRows(int n, int size, SplittableRandom rnd) {
    if (n <= size) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    int[] all = java.util.stream.IntStream.range(0, n).toArray();
    for (int i = 0; i < size; i++) { // a partial Fisher-Yates shuffle
      int j = i + rnd.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] rows = Arrays.copyOf(all, size);
    Arrays.sort(rows);
    return rows;
  }

  private static int[] withRows(int[] rows, int[] extra) {
    int[] merged =
        java.util.stream.IntStream.concat(Arrays.stream(rows), Arrays.stream(extra))
            .distinct()
            .sorted()
            .toArray();
    return merged;
  }

  /** Labels each point with its nearest medoid; returns the total distance. */
  static double assign(double[][] x, DistanceMeasure distance, int[] medoids, int[] labels) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double nearest = Double.POSITIVE_INFINITY;
      for (int c = 0; c < medoids.length; c++) {
        double v = distance.compute(x[i], x[medoids[c]]);
        if (v < nearest) {
          nearest = v;
          labels[i] = c;
        }
      }
      total += nearest;
    }
    return total;
  }
}
