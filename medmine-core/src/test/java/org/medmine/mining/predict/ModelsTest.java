package org.medmine.mining.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three classifiers against cases whose answer is known. */
class ModelsTest {
  /**
   * One binary predictor: the unpenalized MLE reproduces the two group rates exactly (a closed
   * form).
   */
  @Test
  void logisticRegressionWithoutPenaltyRecoversTheGroupRates() {
    // x = 0: 3 of 10 positive; x = 1: 8 of 10 positive.
    double[][] x = new double[20][1];
    int[] y = new int[20];
    for (int i = 0; i < 20; i++) {
      x[i][0] = i < 10 ? 0 : 1;
      y[i] = (i < 10 ? i < 3 : i < 18) ? 1 : 0;
    }
    LogisticRegression m = LogisticRegression.fit(x, y, 0);
    double[] p = m.predict(new double[][] {{0}, {1}});
    assertThat(p[0]).isCloseTo(0.3, within(1e-6));
    assertThat(p[1]).isCloseTo(0.8, within(1e-6));
    double logOddsRatio = Math.log(0.8 / 0.2) - Math.log(0.3 / 0.7);
    assertThat(m.coefficientsPerUnit()[0]).isCloseTo(logOddsRatio, within(1e-6));
  }

  @Test
  void theL2PenaltyShrinksTheCoefficientAndSatisfiesItsScoreEquation() {
    Random r = new Random(7);
    double[][] x = new double[300][2];
    int[] y = new int[300];
    for (int i = 0; i < 300; i++) {
      x[i][0] = r.nextGaussian();
      x[i][1] = r.nextGaussian();
      y[i] = r.nextDouble() < LogisticRegression.sigmoid(1.5 * x[i][0] - 0.5) ? 1 : 0;
    }
    LogisticRegression free = LogisticRegression.fit(x, y, 0);
    LogisticRegression ridge = LogisticRegression.fit(x, y, 50);
    assertThat(Math.abs(ridge.beta()[0])).isLessThan(Math.abs(free.beta()[0]));
    assertThat(free.beta()[0]).isGreaterThan(1.0);
    // At the optimum: sum_i (y_i - p_i) z_ij = lambda * beta_j on the standardized scale.
    double[] p = ridge.predict(x);
    double score = 0;
    for (int i = 0; i < 300; i++) {
      score += (y[i] - p[i]) * ridge.imputer().standardize(x[i])[0];
    }
    assertThat(score).isCloseTo(50 * ridge.beta()[0], within(1e-6));
  }

