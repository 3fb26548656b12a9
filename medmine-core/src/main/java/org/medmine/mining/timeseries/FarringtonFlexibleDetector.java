package org.medmine.mining.timeseries;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The Farrington flexible outbreak detector with the improvements of Noufaily et al. 2013 ("An
 * improved algorithm for outbreak detection in multiple surveillance systems", Stat Med
 * 32:1206-1222): for each week t, a quasi-Poisson GLM with an optional linear trend is fitted to
 * reference weeks from b past years (a window of ±w weeks around t-52j and, with noPeriods &gt; 1,
 * the rest of each year as a seasonal factor), past outbreaks are down-weighted by their Anscombe
 * residuals, and the upper threshold is a quantile of the fitted distribution. The algorithm
 * follows R's {@code surveillance::farringtonFlexible} step for step (with weeks indexed 1..n, as
 * for a series without dates), so alarms can be compared with it.
 */
public final class FarringtonFlexibleDetector implements OutbreakDetector {
  private final FarringtonOptions o;
  private final int freq;
  private final boolean asR;

  /**
   * The detector with the textbook inference (Pearson dispersion for the trend test and the fit's
   * se).
   */
  public FarringtonFlexibleDetector(FarringtonOptions options, int periodsPerYear) {
    this(options, periodsPerYear, false);
  }

  /**
   * @param reproduceR when true, the trend test and the standard error of the prediction use the
   *     dispersion that R's surveillance 1.20 ends up using: after down-weighting it stores the
   *     prior weights over the model's working weights, so {@code summary.glm} sums prior-weighted
   *     squared working residuals. This makes trends look more significant and the delta-method
   *     threshold narrower than the textbook method; the bench runs both to show where they differ.
   */
  public FarringtonFlexibleDetector(
      FarringtonOptions options, int periodsPerYear, boolean reproduceR) {
    this.o = options;
    this.freq = periodsPerYear;
    this.asR = reproduceR;
  }

  @Override
  public String method() {
    return o.noPeriods() > 1 ? "Farrington flexible (Noufaily 2013)" : "Farrington (1996)";
  }

  @Override
  public int firstEvaluable() {
    return freq * o.b() + o.w();
  }

  @Override
  public Detection detect(double[] y, int from) {
    requireHistory(from);
    int n = Math.max(0, y.length - from);
    double[] expected = new double[n];
    double[] threshold = new double[n];
    boolean[] alarm = new boolean[n];
    double[] score = new double[n];
    for (int j = 0; j < n; j++) {
      int t = from + j;
      double[] r = evaluate(y, t);
      expected[j] = r[0];
      threshold[j] = r[1];
      alarm[j] = r[2] > 0;
      score[j] = r[3];
    }
    return new Detection(method(), from, expected, threshold, alarm, score);
  }

  /**
   * {expected, threshold, alarm (1/0), score} for period t (0-based). The score is minus log10 of
   * R's {@code pvalue}: the upper tail of the normal on the 2/3-power scale (delta) or of the
   * negative binomial at y(t) (plug-in); 0 where too few recent cases (limit54) forbid an alarm.
   */
  double[] evaluate(double[] y, int t) {
    int[] level = blocks(y.length, t);
    List<Integer> rows = baselineRows(level, t);
    double[] resp = new double[rows.size()];
    for (int r = 0; r < resp.length; r++) {
      resp[r] = y[rows.get(r)];
    }
    Model m = fitWithWeights(rows, resp, level, o.trend());
    if (m == null) {
      return new double[] {Double.NaN, Double.NaN, 0, Double.NaN};
    }
    boolean doTrend = false;
    if (m.trend()) {
      double[] x0 = design(t, o.noPeriods(), true);
      double fit = Math.exp(m.fit.eta(m.reduce(x0)));
      double max = 0;
      for (double v : resp) {
        max = Math.max(max, v);
      }
      doTrend =
          o.b() >= 3 && m.fit.pValue(1, inferenceDispersion(m)) < o.pThresholdTrend() && fit <= max;
      if (!doTrend) {
        m = fitWithWeights(rows, resp, level, false);
        if (m == null) {
          return new double[] {Double.NaN, Double.NaN, 0, Double.NaN};
        }
      }
    }
    double[] x0 = design(t, o.noPeriods(), doTrend);
    double eta0 = m.fit.eta(m.reduce(x0));
    double seEta = m.fit.seEta(m.reduce(x0), inferenceDispersion(m));
    double mu0 = Math.exp(eta0);
    double[] upperAndTail = upperAndTail(m, mu0, seEta, y[t]);
    double upper = upperAndTail[0];
    double tail = upperAndTail[1];
    if (recentCases(y, t) < o.minCases()) {
      return new double[] {Double.NaN, Double.NaN, 0, 0};
    }
    boolean alarm = y[t] > upper && y[t] != 0;
    return new double[] {mu0, upper, alarm ? 1 : 0, y[t] == 0 ? 0 : PredictiveTail.score(tail)};
  }

