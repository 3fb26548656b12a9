package org.medmine.mining.timeseries;

import java.time.LocalDate;

/**
 * Forecasts of consecutive days with prediction intervals.
 *
 * @param method the forecaster
 * @param first the date of the first forecast day
 * @param mean point forecast per day
 * @param lower lower interval bound per day
 * @param upper upper interval bound per day
 * @param level nominal coverage of the interval, e.g. 0.8
 * @param intervalMethod how the interval was obtained
 */
public record Forecast(
    String method,
    LocalDate first,
    double[] mean,
    double[] lower,
    double[] upper,
    double level,
    String intervalMethod) {

  public int horizon() {
    return mean.length;
  }

  public LocalDate date(int h) {
    return first.plusDays(h);
  }
}
