package org.medmine.mining.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;
import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * DBSCAN (Ester, Kriegel, Sander and Xu 1996) by Apache Commons Math's {@link DBSCANClusterer}:
 * dense groups of any shape, and points in no dense group labelled noise (−1). When ε is not given
 * it is read off the k-distance curve: the given quantile of each point's distance to its {@code
 * minPts}-th nearest neighbour. Both take O(n²) distance computations but O(n) memory; the
 * silhouette is estimated on a seeded sample beyond {@value SilhouetteSample#POINTS} points.
 */
public final class Dbscan {
  private Dbscan() {}

  public static Clustering fit(double[][] x, double eps, int minPts, DistanceMeasure distance) {
    List<IndexedPoint> points = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      points.add(new IndexedPoint(i, x[i]));
    }
    List<Cluster<IndexedPoint>> clusters =
        new DBSCANClusterer<IndexedPoint>(eps, minPts, distance).cluster(points);
    int[] labels = new int[x.length];
    Arrays.fill(labels, -1);
    for (int c = 0; c < clusters.size(); c++) {
      for (IndexedPoint p : clusters.get(c).getPoints()) {
        labels[p.index()] = c;
      }
    }
    return new Clustering(
        String.format(java.util.Locale.ROOT, "DBSCAN eps=%.4g minPts=%d", eps, minPts),
        labels,
        clusters.size(),
        SilhouetteSample.of(x, distance, SilhouetteSample.POINTS, 0).mean(labels),
        Double.NaN);
  }

  /**
   * ε as the {@code quantile} of the distances of each point to its {@code minPts}-th nearest
   * neighbour.
   */
  public static double epsFromKDistance(
      double[][] x, int minPts, double quantile, DistanceMeasure distance) {
    double[] kth = new double[x.length];
    double[] row = new double[x.length];
    for (int i = 0; i < x.length; i++) { // row by row: O(n) memory, no n × n matrix
      for (int j = 0; j < x.length; j++) {
        row[j] = i == j ? 0 : distance.compute(x[i], x[j]);
      }
      Arrays.sort(row);
      kth[i] = row[Math.min(minPts, row.length - 1)];
    }
    Arrays.sort(kth);
    return kth[(int) Math.min(kth.length - 1, Math.floor(quantile * kth.length))];
  }

  static double[][] matrix(double[][] x, DistanceMeasure distance) {
    double[][] d = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        d[i][j] = d[j][i] = distance.compute(x[i], x[j]);
      }
    }
    return d;
  }
}