  /**
   * {upper threshold, predictive tail probability of {@code observed}} around the expected count
   * {@code mu0}: by the 2/3-power delta method (Farrington et al. 1996) or the negative binomial
   * quantile (Noufaily et al. 2013).
   */
  private double[] upperAndTail(Model m, double mu0, double seEta, double observed) {
    if (o.threshold() == FarringtonOptions.Threshold.DELTA) {
      double seResponse = mu0 * seEta;
      double tau = m.phi + seResponse * seResponse / mu0;
      double se = Math.sqrt(4.0 / 9.0 * Math.pow(mu0, 1.0 / 3.0) * tau);
      double z = new NormalDistribution().inverseCumulativeProbability(1 - o.alpha());
      double upper = Math.pow(Math.pow(mu0, 2.0 / 3.0) + z * se, 1.5);
      double tail =
          new NormalDistribution(Math.pow(mu0, 2.0 / 3.0), se)
              .cumulativeProbability(Math.pow(observed, 2.0 / 3.0));
      return new double[] {upper, 1 - tail};
    }
    double upper =
        m.phi > 1
            ? negativeBinomialQuantile(1 - o.alpha(), mu0 / (m.phi - 1), 1 / m.phi)
            : poissonQuantile(1 - o.alpha(), mu0);
    double tail =
        PredictiveTail.atLeast(
            observed, mu0, m.phi > 1 ? mu0 / (m.phi - 1) : Double.POSITIVE_INFINITY);
    return new double[] {upper, tail};
  }

