package org.medmine.apps.prediction.federated;

import java.util.SplittableRandom;

/**
 * A site's part of federated averaging ({@link AveragingSettings}): gradient steps from the
 * coordinator's model on the site's share of the pooled objective, {@code (1/n_site) sum of the
 * site's log-losses + lambda/(2 N) ||beta||^2} (the intercept unpenalized), and, for differential
 * privacy, the change clipped to its norm bound with the site's share of the Gaussian noise.
 */
final class LocalAveraging {
  /** The penalty of the pooled objective (the same lambda as the federated Newton fit). */
  static final double LAMBDA = FederatedNewton.LAMBDA;

  private LocalAveraging() {}

  /** The change of the weights after the local steps. */
  static double[] change(
      double[][] x, int[] y, LogisticModel model, AveragingSettings s, long pooledRows) {
    double[] w = model.weights().clone();
    int q = w.length;
    double[] z = new double[q];
    for (int step = 0; step < s.localSteps(); step++) {
      LogisticModel at = new LogisticModel(model.mean(), model.sd(), w);
      double[] grad = new double[q];
      for (int i = 0; i < x.length; i++) {
        z[0] = 1;
        for (int j = 1; j < q; j++) {
          z[j] = at.standardized(x[i], j - 1);
        }
        double r = at.risk(x[i]) - y[i];
        for (int j = 0; j < q; j++) {
          grad[j] += r * z[j] / x.length;
        }
      }
      for (int j = 0; j < q; j++) {
        w[j] -= s.learningRate() * (grad[j] + (j == 0 ? 0 : LAMBDA * w[j] / pooledRows));
      }
    }
    double[] change = new double[q];
    for (int j = 0; j < q; j++) {
      change[j] = w[j] - model.weights()[j];
    }
    return change;
  }

  /** {@code change} clipped to the norm bound plus this site's share of the noise. */
  static double[] clipAndNoise(double[] change, DifferentialPrivacy dp, int sites, long seed) {
    double norm = 0;
    for (double v : change) {
      norm += v * v;
    }
    double scale = Math.min(1, dp.clipNorm() / Math.max(Math.sqrt(norm), 1e-300));
    double sd = dp.noiseMultiplier() * dp.clipNorm() / Math.sqrt(sites);
    SplittableRandom random = new SplittableRandom(seed);
    double[] out = new double[change.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = change[j] * scale + sd * gaussian(random);
    }
    return out;
  }

  private static double gaussian(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
