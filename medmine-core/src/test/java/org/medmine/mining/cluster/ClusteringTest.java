package org.medmine.mining.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.junit.jupiter.api.Test;

/** Clustering on planted clusters, and the measures against hand-computed values. */
class ClusteringTest {
  /**
   * Planted Gaussian blobs: {@code sizes[c]} points around centre c (spread {@code sd}), in {@code
   * d} dimensions.
   */
  static double[][] blobs(int[] sizes, double[][] centres, double sd, long seed, int[] truth) {
    Random rnd = new Random(seed);
    int n = 0;
    for (int s : sizes) {
      n += s;
    }
    double[][] x = new double[n][];
    int i = 0;
    for (int c = 0; c < sizes.length; c++) {
      for (int k = 0; k < sizes[c]; k++) {
        x[i] = new double[centres[c].length];
        for (int j = 0; j < x[i].length; j++) {
          x[i][j] = centres[c][j] + sd * rnd.nextGaussian();
        }
        truth[i++] = c;
      }
    }
    return x;
  }

  static final double[][] CENTRES = {{0, 0, 0, 0, 0, 0}, {4, 4, 0, 0, 0, 4}, {0, 4, 4, 4, 0, 0}};

  @Test
  void adjustedRandMatchesKnownValues() {
    // scikit-learn's documented example: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) =
    // 0.5714...
    assertThat(AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
        .isCloseTo(4.0 / 7, within(1e-12));
    assertThat(AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {5, 5, 2, 2})).isEqualTo(1.0);
    // Hand count for [0,0,0,1,1,1] vs [0,0,1,1,2,2]: index 2, sums 6 and 3, expected 18/15, max 4.5
    // -> 0.8/3.3
    assertThat(AdjustedRand.index(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}))
        .isCloseTo(0.8 / 3.3, within(1e-12));
  }

  @Test
  void silhouetteMatchesAHandComputation() {
    // Points 0, 1 | 10, 12 on a line: s(0) = 1 - 1/11, s(1) = 1 - 1/10, s(10) = 1 - 2/9.5, s(12) =
    // 1 - 2/11.5
    double[][] x = {{0}, {1}, {10}, {12}};
    double expected = ((1 - 1 / 11.0) + (1 - 1 / 10.0) + (1 - 2 / 9.5) + (1 - 2 / 11.5)) / 4;
    assertThat(Silhouette.mean(Silhouette.euclidean(x), new int[] {0, 0, 1, 1}))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void kMeansFindsThePlantedClustersAndTheirNumber() {
    int[] truth = new int[150];
    double[][] raw = blobs(new int[] {60, 50, 40}, CENTRES, 1.0, 3, truth);
    double[][] x = Standardizer.fit(raw).transform(raw);
    Clustering c = KMeans.chooseK(x, 2, 6, 5, 42);
    assertThat(c.k()).isEqualTo(3);
    assertThat(AdjustedRand.index(truth, c.labels())).isGreaterThanOrEqualTo(0.9);
    assertThat(c.silhouette()).isGreaterThan(0.4);
    assertThat(KMeans.chooseK(x, 2, 6, 5, 42).labels()).containsExactly(c.labels());
  }

  @Test
  void dbscanFindsThePlantedClustersAndLabelsScatteredPointsNoise() {
    int[] truth = new int[130];
    double[][] core = blobs(new int[] {60, 60}, new double[][] {{0, 0}, {6, 6}}, 0.5, 5, truth);
    double[][] x = new double[130][];
    System.arraycopy(core, 0, x, 0, 120);
    Random rnd = new Random(9);
    for (int i = 120; i < 130; i++) {
      x[i] = new double[] {-20 + 50 * rnd.nextDouble(), 20 + 10 * rnd.nextDouble()};
      truth[i] = -1;
    }
    double eps = Dbscan.epsFromKDistance(x, 4, 0.9, new EuclideanDistance());
    Clustering c = Dbscan.fit(x, eps, 4, new EuclideanDistance());
    assertThat(c.k()).isEqualTo(2);
    assertThat(c.noise()).isBetween(8, 14);
    assertThat(AdjustedRand.index(truth, c.labels())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void gowerKMedoidsSeparatesPlantedClustersOfMixedData() {
    // Two numeric columns and two categorical ones (codes 0..2); clusters differ in both kinds.
    Random rnd = new Random(21);
    int n = 120;
    double[][] x = new double[n][4];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      int c = i % 3;
      truth[i] = c;
      x[i][0] = 30 + 25 * c + 4 * rnd.nextGaussian();
      x[i][1] = 100 * rnd.nextDouble();
      x[i][2] = rnd.nextDouble() < 0.9 ? c : rnd.nextInt(3);
      x[i][3] = rnd.nextDouble() < 0.85 ? (c == 2 ? 1 : 0) : rnd.nextInt(2);
    }
    GowerDistance g = GowerDistance.fit(x, new boolean[] {false, false, true, true});
    assertThat(g.compute(x[0], x[0])).isZero();
    double[][] d = g.matrix(x);
    Clustering c = KMedoids.fit(d, 3, 10, 42);
    assertThat(AdjustedRand.index(truth, c.labels())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void gowerDistanceIsTheMeanOfRangeScaledAndMismatchTerms() {
    double[][] x = {{0, 10, 1}, {5, 30, 2}, {10, 20, 1}};
    GowerDistance g = GowerDistance.fit(x, new boolean[] {false, false, true});
    // |0-5|/10 = .5, |10-30|/20 = 1, mismatch 1 -> 2.5/3
    assertThat(g.compute(x[0], x[1])).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(g.compute(x[0], x[2])).isCloseTo((1 + 0.5 + 0) / 3, within(1e-12));
  }

  @Test
  void kMedoidsReachesTheBruteForceOptimumOnSmallData() {
    for (int seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(seed);
      double[][] x = new double[12][2];
      for (double[] row : x) {
        row[0] = rnd.nextDouble() * 10;
        row[1] = rnd.nextDouble() * 10;
      }
      double[][] d = Silhouette.euclidean(x);
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < 12; a++) {
        for (int b = a + 1; b < 12; b++) {
          for (int c = b + 1; c < 12; c++) {
            best = Math.min(best, KMedoids.cost(d, new int[] {a, b, c}));
          }
        }
      }
      assertThat(KMedoids.fit(d, 3, 30, seed).objective())
          .as("seed %d", seed)
          .isCloseTo(best, within(1e-9));
    }
  }
}
