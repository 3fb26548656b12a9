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

  /**
   * Fits the model; {@code y} holds 0 and 1. The Newton sums run over each row's non-zero filled-in values and
   * are centred and scaled afterwards (sum v·z_j·z_k = (S_jk - m_j S_k - m_k S_j + m_j m_k S) / (s_j s_k)), so a
   * step costs the square of a row's non-zeros rather than of all covariates: indicator covariates are mostly 0.
   */
  public static LogisticRegression fit(double[][] x, int[] y, double lambda) {
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
    double[] w = new double[p + 1]; // w[0] intercept, w[1..p] per standard deviation
    for (int iter = 0; iter < MAX_ITER; iter++) {
      double[] u = new double[p]; // the coefficients on the unscaled, filled-in values
      double c = w[0];
      for (int j = 0; j < p; j++) {
        u[j] = w[j + 1] / sd[j];
        c -= u[j] * m[j];
      }
      double s0 = 0;
      double r0 = 0;
      double[] s1 = new double[p];
      double[] r1 = new double[p];
      double[][] s2 = new double[p][p];
      for (int i = 0; i < n; i++) {
        int[] ci = col[i];
        double[] vi = val[i];
        double eta = c;
        for (int t = 0; t < ci.length; t++) {
          eta += u[ci[t]] * vi[t];
        }
        double mu = sigmoid(eta);
        double r = y[i] - mu;
        double v = Math.max(mu * (1 - mu), 1e-10);
        s0 += v;
        r0 += r;
        for (int t = 0; t < ci.length; t++) {
          int j = ci[t];
          double vx = v * vi[t];
          s1[j] += vx;
          r1[j] += r * vi[t];
          double[] row = s2[j];
          for (int t2 = t; t2 < ci.length; t2++) {
            row[ci[t2]] += vx * vi[t2];
          }
        }
      }
      double[] grad = new double[p + 1];
      double[][] hess = new double[p + 1][p + 1];
      grad[0] = r0;
      hess[0][0] = s0;
      for (int j = 0; j < p; j++) {
        grad[j + 1] = (r1[j] - m[j] * r0) / sd[j];
        hess[0][j + 1] = (s1[j] - m[j] * s0) / sd[j];
        for (int k = j; k < p; k++) {
          hess[j + 1][k + 1] = (s2[j][k] - m[j] * s1[k] - m[k] * s1[j] + m[j] * m[k] * s0) / (sd[j] * sd[k]);
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
