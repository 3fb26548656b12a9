package org.medmine.mining.timeseries;

/**
 * The negative-binomial generalized-likelihood-ratio CUSUM of Höhle and Paul (2008, "Count data
 * regression charts for the monitoring of surveillance time series", Comput Stat Data Anal
 * 52:4357-4368), as R's {@code surveillance::glrnb} computes it for a change in intercept: the
 * in-control means mu0(t) come from a seasonal negative-binomial regression fitted to every period
 * before the first evaluated one ({@link SeasonalDesign}); at period n the statistic is max over
 * change points k of max over kappa &ge; 0 of the log-likelihood ratio of y(k..n) under mean
 * mu0·e^kappa against mu0 (kappa by Newton-Raphson from the previous change point's estimate, as
 * R's C code does); the chart alarms when it reaches {@code cArl}.
 *
 * <p>{@link Options#asR} reproduces glrnb's defaults (one harmonic, no trend, no down-weighting,
 * all change points since the last alarm, restart after an alarm). medmine's default ({@link
 * Options#seasonal}) departs in three ways, each for outbreak weeks rather than first alarms: the
 * in-control fit has a trend and two harmonics and down-weights past outbreaks (R's fit takes them
 * as in-control, which raises mu0); the chart does not restart after an alarm, so every week of a
 * sustained outbreak can alarm; and change points are looked for in the last {@code window} periods
 * only, so an excess stops counting once it has passed. The threshold reported per period is the
 * largest count that would not have made the chart alarm there.
 */
public final class GlrNegativeBinomialDetector implements LeveledDetector {

  /**
   * Settings.
   *
   * @param periodsPerYear the seasonal period
   * @param harmonics sine/cosine pairs of the in-control model (R's S)
   * @param trend whether the in-control model has a linear trend
   * @param reweightThreshold Pearson residual above which history is down-weighted (infinity: none)
   * @param cArl the alarm threshold of the GLR statistic (R's c.ARL)
   * @param window how many recent periods may start a change (-1: all since the last restart, R's
   *     M)
   * @param restartAfterAlarm whether the chart starts afresh after an alarm, as R's glrnb
   * @param minHistory periods of history the in-control fit needs
   */
  public record Options(
      int periodsPerYear,
      int harmonics,
      boolean trend,
      double reweightThreshold,
      double cArl,
      int window,
      boolean restartAfterAlarm,
      int minHistory) {

    /** R's glrnb defaults, with mu0 = list(S = harmonics, trend = trend). */
    public static Options asR(int periodsPerYear, int harmonics, boolean trend, double cArl) {
      return new Options(
          periodsPerYear,
          harmonics,
          trend,
          Double.POSITIVE_INFINITY,
          cArl,
          -1,
          true,
          periodsPerYear);
    }

    /**
     * medmine's default: trend, two harmonics, down-weighting at 2.58, c 5, a 12-period window, no
     * restart.
     */
    public static Options seasonal(int periodsPerYear) {
      return new Options(periodsPerYear, 2, true, 2.58, 5, 12, false, 2 * periodsPerYear);
    }

    /** The same settings with another alarm threshold. */
    public Options withCArl(double c) {
      return new Options(
          periodsPerYear,
          harmonics,
          trend,
          reweightThreshold,
          c,
          window,
          restartAfterAlarm,
          minHistory);
    }
  }

  private final Options o;

  public GlrNegativeBinomialDetector(Options options) {
    this.o = options;
  }

  /**
   * The in-control model is fitted once, to the periods before the first judged one (as R's glrnb).
   */
  @Override
  public boolean fitsOnce() {
    return true;
  }

  @Override
  public String method() {
    return "GLR negative-binomial CUSUM (c "
        + o.cArl()
        + (o.restartAfterAlarm() ? ", restart" : "")
        + (o.window() > 0 ? ", window " + o.window() : "")
        + ")";
  }

  @Override
  public double criticalScore() {
    return o.cArl();
  }

  @Override
  public LeveledDetector atCriticalScore(double critical) {
    return new GlrNegativeBinomialDetector(o.withCArl(critical));
  }

  @Override
  public int firstEvaluable() {
    return o.minHistory();
  }

