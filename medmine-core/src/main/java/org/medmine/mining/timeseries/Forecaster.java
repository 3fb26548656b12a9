package org.medmine.mining.timeseries;

import java.time.LocalDate;

/**
 * A point forecaster for a daily series; prediction intervals come from {@link
 * RollingOriginBacktest}.
 */
public interface Forecaster {
  /** A short, stable name. */
  String method();

  /**
   * Point forecasts (expected values) of the {@code horizon} days after the history.
   *
   * @param history the daily values, oldest first
   * @param historyStart the date of {@code history[0]} (for day of week and season)
   * @param horizon days ahead, at least 1
   */
  double[] forecast(double[] history, LocalDate historyStart, int horizon);
}
