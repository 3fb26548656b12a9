package org.medmine.mining.timeseries;

/**
 * The design of a seasonal log-linear count model: an intercept, an optional linear trend in the
 * 1-based period index t, and {@code harmonics} pairs cos(2πst/freq), sin(2πst/freq), s =
 * 1..harmonics. This is the in-control model of R's {@code surveillance::glrnb} ({@code mu0 =
 * list(S, trend)}) and the mean model of the simulations of Noufaily et al. 2013 (Stat Med
 * 32:1206-1222, §3).
 *
 * @param periodsPerYear the seasonal period
 * @param harmonics number of sine/cosine pairs (0: no seasonality)
 * @param trend whether a linear trend is included
 */
record SeasonalDesign(int periodsPerYear, int harmonics, boolean trend) {

  int columns() {
    return 1 + (trend ? 1 : 0) + 2 * harmonics;
  }

  /** The design row of the period with 0-based index i. */
  double[] row(int i) {
    double t = i + 1;
    double[] r = new double[columns()];
    r[0] = 1;
    int c = 1;
    if (trend) {
      r[c++] = t;
    }
    for (int s = 1; s <= harmonics; s++) {
      double a = 2 * Math.PI * s * t / periodsPerYear;
      r[c++] = Math.cos(a);
      r[c++] = Math.sin(a);
    }
    return r;
  }

  /** Design rows of periods from .. to-1. */
  double[][] rows(int from, int to) {
    double[][] x = new double[to - from][];
    for (int i = from; i < to; i++) {
      x[i - from] = row(i);
    }
    return x;
  }

  /**
   * Fits the model to y[from..to) as a negative binomial; with a reweighting threshold (finite),
   * refits once with the periods whose standardized Pearson residual exceeds it down-weighted as
   * Noufaily et al. 2013 (§2.2) down-weight past outbreaks: weight gamma/r² above the threshold,
   * gamma below, gamma making the weights sum to the number of periods. Null when the fit fails.
   */
  NegativeBinomialGlm.Fit fit(double[] y, int from, int to, double reweightThreshold) {
    double[][] x = rows(from, to);
    double[] resp = java.util.Arrays.copyOfRange(y, from, to);
    NegativeBinomialGlm.Fit fit = NegativeBinomialGlm.fit(x, resp, null);
    if (fit == null || Double.isInfinite(reweightThreshold)) {
      return fit;
    }
    double[] r = new double[resp.length];
    for (int i = 0; i < r.length; i++) {
      double mu = fit.mu()[i];
      r[i] = (resp[i] - mu) / Math.sqrt(mu + mu * mu / fit.theta());
    }
    NegativeBinomialGlm.Fit weighted =
        NegativeBinomialGlm.fit(x, resp, downWeights(r, reweightThreshold));
    return weighted != null ? weighted : fit;
  }

  /**
   * Noufaily's weights: gamma/r² where r exceeds the threshold, gamma elsewhere, summing to
   * r.length.
   */
  static double[] downWeights(double[] r, double threshold) {
    double denominator = 0;
    for (double v : r) {
      denominator += v > threshold ? 1 / (v * v) : 1;
    }
    double gamma = r.length / denominator;
    double[] w = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      w[i] = r[i] > threshold ? gamma / (r[i] * r[i]) : gamma;
    }
    return w;
  }
}
