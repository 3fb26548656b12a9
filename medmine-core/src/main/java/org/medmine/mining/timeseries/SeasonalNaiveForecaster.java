package org.medmine.mining.timeseries;

import java.time.LocalDate;

/**
 * Seasonal naive: each day is forecast as the same weekday of the last observed week (Hyndman &amp;
 * Athanasopoulos, FPP3 §5.2).
 */
public final class SeasonalNaiveForecaster implements Forecaster {
  private final int season;

  public SeasonalNaiveForecaster(int season) {
    this.season = season;
  }

  /** Weekly seasonality for daily data. */
  public static SeasonalNaiveForecaster weekly() {
    return new SeasonalNaiveForecaster(7);
  }

  @Override
  public String method() {
    return "seasonal naive (" + season + ")";
  }

  @Override
  public double[] forecast(double[] history, LocalDate historyStart, int horizon) {
    if (history.length < season) {
      throw new IllegalArgumentException(
          "seasonal naive needs at least " + season + " days of history");
    }
    double[] f = new double[horizon];
    int n = history.length;
    for (int h = 1; h <= horizon; h++) {
      int back = season * ((h - 1) / season + 1);
      f[h - 1] = history[n + h - 1 - back];
    }
    return f;
  }
}
