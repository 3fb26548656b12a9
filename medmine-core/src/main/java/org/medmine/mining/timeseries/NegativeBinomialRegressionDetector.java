package org.medmine.mining.timeseries;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A seasonal negative-binomial regression detector in the line of Noufaily et al. 2013 (Stat Med
 * 32:1206-1222) and of {@code surveillance::boda} (Manitz and Höhle 2013, Biom J 55:509-526): for
 * each period t, a negative-binomial regression with a linear trend and {@code harmonics}
 * sine/cosine pairs is fitted to the {@code years} years before t, leaving out the {@code
 * excludeRecent} most recent periods (so a current outbreak does not raise its own baseline); past
 * outbreaks are down-weighted by their Pearson residuals as Noufaily et al. do (weights gamma/r²
 * above 2.58); the predictive distribution of y(t) is the negative binomial at the fitted size,
 * mixed over the normal sampling distribution of the linear predictor (Gauss-Hermite quadrature),
 * which plays the part of boda's posterior predictive. The threshold is its (1-alpha) quantile; the
 * score is minus log10 of the predictive probability of a count at least y(t).
 *
 * <p>Where it differs from farringtonFlexible: harmonics instead of reference windows and seasonal
 * factor blocks, a negative-binomial likelihood instead of quasi-Poisson, and parameter uncertainty
 * in the threshold. Where it differs from boda: maximum likelihood rather than INLA, no random-walk
 * trend.
 */
public final class NegativeBinomialRegressionDetector implements LeveledDetector {
  private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(12);

  /**
   * Settings.
   *
   * @param periodsPerYear the seasonal period
   * @param years years of history each fit uses
   * @param harmonics sine/cosine pairs
   * @param trend whether a linear trend is fitted
   * @param reweightThreshold Pearson residual above which past periods are down-weighted (infinity:
   *     none)
   * @param excludeRecent most recent periods left out of each fit
   * @param alpha one-sided level of the threshold
   */
  public record Options(
      int periodsPerYear,
      int years,
      int harmonics,
      boolean trend,
      double reweightThreshold,
      int excludeRecent,
      double alpha) {

    /**
     * Five years, two harmonics, a trend, down-weighting at 2.58, the last 26 periods excluded,
     * alpha 0.01.
     */
    public static Options standard(int periodsPerYear) {
      return new Options(periodsPerYear, 5, 2, true, 2.58, 26, 0.01);
    }

    /** The same settings at another level. */
    public Options withAlpha(double a) {
      return new Options(
          periodsPerYear, years, harmonics, trend, reweightThreshold, excludeRecent, a);
    }
  }

  private final Options o;
  private final SeasonalDesign design;

  public NegativeBinomialRegressionDetector(Options options) {
    this.o = options;
    this.design =
        new SeasonalDesign(options.periodsPerYear(), options.harmonics(), options.trend());
  }

  @Override
  public String method() {
    return "Negative-binomial seasonal regression ("
        + o.years()
        + " years, "
        + o.harmonics()
        + " harmonics, recent "
        + o.excludeRecent()
        + " excluded, alpha "
        + o.alpha()
        + ")";
  }

  @Override
  public double criticalScore() {
    return -Math.log10(o.alpha());
  }

  @Override
  public LeveledDetector atCriticalScore(double critical) {
    return new NegativeBinomialRegressionDetector(o.withAlpha(Math.pow(10, -critical)));
  }

  @Override
  public int firstEvaluable() {
    return o.years() * o.periodsPerYear() + o.excludeRecent();
  }

  @Override
  public Detection detect(double[] y, int from) {
    requireHistory(from);
    int n = Math.max(0, y.length - from);
    double[] expected = new double[n];
    double[] threshold = new double[n];
    double[] score = new double[n];
    boolean[] alarm = new boolean[n];
    for (int j = 0; j < n; j++) {
      int t = from + j;
      int end = t - o.excludeRecent();
      NegativeBinomialGlm.Fit fit =
          design.fit(
              y, Math.max(0, end - o.years() * o.periodsPerYear()), end, o.reweightThreshold());
      if (fit == null) {
        expected[j] = threshold[j] = score[j] = Double.NaN;
        continue;
      }
      double[] x = design.row(t);
      double eta = fit.eta(x);
      double se = fit.seEta(x);
      expected[j] = Math.exp(eta);
      threshold[j] = quantile(1 - o.alpha(), eta, se, fit.theta());
      alarm[j] = y[t] > threshold[j];
      score[j] = PredictiveTail.score(atLeast(y[t], eta, se, fit.theta()));
    }
    return new Detection("NB regression", from, expected, threshold, alarm, score);
  }

  /** P(Y &ge; y) with log-mean ~ Normal(eta, se²), by Gauss-Hermite quadrature. */
  static double atLeast(double y, double eta, double se, double theta) {
    if (se <= 0) {
      return PredictiveTail.atLeast(y, Math.exp(eta), theta);
    }
    double s = Math.sqrt(2) * se;
    return HERMITE.integrate(u -> PredictiveTail.atLeast(y, Math.exp(eta + s * u), theta))
        / Math.sqrt(Math.PI);
  }

  /** The smallest k with P(Y &le; k) &ge; q under the mixture. */
  static double quantile(double q, double eta, double se, double theta) {
    double k = Math.floor(PredictiveTail.quantile(q, Math.exp(eta), theta));
    double target = q * (1 - 64 * Math.ulp(1.0));
    while (k > 0 && 1 - atLeast(k, eta, se, theta) >= target) {
      k--;
    }
    while (1 - atLeast(k + 1, eta, se, theta) < target) {
      k++;
    }
    return k;
  }
}
