package org.medmine.mining.timeseries;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.special.Gamma;

/**
 * A negative-binomial regression with log link (variance mu + mu²/theta) and prior weights, fitted
 * as R's {@code MASS::glm.nb} fits it (Venables and Ripley 2002, §7.4): a Poisson fit first, then
 * alternate iteratively reweighted least squares at fixed theta with a Newton maximisation of the
 * likelihood in theta ({@code theta.ml}) until the log-likelihood and theta settle (tolerance 1e-8,
 * at most 25 rounds). Used for the in-control models of {@link GlrNegativeBinomialDetector} and
 * {@link NegativeBinomialRegressionDetector}.
 */
final class NegativeBinomialGlm {
  private static final int MAX_ITERATIONS = 25;
  private static final double EPSILON = 1e-8;

  /**
   * theta above this is treated as Poisson (R's glm.nb then warns that theta iterations hit the
   * limit).
   */
  static final double MAX_THETA = 1e6;

  /**
   * A fitted model.
   *
   * @param beta coefficients
   * @param covUnscaled (X'WX)^-1 at the fit: the covariance of beta (the dispersion of a negative
   *     binomial is 1)
   * @param mu fitted means
   * @param theta the negative-binomial size (MAX_THETA when the data show no overdispersion)
   * @param converged whether both the regression and theta converged
   */
  record Fit(double[] beta, double[][] covUnscaled, double[] mu, double theta, boolean converged) {
    double eta(double[] x) {
      double e = 0;
      for (int i = 0; i < x.length; i++) {
        e += x[i] * beta[i];
      }
      return e;
    }

