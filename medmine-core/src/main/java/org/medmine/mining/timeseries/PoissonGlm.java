package org.medmine.mining.timeseries;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A quasi-Poisson generalised linear model with log link and prior weights, fitted by iteratively
 * reweighted least squares exactly as R's {@code glm(..., family = quasipoisson)} does (start at mu
 * = y + 0.1, stop when the relative change in deviance is below 1e-8, at most 25 iterations). The
 * dispersion is Pearson's chi-square over the residual degrees of freedom, as {@code summary.glm}
 * reports it. The fit also carries the sum of prior-weighted squared working residuals over the
 * degrees of freedom: that is what {@code summary.glm} computes when a model's working weights have
 * been replaced by its prior weights, as R's surveillance package does after down-weighting (see
 * {@link FarringtonFlexibleDetector}).
 */
final class PoissonGlm {
  static final int MAX_ITERATIONS = 25;
  static final double EPSILON = 1e-8;

  /** A fitted model. */
  record Fit(
      double[] beta,
      double[][] covUnscaled,
      double[] mu,
      double[] hat,
      double dispersion,
      double workingScaleDispersion,
      int dfResidual,
      boolean converged) {

    double eta(double[] x) {
      double e = 0;
      for (int i = 0; i < x.length; i++) {
        e += x[i] * beta[i];
      }
      return e;
    }

    /** Standard error of the linear predictor at x, with the given dispersion. */
    double seEta(double[] x, double dispersion) {
      double v = 0;
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          v += x[i] * covUnscaled[i][j] * x[j];
        }
      }
      return Math.sqrt(v * dispersion);
    }

    /**
     * Two-sided p-value of coefficient i (t test on dfResidual degrees of freedom, as summary.glm).
     */
    double pValue(int i, double dispersion) {
      double se = Math.sqrt(covUnscaled[i][i] * dispersion);
      double t = beta[i] / se;
      if (dfResidual <= 0 || Double.isNaN(t)) {
        return Double.NaN;
      }
      return 2 * new TDistribution(null, dfResidual).cumulativeProbability(-Math.abs(t));
    }
  }

  private PoissonGlm() {}

  /** Fits y ~ X (X includes the intercept column) with prior weights w (null for all ones). */
  static Fit fit(double[][] x, double[] y, double[] w) {
    try {
      return irls(x, y, w);
    } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
      // Aliased columns or a degenerate response: report no convergence, as R's callers treat a
      // failed fit.
      int p = x[0].length;
      double[] nan = new double[p];
      java.util.Arrays.fill(nan, Double.NaN);
      return new Fit(
          nan,
          new double[p][p],
          new double[y.length],
          new double[y.length],
          Double.NaN,
          Double.NaN,
          y.length - p,
          false);
    }
  }

  /** Which columns of X have a non-zero value in some row. */
  static boolean[] nonZeroColumns(double[][] x) {
    boolean[] keep = new boolean[x[0].length];
    for (double[] row : x) {
      for (int c = 0; c < row.length; c++) {
        keep[c] |= row[c] != 0;
      }
    }
    return keep;
  }

  /** The kept entries of a row. */
  static double[] columns(double[] row, boolean[] keep) {
    int n = 0;
    for (boolean k : keep) {
      n += k ? 1 : 0;
    }
    double[] out = new double[n];
    for (int c = 0, j = 0; c < row.length; c++) {
      if (keep[c]) {
        out[j++] = row[c];
      }
    }
    return out;
  }

  private static Fit irls(double[][] x, double[] y, double[] w) {
    int n = y.length;
    double[] prior = w != null ? w : ones(n);
    double[] mu = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = y[i] + 0.1;
      eta[i] = Math.log(mu[i]);
    }
    double devOld = deviance(y, mu, prior);
    boolean converged = false;
    double[] beta = new double[x[0].length];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      beta = weightedLeastSquares(x, y, prior, mu, eta);
      for (int i = 0; i < n; i++) {
        eta[i] = 0;
        for (int a = 0; a < beta.length; a++) {
          eta[i] += x[i][a] * beta[a];
        }
        mu[i] = Math.exp(eta[i]);
      }
      double dev = deviance(y, mu, prior);
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devOld = dev;
    }
    return finalFit(x, y, prior, mu, beta, converged);
  }

  /**
   * One IRLS step: the coefficients of the working response z regressed on X with working weights
   * prior·mu.
   */
  private static double[] weightedLeastSquares(
      double[][] x, double[] y, double[] prior, double[] mu, double[] eta) {
    int p = x[0].length;
    RealMatrix xtwx = new Array2DRowRealMatrix(p, p);
    RealVector xtwz = new ArrayRealVector(p);
    for (int i = 0; i < y.length; i++) {
      double wi = prior[i] * mu[i];
      double zi = eta[i] + (y[i] - mu[i]) / mu[i];
      for (int a = 0; a < p; a++) {
        xtwz.addToEntry(a, x[i][a] * wi * zi);
        for (int b = 0; b < p; b++) {
          xtwx.addToEntry(a, b, x[i][a] * wi * x[i][b]);
        }
      }
    }
    return new LUDecomposition(xtwx, 1e-300).getSolver().getInverse().operate(xtwz).toArray();
  }

  /**
   * The fit at the final mu. R computes the covariance and hat values from the weights of the last
   * iteration's working fit; at convergence these equal the weights at the final mu to within the
   * tolerance.
   */
  private static Fit finalFit(
      double[][] x, double[] y, double[] prior, double[] mu, double[] beta, boolean converged) {
    int n = y.length;
    int p = x[0].length;
    RealMatrix xtwx = new Array2DRowRealMatrix(p, p);
    for (int i = 0; i < n; i++) {
      double wi = prior[i] * mu[i];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          xtwx.addToEntry(a, b, x[i][a] * wi * x[i][b]);
        }
      }
    }
    RealMatrix xtwxInv = new LUDecomposition(xtwx, 1e-300).getSolver().getInverse();
    double[] hat = new double[n];
    double pearson = 0;
    double workingScale = 0;
    for (int i = 0; i < n; i++) {
      RealVector xi = new ArrayRealVector(x[i]);
      hat[i] = prior[i] * mu[i] * xi.dotProduct(xtwxInv.operate(xi));
      pearson += prior[i] * (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
      workingScale += prior[i] * (y[i] - mu[i]) * (y[i] - mu[i]) / (mu[i] * mu[i]);
    }
    int df = n - p;
    double dispersion = df > 0 ? pearson / df : Double.NaN;
    return new Fit(
        beta,
        xtwxInv.getData(),
        mu,
        hat,
        dispersion,
        df > 0 ? workingScale / df : Double.NaN,
        df,
        converged);
  }

  static double deviance(double[] y, double[] mu, double[] w) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      d += 2 * w[i] * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
    }
    return d;
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    java.util.Arrays.fill(o, 1);
    return o;
  }
}
