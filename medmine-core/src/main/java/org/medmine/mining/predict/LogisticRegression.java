package org.medmine.mining.predict;

/**
 * Logistic regression with an L2 penalty {@code lambda/2 · ||β||²} on the standardized coefficients
 * (not the intercept), fitted by Newton-Raphson (iteratively reweighted least squares; Hastie,
 * Tibshirani and Friedman, The Elements of Statistical Learning, §4.4.1). Features are mean-imputed
 * and standardized on the training rows, so a coefficient is the change in log-odds per standard
 * deviation and {@code exp} of it an odds ratio per standard deviation.
 *
 * @param imputer the training means and standard deviations
 * @param intercept the intercept on the standardized scale
 * @param beta the coefficients per standard deviation
 * @param lambda the penalty
 */
public record LogisticRegression(Imputer imputer, double intercept, double[] beta, double lambda)
    implements Classifier {
  private static final int MAX_ITER = 100;

  /** Up to this many covariates the Newton step is solved exactly on the dense Hessian. */
  static final int DENSE_MAX_COVARIATES = 200;

  /**
   * Fits the model; {@code y} holds 0 and 1. Sums run over each row's non-zero filled-in values and
   * are centred and scaled afterwards (see {@link LogisticNewton}): indicator covariates are mostly
   * 0. Up to {@value #DENSE_MAX_COVARIATES} covariates each Newton step is solved exactly; beyond,
   * by conjugate gradients.
   */
  public static LogisticRegression fit(double[][] x, int[] y, double lambda) {
    return fit(x, y, lambda, x.length == 0 || x[0].length <= DENSE_MAX_COVARIATES);
  }

  /**
   * Fits with the Newton step solved either exactly on the dense Hessian (LU, cost p³ per step) or
   * by preconditioned conjugate gradients on Hessian-vector products (truncated Newton, as
   * scikit-learn's {@code newton-cg}; cost a few passes over the non-zeros per step). Both reach
   * the same optimum.
   */
  static LogisticRegression fit(double[][] x, int[] y, double lambda, boolean dense) {
    Imputer imp = Imputer.fit(x);
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    double[] m = imp.mean();
    double[] sd = imp.sd();
    int[][] col = new int[n][];
    double[][] val = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] f = imp.fill(x[i]);
      int nz = 0;
      for (double v : f) {
        nz += v != 0 ? 1 : 0;
      }
      col[i] = new int[nz];
      val[i] = new double[nz];
      for (int j = 0, t = 0; j < p; j++) {
        if (f[j] != 0) {
          col[i][t] = j;
          val[i][t++] = f[j];
        }
      }
    }
    LogisticNewton data = new LogisticNewton(col, val, y, m, sd, lambda);
    double[] w = new double[p + 1]; // w[0] intercept, w[1..p] per standard deviation
    for (int iter = 0; iter < MAX_ITER; iter++) {
      double[] step = dense ? data.denseStep(w) : data.conjugateGradientStep(w);
      double change = 0;
      for (int j = 0; j <= p; j++) {
        w[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] beta = new double[p];
    System.arraycopy(w, 1, beta, 0, p);
    return new LogisticRegression(imp, w[0], beta, lambda);
  }

  static double sigmoid(double eta) {
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  }

  @Override
  public double[] predict(double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] z = imputer.standardize(x[i]);
      double eta = intercept;
      for (int j = 0; j < beta.length; j++) {
        eta += beta[j] * z[j];
      }
      out[i] = sigmoid(eta);
    }
    return out;
  }

  /** The odds ratio per standard deviation of each feature. */
  public double[] oddsRatiosPerSd() {
    double[] or = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      or[j] = Math.exp(beta[j]);
    }
    return or;
  }

  /** The coefficients per unit of each feature (original scale). */
  public double[] coefficientsPerUnit() {
    double[] out = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      out[j] = beta[j] / imputer.sd()[j];
    }
    return out;
  }
}
