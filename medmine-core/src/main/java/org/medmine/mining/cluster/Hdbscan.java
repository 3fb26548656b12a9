package org.medmine.mining.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.ml.distance.DistanceMeasure;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.ml.distance.ManhattanDistance;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.hdbscan.HdbscanModel;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.Distance;
import org.tribuo.math.distance.L1Distance;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * HDBSCAN* (Campello, Moulavi and Sander 2013) by Oracle Tribuo's {@link HdbscanTrainer}: core
 * distances to the {@code minPts}-th neighbour, the minimum spanning tree of mutual reachability
 * distances, its condensed tree with clusters of at least {@code minClusterSize} points, and the
 * clusters of greatest stability (excess of mass). Groups of any shape and density; points in no
 * stable group are noise (−1). No Tribuo type leaves this class: rows in, a {@link Clustering} out.
 */
public final class Hdbscan {
  /**
   * Tribuo logs "Hdbscan is done." at INFO on every fit; kept (not collected) at WARNING so
   * commands stay quiet.
   */
  private static final java.util.logging.Logger TRIBUO_LOG =
      java.util.logging.Logger.getLogger(HdbscanTrainer.class.getName());

  static {
    TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private Hdbscan() {}

  /** The distance between rows. */
  public enum Metric {
    /** Euclidean (L2), for standardized features. */
    EUCLIDEAN,
    /** Manhattan (L1); on {@link GowerDistance#embed} rows it is Gower's distance. */
    MANHATTAN
  }

  /**
   * Clusters the rows of {@code x}.
   *
   * @param minClusterSize the smallest group that counts as a cluster
   * @param minPts the neighbour whose distance is a point's core distance (HDBSCAN's k)
   */
  public static Clustering fit(double[][] x, int minClusterSize, int minPts, Metric metric) {
    if (x.length < 2 || minClusterSize < 2 || minPts < 1) {
      throw new IllegalArgumentException(
          "HDBSCAN needs 2 or more points, minClusterSize >= 2 and minPts >= 1, not "
              + x.length
              + ", "
              + minClusterSize
              + ", "
              + minPts);
    }
    ClusteringFactory factory = new ClusteringFactory();
    MutableDataset<ClusterID> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("medmine matrix", factory), factory);
    String[] names = new String[x[0].length];
    for (int j = 0; j < names.length; j++) {
      names[j] = String.format(Locale.ROOT, "f%05d", j);
    }
    for (double[] row : x) {
      data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row));
    }
    Distance distance = metric == Metric.EUCLIDEAN ? new L2Distance() : new L1Distance();
    HdbscanTrainer trainer =
        new HdbscanTrainer(
            minClusterSize, distance, minPts, 1, NeighboursQueryFactoryType.BRUTE_FORCE);
    HdbscanModel model = trainer.train(data);
    int[] labels = relabel(model.getClusterLabels());
    int k = Arrays.stream(labels).max().orElse(-1) + 1;
    DistanceMeasure silhouetteDistance =
        metric == Metric.EUCLIDEAN ? new EuclideanDistance() : new ManhattanDistance();
    return new Clustering(
        String.format(
            Locale.ROOT,
            "HDBSCAN* minClusterSize=%d minPts=%d %s",
            minClusterSize,
            minPts,
            metric.name().toLowerCase(Locale.ROOT)),
        labels,
        k,
        SilhouetteSample.of(x, silhouetteDistance, SilhouetteSample.POINTS, 0).mean(labels),
        Double.NaN);
  }

  /**
   * Tribuo's labels (0 noise, clusters numbered from 1 in any order) as 0..k−1 by first appearance,
   * noise −1.
   */
  static int[] relabel(List<Integer> tribuo) {
    Map<Integer, Integer> index = new HashMap<>();
    int[] labels = new int[tribuo.size()];
    for (int i = 0; i < labels.length; i++) {
      int t = tribuo.get(i);
      labels[i] = t == 0 ? -1 : index.computeIfAbsent(t, key -> index.size());
    }
    return labels;
  }

  /** The Manhattan distance matrix of the rows of {@code x}. */
  public static double[][] manhattan(double[][] x) {
    double[][] d = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double s = 0;
        for (int f = 0; f < x[i].length; f++) {
          s += Math.abs(x[i][f] - x[j][f]);
        }
        d[i][j] = d[j][i] = s;
      }
    }
    return d;
  }
}