  @Test
  void conjugateGradientNewtonStepsReachTheExactSolversOptimumOnManySparseCovariates() {
    Random r = new Random(11);
    int n = 400;
    int p = LogisticRegression.DENSE_MAX_COVARIATES + 50;
    double[][] x = new double[n][p];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = 40 + 15 * r.nextGaussian(); // an age-like continuous covariate
      x[i][1] = i % 7 == 0 ? Double.NaN : r.nextGaussian(); // a lab with missing values
      for (int j = 2; j < p; j++) {
        x[i][j] =
            r.nextDouble() < 0.03
                ? 1
                : 0; // rare indicators, as the condition and drug covariates are
      }
      y[i] =
          r.nextDouble() < LogisticRegression.sigmoid(0.04 * (x[i][0] - 40) + 1.2 * x[i][2] - 1)
              ? 1
              : 0;
    }
    for (double lambda : new double[] {0.1, 10}) {
      LogisticRegression exact = LogisticRegression.fit(x, y, lambda, true);
      LogisticRegression cg = LogisticRegression.fit(x, y, lambda, false);
      assertThat(cg.intercept()).isCloseTo(exact.intercept(), within(1e-7));
      assertThat(cg.beta()).containsExactly(exact.beta(), within(1e-7));
      double[] pr = cg.predict(x);
      double score = 0;
      for (int i = 0; i < n; i++) {
        score += (y[i] - pr[i]) * cg.imputer().standardize(x[i])[2];
      }
      assertThat(score)
          .as("score equation at lambda %s", lambda)
          .isCloseTo(lambda * cg.beta()[2], within(1e-6));
    }
    assertThat(LogisticRegression.fit(x, y, 10).beta())
        .as("the public fit takes the CG path here")
        .containsExactly(LogisticRegression.fit(x, y, 10, false).beta(), within(0.0));
  }

  @Test
  void aDepthOneTreeFindsTheThresholdAndPrintsItAsRules() {
    double[][] x = new double[40][2];
    int[] y = new int[40];
    Random r = new Random(3);
    for (int i = 0; i < 40; i++) {
      x[i][0] = i;
      x[i][1] = r.nextDouble();
      y[i] = i >= 25 ? 1 : 0;
    }
    DecisionTree t = DecisionTree.fit(x, y, 3, 2);
    assertThat(t.predict(new double[][] {{10, 0.5}, {30, 0.5}})).containsExactly(0.0, 1.0);
    List<String> rules = t.rules(List.of("age", "noise"));
    assertThat(rules)
        .containsExactly(
            "IF age <= 24.5 THEN risk 0.00 (n = 25)", "IF age > 24.5 THEN risk 1.00 (n = 15)");
  }

  @Test
  void boostedTreesLearnSaveLoadAndTheirShapValuesAddUpToTheLogOdds() {
    Random r = new Random(11);
    double[][] x = new double[400][3];
    int[] y = new int[400];
    for (int i = 0; i < 400; i++) {
      x[i][0] = r.nextGaussian();
      x[i][1] = r.nextGaussian();
      x[i][2] = i % 7 == 0 ? Double.NaN : r.nextGaussian();
      y[i] = x[i][0] + 0.5 * x[i][1] + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
    }
    BoostedTrees m = BoostedTrees.fit(x, y, new BoostedTrees.Params(50, 3, 0.3, 1, 42));
    double[] p = m.predict(x);
    assertThat(Metrics.auroc(p, y).auc()).isGreaterThan(0.95);
    double[][] shap = m.contributions(x);
    assertThat(shap[0]).hasSize(4);
    for (int i = 0; i < 20; i++) {
      double sum = 0;
      for (double v : shap[i]) {
        sum += v;
      }
      assertThat(LogisticRegression.sigmoid(sum)).isCloseTo(p[i], within(1e-4));
    }
    double meanAbs0 = 0;
    double meanAbs2 = 0;
    for (double[] s : shap) {
      meanAbs0 += Math.abs(s[0]);
      meanAbs2 += Math.abs(s[2]);
    }
    assertThat(meanAbs0)
        .as("the informative feature matters more than noise")
        .isGreaterThan(3 * meanAbs2);
    BoostedTrees loaded = BoostedTrees.load(m.toBytes(), 3);
    assertThat(loaded.predict(x)).containsExactly(p, within(1e-7));
    assertThat(BoostedTrees.fit(x, y, new BoostedTrees.Params(50, 3, 0.3, 1, 42)).predict(x))
        .as("seeded")
        .containsExactly(p, within(0.0));
  }

  @Test
  void ridgeRegressionRecoversAnExactLineAndShrinksWithItsPenalty() {
    double[][] x = new double[50][1];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i][0] = i;
      y[i] = 2 * i + 1;
    }
    RidgeRegression exact = RidgeRegression.fit(x, y, 0);
    assertThat(exact.predict(new double[][] {{100}})[0]).isCloseTo(201, within(1e-6));
    double[] m = Metrics.regression(exact.predict(x), y);
    assertThat(m[0]).isCloseTo(0, within(1e-6));
    assertThat(m[2]).isCloseTo(1, within(1e-9));
    RidgeRegression shrunk =
        RidgeRegression.fit(
            x, y, 49); // beta = sum(z*y') / (sum(z^2) + 49) = half of the exact slope
    assertThat(shrunk.beta()[0]).isCloseTo(exact.beta()[0] / 2, within(1e-6));
    BoostedTrees trees =
        BoostedTrees.fitRegression(x, y, new BoostedTrees.Params(200, 3, 0.3, 1, 1));
    assertThat(Metrics.regression(trees.predict(x), y)[2]).isGreaterThan(0.99);
  }
}