  @Override
  public Detection detect(double[] y, int from) {
    requireHistory(from);
    int n = Math.max(0, y.length - from);
    SeasonalDesign design = new SeasonalDesign(o.periodsPerYear(), o.harmonics(), o.trend());
    NegativeBinomialGlm.Fit fit = design.fit(y, 0, from, o.reweightThreshold());
    double[] expected = new double[n];
    double[] threshold = new double[n];
    double[] score = new double[n];
    boolean[] alarm = new boolean[n];
    if (fit == null) {
      java.util.Arrays.fill(expected, Double.NaN);
      java.util.Arrays.fill(threshold, Double.NaN);
      java.util.Arrays.fill(score, Double.NaN);
      return new Detection("GLR NB", from, expected, threshold, alarm, score);
    }
    for (int j = 0; j < n; j++) {
      expected[j] = Math.exp(fit.eta(design.row(from + j)));
    }
    double alpha = 1 / fit.theta();
    double[] x = java.util.Arrays.copyOfRange(y, from, y.length);
    int start = 0; // first period of the current run of the chart
    for (int j = 0; j < n; j++) {
      int low = o.window() > 0 ? Math.max(start, j - o.window() + 1) : start;
      score[j] = glr(x, expected, alpha, low, j);
      alarm[j] = score[j] >= o.cArl();
      threshold[j] = smallestAlarmingCount(x, expected, alpha, low, j) - 1;
      if (alarm[j] && o.restartAfterAlarm()) {
        start = j + 1;
      }
    }
    return new Detection("GLR NB", from, expected, threshold, alarm, score);
  }

  /**
   * The GLR statistic at n over change points low..n (R's glr_nb_window with Mtilde 1, increases
   * only).
   */
  static double glr(double[] x, double[] mu0, double alpha, int low, int n) {
    double max = Double.NEGATIVE_INFINITY;
    double kappaMl = 0.5;
    for (int k = low; k <= n; k++) {
      double previous = 0.4;
      double kappa = kappaMl;
      for (int iter = 0; iter < 1000 && kappa > -18 && Math.abs(kappa - previous) > 1e-6; iter++) {
        previous = kappa;
        kappa =
            previous + score(previous, x, mu0, alpha, k, n) / fisher(previous, x, mu0, alpha, k, n);
      }
      kappaMl = Math.max(0, kappa);
      max = Math.max(max, logLikelihoodRatio(kappaMl, x, mu0, alpha, k, n));
    }
    return max;
  }

  private static double score(double kappa, double[] x, double[] mu0, double alpha, int k, int n) {
    double sum = 0;
    double e = Math.exp(kappa);
    for (int i = k; i <= n; i++) {
      sum += (x[i] - e * mu0[i]) / (1 + alpha * e * mu0[i]);
    }
    return sum;
  }

  private static double fisher(double kappa, double[] x, double[] mu0, double alpha, int k, int n) {
    double sum = 0;
    double e = Math.exp(kappa);
    for (int i = k; i <= n; i++) {
      double d = 1 + alpha * e * mu0[i];
      sum += mu0[i] * (alpha * x[i] + 1) / (d * d);
    }
    return e * sum;
  }

  private static double logLikelihoodRatio(
      double kappa, double[] x, double[] mu0, double alpha, int k, int n) {
    double l = 0;
    for (int i = k; i <= n; i++) {
      l +=
          kappa * x[i]
              + (x[i] + 1 / alpha)
                  * Math.log((1 + alpha * mu0[i]) / (1 + alpha * mu0[i] * Math.exp(kappa)));
    }
    return l;
  }

  /**
   * The smallest count at n that brings the statistic to cArl, the rest of x kept (the GLR rises
   * with x[n]).
   */
  private double smallestAlarmingCount(double[] x, double[] mu0, double alpha, int low, int n) {
    double observed = x[n];
    double lo = -1;
    double hi = Math.max(1, Math.ceil(mu0[n]));
    try {
      while (atCount(x, hi, mu0, alpha, low, n) < o.cArl()) {
        lo = hi;
        hi *= 2;
        if (hi > 1e7) {
          return Double.NaN;
        }
      }
      while (hi - lo > 1) {
        double mid = Math.floor((lo + hi) / 2);
        if (atCount(x, mid, mu0, alpha, low, n) >= o.cArl()) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return hi;
    } finally {
      x[n] = observed;
    }
  }

  private static double atCount(
      double[] x, double count, double[] mu0, double alpha, int low, int n) {
    x[n] = count;
    return glr(x, mu0, alpha, low, n);
  }
}
