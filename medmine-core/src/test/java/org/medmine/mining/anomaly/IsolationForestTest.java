package org.medmine.mining.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The isolation forest and robust z-scores against hand-computed values. */
class IsolationForestTest {
  @Test
  void averagePathLengthFollowsTheFormulaOfLiuTingAndZhou() {
    assertThat(IsolationForest.averagePathLength(1)).isZero();
    assertThat(IsolationForest.averagePathLength(2)).isEqualTo(1);
    // c(256) = 2 (ln 255 + 0.5772) - 2 * 255/256 = 10.2448...
    assertThat(IsolationForest.averagePathLength(256))
        .isCloseTo(2 * (Math.log(255) + 0.5772156649) - 2 * 255.0 / 256, within(1e-9))
        .isCloseTo(10.2448, within(1e-3));
  }

  @Test
  void twoPointsAreSeparatedByTheFirstSplit() {
    // Any split between two distinct points isolates both at depth 1: every path length is exactly
    // 1.
    double[][] x = {{0, 0}, {1, 5}};
    IsolationForest f = IsolationForest.fit(x, 50, 256, 3);
    assertThat(f.meanPathLength(x[0])).isEqualTo(1);
    assertThat(f.meanPathLength(x[1])).isEqualTo(1);
    // Score = 2^(-1 / c(2)) = 0.5.
    assertThat(f.score(x[0])).isEqualTo(0.5);
  }

  @Test
  void identicalPointsStayInOneLeafOfDepthZero() {
    double[][] x = {{3, 3}, {3, 3}, {3, 3}, {3, 3}};
    IsolationForest f = IsolationForest.fit(x, 10, 256, 1);
    // No feature varies: the root is a leaf of 4 rows, path length c(4) = 2(ln 3 + γ) − 1.5.
    assertThat(f.meanPathLength(x[0]))
        .isCloseTo(2 * (Math.log(3) + 0.5772156649) - 1.5, within(1e-9));
  }

  @Test
  void aPlantedOutlierScoresHighestAndTheSameSeedGivesTheSameForest() {
    Random rnd = new Random(11);
    double[][] x = new double[300][3];
    for (double[] row : x) {
      for (int j = 0; j < 3; j++) {
        row[j] = rnd.nextGaussian();
      }
    }
    x[123] = new double[] {8, -7, 9};
    IsolationForest f = IsolationForest.fit(x, 200, 256, 5);
    double[] s = f.scores(x);
    int best = 0;
    for (int i = 1; i < s.length; i++) {
      best = s[i] > s[best] ? i : best;
    }
    assertThat(best).isEqualTo(123);
    assertThat(s[123]).isGreaterThan(0.7);
    assertThat(IsolationForest.fit(x, 200, 256, 5).scores(x)).containsExactly(s);
  }

  @Test
  void robustZUsesTheScaledMadAndFallsBackWhenMostPeersAreEqual() {
    RobustZ z = RobustZ.fit(new double[] {1, 2, 3, 4, 100}, 1e-9);
    // median 3, |dev| = 2,1,0,1,97 -> MAD 1 -> scale 1.4826
    assertThat(z.median()).isEqualTo(3);
    assertThat(z.z(100)).isCloseTo(97 / 1.4826, within(1e-9));
    RobustZ flat = RobustZ.fit(new double[] {0, 0, 0, 0, 0.5}, 1e-9);
    // MAD 0 -> 1.2533 * mean |dev| = 1.2533 * 0.1
    assertThat(flat.scale()).isCloseTo(0.12533, within(1e-9));
    assertThat(RobustZ.fit(new double[] {2, 2, 2}, 0.05).scale()).isEqualTo(0.05);
  }
}
