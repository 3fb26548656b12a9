package org.medmine.mining.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Evaluation measures against values worked out by hand. */
class MetricsTest {
  private static final double[] RISK = {0.1, 0.4, 0.35, 0.8};
  private static final int[] Y = {0, 0, 1, 1};

  @Test
  void aurocAndItsDeLongIntervalMatchTheHandComputation() {
    // Positives 0.35, 0.8; negatives 0.1, 0.4: 3 of 4 pairs ordered. V10 = (0.5, 1), V01 = (1,
    // 0.5);
    // var = 0.125/2 + 0.125/2 = 0.125, so the half-width is 1.96 * 0.35355.
    Metrics.Auc auc = Metrics.auroc(RISK, Y);
    assertThat(auc.auc()).isCloseTo(0.75, within(1e-12));
    assertThat(auc.lower()).isCloseTo(0.75 - 1.959964 * Math.sqrt(0.125), within(1e-9));
    assertThat(auc.upper()).isEqualTo(1.0);
    Metrics.Auc single = Metrics.auroc(new double[] {0.9, 0.1, 0.2}, new int[] {1, 0, 0});
    assertThat(single.auc()).isEqualTo(1.0);
    assertThat(single.lower()).as("no interval from one outcome").isNaN();
  }

  @Test
  void sunAndXuMidranksGiveDeLongsPairwiseIntervalOnDataWithAndWithoutTies() {
    Random r = new Random(11);
    for (int set = 0; set < 12; set++) {
      int size = 5 + r.nextInt(set < 6 ? 40 : 3000);
      double[] risk = new double[size];
      int[] y = new int[size];
      for (int i = 0; i < size; i++) {
        y[i] = i < 2 ? 1 : i < 4 ? 0 : r.nextDouble() < 0.1 + 0.07 * set ? 1 : 0;
        double continuous = r.nextGaussian() + y[i];
        // Sets 1, 4, 7, ... round risks to one decimal, sets 2, 5, 8, ... to three levels: many
        // ties within and across the classes.
        risk[i] =
            set % 3 == 0
                ? continuous
                : set % 3 == 1 ? Math.round(continuous * 10) / 10.0 : r.nextInt(3) / 2.0;
      }
      Metrics.Auc fast = Metrics.auroc(risk, y);
      double[] pairwise = pairwiseDeLong(risk, y);
      assertThat(fast.auc()).as("set %d", set).isCloseTo(pairwise[0], within(1e-12));
      assertThat(fast.lower()).as("set %d", set).isCloseTo(pairwise[1], within(1e-12));
      assertThat(fast.upper()).as("set %d", set).isCloseTo(pairwise[2], within(1e-12));
    }
  }

  /** DeLong et al. (1988) over every positive-negative pair, the O(m·n) reference. */
  private static double[] pairwiseDeLong(double[] risk, int[] y) {
    java.util.List<Double> pos = new java.util.ArrayList<>();
    java.util.List<Double> neg = new java.util.ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      (y[i] == 1 ? pos : neg).add(risk[i]);
    }
    int m = pos.size();
    int n = neg.size();
    double[] v10 = new double[m];
    double[] v01 = new double[n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double psi = pos.get(i) > neg.get(j) ? 1 : pos.get(i).equals(neg.get(j)) ? 0.5 : 0;
        v10[i] += psi / n;
        v01[j] += psi / m;
      }
    }
    double auc = java.util.Arrays.stream(v10).average().orElseThrow();
    double var = sampleVariance(v10, auc) / m + sampleVariance(v01, auc) / n;
    double half = 1.959964 * Math.sqrt(var);
    return new double[] {auc, Math.max(0, auc - half), Math.min(1, auc + half)};
  }

  private static double sampleVariance(double[] v, double mean) {
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return s / (v.length - 1);
  }

  @Test
  void averagePrecisionBrierAndThresholdCounts() {
    // Ranked 0.8 (+), 0.4 (-), 0.35 (+), 0.1 (-): precision 1 at the first positive, 2/3 at the
    // second.
    assertThat(Metrics.auprc(RISK, Y)).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    assertThat(Metrics.brier(RISK, Y)).isCloseTo((0.01 + 0.16 + 0.4225 + 0.04) / 4, within(1e-12));
    Metrics.AtThreshold t = Metrics.atThreshold(RISK, Y, 0.3);
    assertThat(t.sensitivity()).isEqualTo(1.0);
    assertThat(t.specificity()).isEqualTo(0.5);
    assertThat(t.ppv()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Metrics.rocCurve(RISK, Y)).hasSize(5);
  }

  @Test
  void wellCalibratedRisksHaveSlopeOneAndInterceptZeroAndOverconfidentOnesASlopeBelowOne() {
    Random r = new Random(5);
    int n = 20000;
    double[] risk = new double[n];
    double[] overconfident = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double lp = 2 * r.nextGaussian() - 1;
      risk[i] = LogisticRegression.sigmoid(lp);
      overconfident[i] = LogisticRegression.sigmoid(2 * lp);
      y[i] = r.nextDouble() < risk[i] ? 1 : 0;
    }
    double[] cal = Metrics.calibration(risk, y);
    assertThat(cal[0]).isCloseTo(0, within(0.06));
    assertThat(cal[1]).isCloseTo(1, within(0.06));
    assertThat(Metrics.calibration(overconfident, y)[1]).isCloseTo(0.5, within(0.05));
    // Risks near zero for frequent outcomes: the intercept is large but finite (it once diverged to
    // 1e15).
    double[] tiny = new double[100];
    int[] mostly = new int[100];
    for (int i = 0; i < 100; i++) {
      tiny[i] = 1e-5 * (1 + i % 3);
      mostly[i] = i < 60 ? 1 : 0;
    }
    assertThat(Metrics.calibration(tiny, mostly)[0]).isBetween(5.0, 20.0);
    assertThat(Metrics.calibrationCurve(risk, y, 10))
        .hasSize(10)
        .allSatisfy(b -> assertThat(b[1]).isCloseTo(b[0], within(0.04)));
  }
}
