package org.medmine.mining.timeseries;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper-tail probabilities and quantiles of the count distributions the predictive detectors use:
 * the negative binomial with size r and mean mu (R's {@code pnbinom}/{@code qnbinom} with {@code
 * size} and {@code mu}) and its Poisson limit. P(Y &ge; y) = I_{1-p}(y, r) with p = r/(r + mu), the
 * regularized incomplete beta function (Abramowitz and Stegun 26.5.24), which stays accurate far
 * into the tail.
 */
final class PredictiveTail {
  private PredictiveTail() {}

  /** P(Y &ge; y) for a negative binomial of size r and mean mu; r = +infinity gives the Poisson. */
  static double atLeast(double y, double mean, double size) {
    if (y <= 0) {
      return 1;
    }
    if (mean <= 0) {
      return 0;
    }
    if (Double.isInfinite(size) || size >= NegativeBinomialGlm.MAX_THETA) {
      return Gamma.regularizedGammaP(Math.ceil(y), mean);
    }
    return Beta.regularizedBeta(mean / (size + mean), Math.ceil(y), size);
  }

  /** The smallest k with P(Y &le; k) &ge; q, as R's qnbinom(q, size, mu = mean). */
  static double quantile(double q, double mean, double size) {
    if (mean <= 0) {
      return 0;
    }
    double k = Math.max(0, Math.floor(mean));
    double target = q * (1 - 64 * Math.ulp(1.0));
    while (k > 0 && 1 - atLeast(k + 1, mean, size) >= target) {
      k = Math.floor(k / 2);
    }
    while (1 - atLeast(k + 1, mean, size) < target) {
      k++;
    }
    return k;
  }

  /**
   * Minus log10 of a tail probability: the score of the predictive detectors (larger is more
   * aberrant).
   */
  static double score(double tailProbability) {
    return -Math.log10(Math.max(tailProbability, 1e-300));
  }
}
