package org.medmine.mining.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means with k-means++ seeding (Arthur and Vassilvitskii 2007), by Apache Commons Math's {@link
 * KMeansPlusPlusClusterer}: the best of {@code restarts} seeded runs by within-cluster sum of
 * squares, and k chosen by the largest mean silhouette over a range (exact up to 3,000 points,
 * estimated on a seeded sample of 3,000 beyond: {@link SilhouetteSample}).
 */
public final class KMeans {
  private KMeans() {}

  /** The best of {@code restarts} k-means++ runs with {@code k} clusters. */
  public static Clustering fit(double[][] x, int k, int restarts, long seed) {
    List<IndexedPoint> points = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      points.add(new IndexedPoint(i, x[i]));
    }
    int[] best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (int r = 0; r < restarts; r++) {
      JDKRandomGenerator rnd = new JDKRandomGenerator();
      rnd.setSeed(seed + r);
      KMeansPlusPlusClusterer<IndexedPoint> km =
          new KMeansPlusPlusClusterer<>(
              k,
              300,
              new EuclideanDistance(),
              rnd,
              KMeansPlusPlusClusterer.EmptyClusterStrategy.FARTHEST_POINT);
      List<CentroidCluster<IndexedPoint>> clusters = km.cluster(points);
      int[] labels = new int[x.length];
      double sse = 0;
      for (int c = 0; c < clusters.size(); c++) {
        double[] centre = clusters.get(c).getCenter().getPoint();
        for (IndexedPoint p : clusters.get(c).getPoints()) {
          labels[p.index()] = c;
          for (int f = 0; f < centre.length; f++) {
            sse += (p.getPoint()[f] - centre[f]) * (p.getPoint()[f] - centre[f]);
          }
        }
      }
      if (sse < bestSse) {
        bestSse = sse;
        best = labels;
      }
    }
    return new Clustering(
        "k-means++ k=" + k + " restarts=" + restarts + " seed=" + seed,
        best,
        k,
        Double.NaN,
        bestSse);
  }

  /**
   * k-means for each k in [kMin, kMax]; the one with the largest mean silhouette, with it filled
   * in.
   */
  public static Clustering chooseK(double[][] x, int kMin, int kMax, int restarts, long seed) {
    SilhouetteSample silhouette =
        SilhouetteSample.of(x, new EuclideanDistance(), SilhouetteSample.POINTS, seed);
    Clustering best = null;
    for (int k = Math.max(2, kMin); k <= Math.min(kMax, x.length - 1); k++) {
      Clustering c = fit(x, k, restarts, seed);
      double s = silhouette.mean(c.labels());
      if (best == null || s > best.silhouette()) {
        best =
            new Clustering(
                c.method() + " (k by silhouette over " + kMin + ".." + kMax + ")",
                c.labels(),
                k,
                s,
                c.objective());
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "too few points (" + x.length + ") for k between " + kMin + " and " + kMax);
    }
    return best;
  }
}
