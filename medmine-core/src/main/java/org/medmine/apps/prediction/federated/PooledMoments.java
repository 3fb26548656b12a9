package org.medmine.apps.prediction.federated;

/**
 * The pooled training rows' size, outcomes and per-covariate mean and standard deviation, from the
 * sites' summed {@link LocalSums#moments}: the same mean imputation and standardization as {@link
 * org.medmine.mining.predict.Imputer} fitted on the pooled rows (a missing value counts as the
 * mean; the standard deviation divides by n - 1 and is 1 for a constant covariate).
 *
 * @param rows pooled training rows
 * @param outcomes of which with the outcome
 * @param mean per covariate
 * @param sd per covariate
 */
public record PooledMoments(long rows, long outcomes, double[] mean, double[] sd) {
  /** The moments of the summed {@code sums} of {@code p} covariates. */
  static PooledMoments of(double[] sums, int p) {
    long n = Math.round(sums[0]);
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int j = 0; j < p; j++) {
      double count = Math.round(sums[2 + 3 * j]);
      mean[j] = count == 0 ? 0 : sums[3 + 3 * j] / count;
      double squares = Math.max(0, sums[4 + 3 * j] - count * mean[j] * mean[j]);
      double s = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
      sd[j] = s > 1e-12 ? s : 1;
    }
    return new PooledMoments(n, Math.round(sums[1]), mean, sd);
  }

  /** The logistic model with these moments and {@code weights}. */
  LogisticModel model(double[] weights) {
    return new LogisticModel(mean, sd, weights);
  }
}
