package org.medmine.mining.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * HDBSCAN* on hand-checked line cases (excess of mass both ways), planted blobs with noise, and
 * rings.
 */
class HdbscanTest {
  /** Five points 0.1 apart from {@code start}. */
  static double[] five(double start) {
    return new double[] {start, start + 0.1, start + 0.2, start + 0.3, start + 0.4};
  }

  static double[][] line(double[]... groups) {
    return java.util.Arrays.stream(groups)
        .flatMapToDouble(java.util.Arrays::stream)
        .mapToObj(v -> new double[] {v})
        .toArray(double[][]::new);
  }

  @Test
  void aWideGapSplitsTheNearGroupsAndTheOutlierIsNoise() {
    // P = 0..0.4, Q = 1.4..1.8 (gap 1.0), R = 10..10.4, outlier 30. With minClusterSize 5 the tree
    // splits
    // {P,Q,R} at 8.2 into {P,Q} and R, then {P,Q} at 1.0 into P and Q. Stabilities (λ = 1/distance,
    // points
    // leave P and Q at λ = 10 for core distance 0.1, or 5 for 0.2): children 5·(10 − 1) each = 90 >
    // parent
    // 10·(1 − 1/8.2) = 8.8 (or 2·5·(5 − 1) = 40 > 8.8), so P and Q are selected; the outlier is
    // noise.
    double[][] x = line(five(0), five(1.4), five(10), new double[] {30});
    Clustering c = Hdbscan.fit(x, 5, 2, Hdbscan.Metric.EUCLIDEAN);
    int[] truth = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, -1};
    assertThat(c.k()).isEqualTo(3);
    assertThat(c.noise()).isEqualTo(1);
    assertThat(c.labels()[15]).isEqualTo(-1);
    assertThat(AdjustedRand.index(truth, c.labels())).isEqualTo(1.0);
  }

  @Test
  void aNarrowGapKeepsTheParentClusterByExcessOfMass() {
    // Same, but the gap between P and Q is 0.15: if it splits at all (core distance 0.1), the
    // children's
    // stability 2·5·(10 − 6.67) = 33 is below the parent's 10·(6.67 − 1/8.45) = 65, so {P,Q} is one
    // cluster.
    double[][] x = line(five(0), five(0.55), five(10), new double[] {30});
    Clustering c = Hdbscan.fit(x, 5, 2, Hdbscan.Metric.EUCLIDEAN);
    int[] truth = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1};
    assertThat(c.k()).isEqualTo(2);
    assertThat(AdjustedRand.index(truth, c.labels())).isEqualTo(1.0);
  }

  @Test
  void plantedBlobsOfDifferentDensityAreFoundAndScatteredPointsAreNoise() {
    Random rnd = new Random(17);
    int[] truth = new int[330];
    double[][] x = new double[330][];
    double[][] centres = {{0, 0}, {12, 0}, {0, 12}};
    double[] spread = {0.3, 0.8, 0.5};
    for (int i = 0; i < 300; i++) {
      int c = i % 3;
      x[i] =
          new double[] {
            centres[c][0] + spread[c] * rnd.nextGaussian(),
            centres[c][1] + spread[c] * rnd.nextGaussian()
          };
      truth[i] = c;
    }
    for (int i = 300; i < 330; i++) {
      x[i] = new double[] {-8 + 28 * rnd.nextDouble(), -8 + 28 * rnd.nextDouble()};
      truth[i] = -1;
    }
    Clustering c = Hdbscan.fit(x, 25, 5, Hdbscan.Metric.EUCLIDEAN);
    assertThat(c.k()).as(java.util.Arrays.toString(c.sizes())).isEqualTo(3);
    // HDBSCAN* gives a selected cluster the points that fell out of it (Campello et al. 2013), so
    // scattered
    // points in a blob's reach join it; the rest are noise, and no blob point is.
    int noise = 0;
    for (int i = 300; i < 330; i++) {
      noise += c.labels()[i] < 0 ? 1 : 0;
    }
    assertThat(noise).as("scattered points labelled noise").isGreaterThanOrEqualTo(15);
    for (int i = 0; i < 300; i++) {
      assertThat(c.labels()[i]).as("blob point %d", i).isNotNegative();
    }
    assertThat(AdjustedRand.index(truth, c.labels())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void concentricRingsThatDefeatKMeansAreSeparated() {
    Random rnd = new Random(5);
    int n = 400;
    double[][] x = new double[n][];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      int ring = i % 2;
      double r = (ring == 0 ? 1 : 4) + 0.1 * rnd.nextGaussian();
      double a = 2 * Math.PI * rnd.nextDouble();
      x[i] = new double[] {r * Math.cos(a), r * Math.sin(a)};
      truth[i] = ring;
    }
    Clustering h = Hdbscan.fit(x, 20, 5, Hdbscan.Metric.EUCLIDEAN);
    assertThat(AdjustedRand.index(truth, h.labels())).isGreaterThanOrEqualTo(0.9);
    assertThat(AdjustedRand.index(truth, KMeans.fit(x, 2, 5, 42).labels())).isLessThan(0.5);
  }

  @Test
  void gowerEmbeddingMakesManhattanDistanceGowersDistance() {
    Random rnd = new Random(3);
    double[][] x = new double[40][4];
    for (double[] row : x) {
      row[0] = 50 * rnd.nextDouble();
      row[1] = rnd.nextInt(5);
      row[2] = rnd.nextGaussian();
      row[3] = rnd.nextInt(2);
    }
    GowerDistance g = GowerDistance.fit(x, new boolean[] {false, true, false, true});
    double[][] d = Hdbscan.manhattan(g.embed(x));
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        assertThat(d[i][j])
            .isCloseTo(g.compute(x[i], x[j]), org.assertj.core.api.Assertions.within(1e-12));
      }
    }
  }
}
