package org.medmine.mining.timeseries;

/**
 * The Bayesian predictive detector of R's {@code surveillance::bayes} (Höhle 2007, "surveillance:
 * an R package for the monitoring of infectious diseases", Comput Stat 22:571-582; Riebler 2004):
 * the reference values are the {@code w} periods before t (when {@code actY}) and the windows
 * t-j·freq-w .. t-j·freq+w of the {@code b} past years; with a flat (Jeffreys-type) Gamma(1/2, 0)
 * prior on a Poisson rate, the predictive distribution of y(t) is negative binomial with size
 * sum+1/2 and probability n/(n+1) for n reference values of total sum, and the alarm threshold is
 * its (1-alpha) quantile. The score is minus log10 of the predictive probability of a count at
 * least as large as y(t), so y(t) alarms exactly when the score reaches -log10(alpha).
 */
public final class BayesDetector implements LeveledDetector {
  private final int freq;
  private final int b;
  private final int w;
  private final boolean actY;
  private final double alpha;

  /**
   * @param periodsPerYear periods per year (52 for weeks)
   * @param b past years whose windows are reference values
   * @param w half-width of each past window, and the number of recent periods used when actY
   * @param actY whether the w periods just before t are reference values
   * @param alpha one-sided level of the threshold
   */
  public BayesDetector(int periodsPerYear, int b, int w, boolean actY, double alpha) {
    if (b < 0 || w < 0 || (b == 0 && (!actY || w == 0))) {
      throw new IllegalArgumentException(
          "bayes needs reference values: b past years or w recent periods");
    }
    this.freq = periodsPerYear;
    this.b = b;
    this.w = w;
    this.actY = actY;
    this.alpha = alpha;
  }

  /**
   * The setting of R's bayes documentation example and of the bench: b 5, w 3, actY, alpha 0.05.
   */
  public static BayesDetector standard(int periodsPerYear) {
    return new BayesDetector(periodsPerYear, 5, 3, true, 0.05);
  }

  @Override
  public String method() {
    return "Bayes (b " + b + ", w " + w + (actY ? ", recent" : "") + ", alpha " + alpha + ")";
  }

  @Override
  public double criticalScore() {
    return -Math.log10(alpha);
  }

  @Override
  public LeveledDetector atCriticalScore(double critical) {
    return new BayesDetector(freq, b, w, actY, Math.pow(10, -critical));
  }

  @Override
  public int firstEvaluable() {
    return b * freq + w;
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
      double sum = 0;
      int count = 0;
      if (actY) {
        for (int i = t - w; i < t; i++) {
          sum += y[i];
          count++;
        }
      }
      for (int year = 1; year <= b; year++) {
        for (int i = t - year * freq - w; i <= t - year * freq + w; i++) {
          sum += y[i];
          count++;
        }
      }
      double size = sum + 0.5;
      double mean = size / count; // size·(1-p)/p with p = n/(n+1)
      expected[j] = mean;
      threshold[j] = PredictiveTail.quantile(1 - alpha, mean, size);
      alarm[j] = y[t] > threshold[j];
      score[j] = PredictiveTail.score(PredictiveTail.atLeast(y[t], mean, size));
    }
    return new Detection("Bayes", from, expected, threshold, alarm, score);
  }
}