  /**
   * The periods of the baseline of period t: those in a block, before the most recent excluded
   * ones.
   */
  private List<Integer> baselineRows(int[] level, int t) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < level.length; i++) {
      if (level[i] > 0 && i < t - o.pastWeeksNotIncluded()) {
        rows.add(i);
      }
    }
    return rows;
  }

  /** The cases of the last {@code minCasesPeriods} periods up to t (R's limit54 window). */
  private double recentCases(double[] y, int t) {
    double recent = 0;
    for (int i = t - o.minCasesPeriods() + 1; i <= t; i++) {
      recent += y[i];
    }
    return recent;
  }

  private double inferenceDispersion(Model m) {
    return asR && m.reweighted ? m.fit.workingScaleDispersion() : m.fit.dispersion();
  }

  /**
   * A fitted model; {@code keep} marks the design columns it has (seasonal levels without data are
   * dropped, as R aliases them).
   */
  private record Model(
      PoissonGlm.Fit fit, double phi, boolean trend, boolean reweighted, boolean[] keep) {
    double[] reduce(double[] row) {
      return PoissonGlm.columns(row, keep);
    }
  }

  /** R's algo.farrington.fitGLM.flexible: fit, down-weight by Anscombe residuals, refit. */
  private Model fitWithWeights(List<Integer> rows, double[] resp, int[] level, boolean trend) {
    double[][] x = new double[rows.size()][];
    for (int r = 0; r < x.length; r++) {
      int i = rows.get(r);
      x[r] = row(i + 1, level[i], trend);
    }
    boolean[] keep = PoissonGlm.nonZeroColumns(x);
    for (int r = 0; r < x.length; r++) {
      x[r] = PoissonGlm.columns(x[r], keep);
    }
    PoissonGlm.Fit fit = PoissonGlm.fit(x, resp, null);
    if (!fit.converged()) {
      if (!trend) {
        return null;
      }
      return fitWithWeights(rows, resp, level, false);
    }
    double phi = Math.max(fit.dispersion(), 1);
    double[] s = new double[resp.length];
    for (int r = 0; r < s.length; r++) {
      double mu = fit.mu()[r];
      s[r] =
          1.5
              * (Math.pow(resp[r], 2.0 / 3.0) * Math.pow(mu, -1.0 / 6.0) - Math.sqrt(mu))
              / Math.sqrt(phi * (1 - fit.hat()[r]));
    }
    double denominator = 0;
    for (double v : s) {
      denominator += v > o.weightsThreshold() ? 1 / (v * v) : 1;
    }
    double gamma = s.length / denominator;
    double[] omega = new double[s.length];
    for (int r = 0; r < s.length; r++) {
      omega[r] = s[r] > o.weightsThreshold() ? gamma / (s[r] * s[r]) : gamma;
    }
    PoissonGlm.Fit weighted = PoissonGlm.fit(x, resp, omega);
    if (Double.isNaN(weighted.beta()[0])) {
      return null;
    }
    return new Model(weighted, Math.max(weighted.dispersion(), 1), trend, true, keep);
  }

  /** Design row: intercept, [time], [indicators for seasonal levels 2..noPeriods]. */
  private double[] row(int time1, int level, boolean trend) {
    int factors = o.noPeriods() > 1 ? o.noPeriods() - 1 : 0;
    double[] r = new double[1 + (trend ? 1 : 0) + factors];
    r[0] = 1;
    if (trend) {
      r[1] = time1;
    }
    if (factors > 0 && level > 1) {
      r[(trend ? 2 : 1) + level - 2] = 1;
    }
    return r;
  }

  private double[] design(int t, int level, boolean trend) {
    return row(t + 1, level, trend);
  }

  /**
   * R's {@code blocks()}: level noPeriods for the reference windows (and the current one), levels
   * 1..noPeriods-1 for the stretches between windows; 0 outside the b years.
   */
  int[] blocks(int length, int t) {
    int[] level = new int[length];
    int p = o.noPeriods();
    int w = o.w();
    for (int i = t - w; i <= t; i++) {
      level[i] = p;
    }
    for (int yr = 1; yr <= o.b(); yr++) {
      int ref = t - freq * yr;
      int later = t - freq * (yr - 1);
      for (int i = ref - w; i <= ref + w; i++) {
        level[i] = p;
      }
      if (p != 1) {
        int period = later - 2 * w - 1 - ref;
        int len = period / (p - 1);
        int rest = period % (p - 1);
        int pos = ref + w + 1;
        for (int lv = 1; lv <= p - 1; lv++) {
          int size = len + (lv <= rest ? 1 : 0);
          for (int i = pos; i < pos + size; i++) {
            level[i] = lv;
          }
          pos += size;
        }
      }
    }
    return level;
  }

  /** Smallest k with P(X &le; k) &ge; q for a negative binomial (size, prob), as R's qnbinom. */
  static double negativeBinomialQuantile(double q, double size, double prob) {
    double target = q * (1 - 64 * Math.ulp(1.0));
    double cdf = 0;
    double base = Gamma.logGamma(size);
    for (int k = 0; k < 10_000_000; k++) {
      double logPmf =
          Gamma.logGamma(k + size)
              - base
              - Gamma.logGamma(k + 1.0)
              + size * Math.log(prob)
              + k * Math.log1p(-prob);
      cdf += Math.exp(logPmf);
      if (cdf >= target) {
        return k;
      }
    }
    return Double.NaN;
  }

  /** Smallest k with P(X &le; k) &ge; q for a Poisson(mean), as R's qpois. */
  static double poissonQuantile(double q, double mean) {
    double target = q * (1 - 64 * Math.ulp(1.0));
    double cdf = 0;
    for (int k = 0; k < 10_000_000; k++) {
      cdf += Math.exp(k * Math.log(mean) - mean - Gamma.logGamma(k + 1.0));
      if (cdf >= target) {
        return k;
      }
    }
    return Double.NaN;
  }
}
