package org.medmine.mining.timeseries;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Poisson regression on calendar terms: log E[y(t)] = intercept + trend·t + day-of-week effects + K
 * Fourier pairs of annual seasonality (Hyndman &amp; Athanasopoulos, FPP3 §7.4 and §12.1; a
 * standard model for hospital admissions). Fitted by IRLS on the last {@code window} days of
 * history.
 */
public final class PoissonSeasonalForecaster implements Forecaster {
  private final int window;
  private final int harmonics;
  private final boolean trend;

  public PoissonSeasonalForecaster(int window, int harmonics, boolean trend) {
    this.window = window;
    this.harmonics = harmonics;
    this.trend = trend;
  }

  /** Three years of history, two annual harmonics, a linear trend. */
  public static PoissonSeasonalForecaster standard() {
    return new PoissonSeasonalForecaster(3 * 365, 2, true);
  }

  @Override
  public String method() {
    return "Poisson regression (day of week, "
        + harmonics
        + " annual harmonics"
        + (trend ? ", trend" : "")
        + ")";
  }

  @Override
  public double[] forecast(double[] history, LocalDate historyStart, int horizon) {
    int from = Math.max(0, history.length - window);
    int n = history.length - from;
    if (n < 28) {
      throw new IllegalArgumentException("Poisson regression needs at least 28 days of history");
    }
    double[][] x = new double[n][];
    double[] y = Arrays.copyOfRange(history, from, history.length);
    // Time is centred on the forecast origin, in years, so the trend's scale is stable.
    for (int i = 0; i < n; i++) {
      x[i] = row(historyStart.plusDays(from + i), (i - n) / 365.0);
    }
    boolean allZero = Arrays.stream(y).allMatch(v -> v == 0);
    double[] f = new double[horizon];
    if (allZero) {
      return f;
    }
    PoissonGlm.Fit fit = PoissonGlm.fit(x, y, null);
    for (int h = 1; h <= horizon; h++) {
      double[] x0 = row(historyStart.plusDays(history.length - 1 + h), (h - 1) / 365.0);
      f[h - 1] = Math.exp(fit.eta(x0));
    }
    return f;
  }

  private double[] row(LocalDate d, double years) {
    double[] r = new double[1 + (trend ? 1 : 0) + 6 + 2 * harmonics];
    int c = 0;
    r[c++] = 1;
    if (trend) {
      r[c++] = years;
    }
    int dow = d.getDayOfWeek().getValue(); // 1 = Monday
    for (int k = 2; k <= 7; k++) {
      r[c++] = dow == k ? 1 : 0;
    }
    double angle = 2 * Math.PI * (d.getDayOfYear() - 1) / 365.25;
    for (int k = 1; k <= harmonics; k++) {
      r[c++] = Math.sin(k * angle);
      r[c++] = Math.cos(k * angle);
    }
    return r;
  }
}
