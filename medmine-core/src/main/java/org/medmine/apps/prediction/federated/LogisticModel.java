package org.medmine.apps.prediction.federated;

/**
 * A logistic regression as the coordinator sends it to the sites: the pooled means and standard
 * deviations that impute and standardize each covariate (those of {@link
 * org.medmine.mining.predict.Imputer}, computed from summed moments), the intercept and the
 * coefficients per standard deviation.
 *
 * @param mean the pooled training mean of each covariate (a missing value is imputed with it)
 * @param sd the pooled training standard deviation of each covariate (1 when constant)
 * @param weights the intercept, then one coefficient per covariate
 */
public record LogisticModel(double[] mean, double[] sd, double[] weights) implements RiskModel {
  /** The standardized value of covariate {@code j} of {@code row} (mean-imputed). */
  public double standardized(double[] row, int j) {
    double v = Double.isNaN(row[j]) ? mean[j] : row[j];
    return (v - mean[j]) / sd[j];
  }

  /** The linear predictor (log-odds) of one row. */
  public double margin(double[] row) {
    double eta = weights[0];
    for (int j = 0; j < mean.length; j++) {
      eta += weights[j + 1] * standardized(row, j);
    }
    return eta;
  }

  /** The predicted risk of one row. */
  @Override
  public double risk(double[] row) {
    return sigmoid(margin(row));
  }

  static double sigmoid(double eta) {
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  }
}
