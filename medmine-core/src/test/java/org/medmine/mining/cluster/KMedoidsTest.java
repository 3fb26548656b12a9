package org.medmine.mining.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.junit.jupiter.api.Test;

/**
 * FasterPAM against PAM's swap phase and an exhaustive search, and CLARA against k-medoids on the
 * whole distance matrix.
 */
class KMedoidsTest {
  private static double[][] uniform(int n, long seed) {
    Random rnd = new Random(seed);
    double[][] x = new double[n][2];
    for (double[] row : x) {
      row[0] = rnd.nextDouble() * 10;
      row[1] = rnd.nextDouble() * 10;
    }
    return x;
  }

  @Test
  void fasterPamFindsTheExhaustiveOptimumOnSmallData() {
    for (int seed = 1; seed <= 6; seed++) {
      double[][] d = Silhouette.euclidean(uniform(30, seed));
      double optimum = Double.POSITIVE_INFINITY;
      for (int a = 0; a < 30; a++) {
        for (int b = a + 1; b < 30; b++) {
          for (int c = b + 1; c < 30; c++) {
            optimum = Math.min(optimum, KMedoids.cost(d, new int[] {a, b, c}));
          }
        }
      }
      assertThat(KMedoids.fit(d, 3, 10, seed).objective())
          .as("seed %d", seed)
          .isCloseTo(optimum, within(1e-9));
    }
  }

  @Test
  void fasterPamCostsInTotalNoMoreThanTheFormerPamAndEachTimeWithinOnePercent() {
    // Both end in local optima of the same swap neighbourhood, reached by different paths: one may
    // beat the other on a given data set, so the claim is about the total over many.
    double faster = 0;
    double former = 0;
    for (int seed = 1; seed <= 40; seed++) {
      double[][] d = Silhouette.euclidean(uniform(30 + seed % 3 * 20, seed));
      for (int k = 2; k <= 6; k++) {
        double f = KMedoids.fit(d, k, 10, seed).objective();
        double o = FormerPamReference.fit(d, k, 10, seed).objective();
        assertThat(f).as("seed %d k %d", seed, k).isLessThan(o * 1.01);
        faster += f;
        former += o;
      }
    }
    assertThat(faster).isLessThanOrEqualTo(former);
  }

  @Test
  void everyFasterPamRunEndsWhereNoSingleSwapLowersTheCost() {
    for (int seed = 1; seed <= 8; seed++) {
      double[][] d = Silhouette.euclidean(uniform(50, 100 + seed));
      int k = 2 + seed % 4;
      int[] medoids = KMedoids.medoids(d, k, 1, new java.util.SplittableRandom(seed));
      double cost = KMedoids.cost(d, medoids);
      for (int c = 0; c < k; c++) {
        for (int x = 0; x < d.length; x++) {
          int[] swapped = medoids.clone();
          swapped[c] = x;
          assertThat(KMedoids.cost(d, swapped))
              .as("seed %d: swap medoid %d for point %d", seed, c, x)
              .isGreaterThanOrEqualTo(cost - 1e-9);
        }
      }
    }
  }

  @Test
  void claraOnSamplesComesWithinOnePercentOfKMedoidsOnTheWholeMatrix() {
    int[] truth = new int[1500];
    double[][] x =
        ClusteringTest.blobs(
            new int[] {700, 500, 300}, new double[][] {{0, 0}, {4, 0}, {2, 4}}, 1.2, 9, truth);
    Clustering whole = KMedoids.fit(Silhouette.euclidean(x), 3, 2, 1);
    Clustering clara = Clara.fit(x, new EuclideanDistance(), 3, 5, 200, 1);
    assertThat(clara.objective()).isLessThan(whole.objective() * 1.01);
    assertThat(AdjustedRand.index(whole.labels(), clara.labels())).isGreaterThan(0.9);
    // The silhouette is estimated on 200 of the 1,500 points: within about three standard errors.
    assertThat(clara.silhouette())
        .isCloseTo(Silhouette.mean(Silhouette.euclidean(x), clara.labels()), within(0.06));
  }

  @Test
  void aSilhouetteSampleAsLargeAsTheDataIsTheExactSilhouette() {
    int[] truth = new int[300];
    double[][] x =
        ClusteringTest.blobs(new int[] {150, 150}, new double[][] {{0, 0}, {3, 3}}, 1, 4, truth);
    SilhouetteSample all = SilhouetteSample.of(x, new EuclideanDistance(), 300, 7);
    assertThat(all.size()).isEqualTo(300);
    assertThat(all.mean(truth)).isEqualTo(Silhouette.mean(Silhouette.euclidean(x), truth));
    assertThat(SilhouetteSample.of(x, new EuclideanDistance(), 100, 7).size()).isEqualTo(100);
  }
}
