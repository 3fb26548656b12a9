package org.medmine.mining.timeseries;

import java.time.LocalDate;

/**
 * Additive Holt-Winters exponential smoothing without trend, ETS(A,N,A) (Hyndman &amp;
 * Athanasopoulos, FPP3 §8.3): a level that follows the data and a weekly seasonal pattern, both
 * updated by exponential smoothing. Suited to a stock such as the midnight census, whose next value
 * depends on where it is now. The smoothing parameters are chosen on a grid by the one-step squared
 * error over the last {@code window} days.
 */
public final class HoltWintersForecaster implements Forecaster {
  static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
  static final double[] GAMMAS = {0.01, 0.05, 0.1, 0.2};

  private final int season;
  private final int window;

  public HoltWintersForecaster(int season, int window) {
    this.season = season;
    this.window = window;
  }

  /** Weekly seasonality, fitted on the last two years. */
  public static HoltWintersForecaster weekly() {
    return new HoltWintersForecaster(7, 2 * 365);
  }

  @Override
  public String method() {
    return "Holt-Winters exponential smoothing (additive, weekly)";
  }

  @Override
  public double[] forecast(double[] history, LocalDate historyStart, int horizon) {
    int from = Math.max(0, history.length - window);
    if (history.length - from < 3 * season) {
      throw new IllegalArgumentException(
          "Holt-Winters needs at least " + 3 * season + " days of history");
    }
    double best = Double.POSITIVE_INFINITY;
    double[] state = null;
    for (double a : ALPHAS) {
      for (double g : GAMMAS) {
        double[] s = smooth(history, from, a, g);
        if (s[season + 1] < best) {
          best = s[season + 1];
          state = s;
        }
      }
    }
    double[] f = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      // state: [level, seasonal index for the next day .. the 7th next day, sse]
      f[h - 1] = Math.max(0, state[0] + state[1 + (h - 1) % season]);
    }
    return f;
  }

  /**
   * Runs the recursions; returns {level, the seasonal terms of the next m days in order, one-step
   * SSE}.
   */
  double[] smooth(double[] y, int from, double alpha, double gamma) {
    int m = season;
    double level = 0;
    for (int i = from; i < from + m; i++) {
      level += y[i] / m;
    }
    double[] s = new double[m]; // s[k] is the seasonal term of days with (i - from) % m == k
    for (int k = 0; k < m; k++) {
      s[k] = y[from + k] - level;
    }
    double sse = 0;
    for (int i = from + m; i < y.length; i++) {
      int k = (i - from) % m;
      double error = y[i] - (level + s[k]);
      sse += error * error;
      double previous = level;
      level = alpha * (y[i] - s[k]) + (1 - alpha) * level;
      s[k] = gamma * (y[i] - previous) + (1 - gamma) * s[k];
    }
    double[] out = new double[m + 2];
    out[0] = level;
    for (int h = 0; h < m; h++) {
      out[1 + h] = s[(y.length - from + h) % m];
    }
    out[m + 1] = sse;
    return out;
  }
}