    /** Standard error of the linear predictor at x. */
    double seEta(double[] x) {
      double v = 0;
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          v += x[i] * covUnscaled[i][j] * x[j];
        }
      }
      return Math.sqrt(Math.max(v, 0));
    }
  }

  private NegativeBinomialGlm() {}

  /**
   * Fits y ~ X (X holds the intercept column) with prior weights w (null for ones); null when
   * singular.
   */
  static Fit fit(double[][] x, double[] y, double[] w) {
    double[] prior = w != null ? w : ones(y.length);
    try {
      double[] eta = irls(x, y, prior, Double.POSITIVE_INFINITY, null);
      double[] mu = exp(eta);
      double theta = thetaMl(y, mu, prior);
      double logLik = logLikelihood(y, mu, theta, prior);
      boolean converged = false;
      double delta = 1;
      int df = Math.max(1, y.length - x[0].length);
      for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
        eta = irls(x, y, prior, theta, eta);
        mu = exp(eta);
        double previousTheta = theta;
        theta = thetaMl(y, mu, prior);
        delta = previousTheta - theta;
        double previousLogLik = logLik;
        logLik = logLikelihood(y, mu, theta, prior);
        if (Math.abs(previousLogLik - logLik) / Math.sqrt(2.0 * df) + Math.abs(delta) < EPSILON
            || theta >= MAX_THETA) {
          converged = true;
          break;
        }
      }
      double[][] cov = inverse(crossProduct(x, workingWeights(mu, theta, prior)));
      return new Fit(solve(x, y, prior, theta, eta), cov, mu, theta, converged);
    } catch (SingularMatrixException e) {
      return null;
    }
  }

  /** theta by Newton's method on its score, as MASS::theta.ml (start: the moment estimate). */
  static double thetaMl(double[] y, double[] mu, double[] w) {
    double n = 0;
    double moment = 0;
    for (int i = 0; i < y.length; i++) {
      n += w[i];
      moment += w[i] * (y[i] / mu[i] - 1) * (y[i] / mu[i] - 1);
    }
    double t = moment > 0 ? n / moment : MAX_THETA;
    double tolerance = Math.pow(Math.ulp(1.0), 0.25);
    for (int iter = 0; iter < MAX_ITERATIONS && t < MAX_THETA; iter++) {
      t = Math.abs(t);
      double score = 0;
      double info = 0;
      for (int i = 0; i < y.length; i++) {
        double[] d = gammaDifferences(t, y[i]);
        score += w[i] * (d[0] + Math.log(t) + 1 - Math.log(t + mu[i]) - (y[i] + t) / (mu[i] + t));
        info += w[i] * (d[1] - 1 / t + 2 / (mu[i] + t) - (y[i] + t) / ((mu[i] + t) * (mu[i] + t)));
      }
      double step = score / info;
      t += step;
      if (Math.abs(step) <= tolerance) {
        break;
      }
    }
    return t <= 0 || Double.isNaN(t) ? MAX_THETA : Math.min(t, MAX_THETA);
  }

  /**
   * {digamma(t+y) - digamma(t), trigamma(t) - trigamma(t+y)}: for a small whole y as the finite
   * sums Σ_{j<y} 1/(t+j) and Σ_{j<y} 1/(t+j)² (the recurrence of the polygamma functions, exact and
   * far cheaper than commons-math's digamma, which recurses up to argument 49); otherwise from the
   * functions themselves.
   */
  static double[] gammaDifferences(double t, double y) {
    if (y == Math.rint(y) && y >= 0 && y < 64) {
      double d1 = 0;
      double d2 = 0;
      for (int j = 0; j < (int) y; j++) {
        double inv = 1 / (t + j);
        d1 += inv;
        d2 += inv * inv;
      }
      return new double[] {d1, d2};
    }
    return new double[] {
      Gamma.digamma(t + y) - Gamma.digamma(t), Gamma.trigamma(t) - Gamma.trigamma(t + y)
    };
  }

  static double logLikelihood(double[] y, double[] mu, double theta, double[] w) {
    double l = 0;
    for (int i = 0; i < y.length; i++) {
      l +=
          w[i]
              * (Gamma.logGamma(theta + y[i])
                  - Gamma.logGamma(theta)
                  - Gamma.logGamma(y[i] + 1)
                  + theta * Math.log(theta / (theta + mu[i]))
                  + (y[i] > 0 ? y[i] * Math.log(mu[i] / (theta + mu[i])) : 0));
    }
    return l;
  }

  /**
   * IRLS at fixed theta (infinite: Poisson), from eta0 or from log(y + 0.1); returns the fitted
   * eta.
   */
  private static double[] irls(
      double[][] x, double[] y, double[] prior, double theta, double[] eta0) {
    int n = y.length;
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      eta[i] = eta0 != null ? eta0[i] : Math.log(y[i] + 0.1);
    }
    double devOld = deviance(y, exp(eta), theta, prior);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] beta = solve(x, y, prior, theta, eta);
      for (int i = 0; i < n; i++) {
        eta[i] = 0;
        for (int a = 0; a < beta.length; a++) {
          eta[i] += x[i][a] * beta[a];
        }
      }
      double dev = deviance(y, exp(eta), theta, prior);
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        break;
      }
      devOld = dev;
    }
    return eta;
  }

  /** One weighted least-squares step from eta: the new coefficients. */
  private static double[] solve(
      double[][] x, double[] y, double[] prior, double theta, double[] eta) {
    double[] mu = exp(eta);
    double[] wk = workingWeights(mu, theta, prior);
    int p = x[0].length;
    double[] xtwz = new double[p];
    for (int i = 0; i < y.length; i++) {
      double z = eta[i] + (y[i] - mu[i]) / mu[i];
      for (int a = 0; a < p; a++) {
        xtwz[a] += x[i][a] * wk[i] * z;
      }
    }
    double[][] inv = inverse(crossProduct(x, wk));
    double[] beta = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        beta[a] += inv[a][b] * xtwz[b];
      }
    }
    return beta;
  }

  private static double[] workingWeights(double[] mu, double theta, double[] prior) {
    double[] w = new double[mu.length];
    for (int i = 0; i < mu.length; i++) {
      w[i] = prior[i] * mu[i] / (1 + mu[i] / theta);
    }
    return w;
  }

  private static double[][] crossProduct(double[][] x, double[] w) {
    int p = x[0].length;
    double[][] m = new double[p][p];
    for (int i = 0; i < x.length; i++) {
      for (int a = 0; a < p; a++) {
        double xa = x[i][a] * w[i];
        if (xa == 0) {
          continue;
        }
        for (int b = 0; b < p; b++) {
          m[a][b] += xa * x[i][b];
        }
      }
    }
    return m;
  }

  private static double[][] inverse(double[][] m) {
    RealMatrix inv =
        new LUDecomposition(new Array2DRowRealMatrix(m, false), 1e-300).getSolver().getInverse();
    return inv.getData();
  }

  static double deviance(double[] y, double[] mu, double theta, double[] w) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      double term = y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0;
      term -=
          Double.isInfinite(theta)
              ? y[i] - mu[i]
              : (y[i] + theta) * Math.log((y[i] + theta) / (mu[i] + theta));
      d += 2 * w[i] * term;
    }
    return d;
  }

  private static double[] exp(double[] eta) {
    double[] mu = new double[eta.length];
    for (int i = 0; i < eta.length; i++) {
      mu[i] = Math.exp(eta[i]);
    }
    return mu;
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    java.util.Arrays.fill(o, 1);
    return o;
  }
}
