package org.medmine.mining.predict;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression with an L2 penalty {@code lambda/2 · ||β||²} on the standardized coefficients (not the
 * intercept), fitted by Newton-Raphson (iteratively reweighted least squares; Hastie, Tibshirani and Friedman,
 * The Elements of Statistical Learning, §4.4.1). Features are mean-imputed and standardized on the training
 * rows, so a coefficient is the change in log-odds per standard deviation and {@code exp} of it an odds ratio
 * per standard deviation.
 *
 * @param imputer the training means and standard deviations
 * @param intercept the intercept on the standardized scale
 * @param beta the coefficients per standard deviation
 * @param lambda the penalty
 */
public record LogisticRegression(Imputer imputer, double intercept, double[] beta, double lambda) implements Classifier {
  private static final int MAX_ITER = 100;

  /** Fits the model; {@code y} holds 0 and 1. */
  public static LogisticRegression fit(double[][] x, int[] y, double lambda) {
    Imputer imp = Imputer.fit(x);
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    double[][] z = new double[n][];
    for (int i = 0; i < n; i++) {
      z[i] = imp.standardize(x[i]);
    }
    double[] w = new double[p + 1]; // w[0] intercept
    for (int iter = 0; iter < MAX_ITER; iter++) {
      double[] grad = new double[p + 1];
      double[][] hess = new double[p + 1][p + 1];
      for (int i = 0; i < n; i++) {
        double eta = w[0];
        for (int j = 0; j < p; j++) {
          eta += w[j + 1] * z[i][j];
        }
        double mu = sigmoid(eta);
        double r = y[i] - mu;
        double v = Math.max(mu * (1 - mu), 1e-10);
        grad[0] += r;
        hess[0][0] += v;
        for (int j = 0; j < p; j++) {
          grad[j + 1] += r * z[i][j];
          hess[0][j + 1] += v * z[i][j];
          for (int k = j; k < p; k++) {
            hess[j + 1][k + 1] += v * z[i][j] * z[i][k];
          }
        }
      }
      for (int j = 0; j <= p; j++) {
        for (int k = 0; k < j; k++) {
          hess[j][k] = hess[k][j];
        }
      }
      for (int j = 1; j <= p; j++) {
        grad[j] -= lambda * w[j];
        hess[j][j] += lambda;
      }
      for (int j = 0; j <= p; j++) {
        hess[j][j] += 1e-9; // keeps a constant column (coefficient 0) and a separable intercept solvable
      }
      RealMatrix h = new Array2DRowRealMatrix(hess, false);
      RealVector step = new LUDecomposition(h).getSolver().solve(new ArrayRealVector(grad, false));
      double change = 0;
      for (int j = 0; j <= p; j++) {
        w[j] += step.getEntry(j);
        change = Math.max(change, Math.abs(step.getEntry(j)));
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
