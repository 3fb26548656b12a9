package org.medmine.apps.cohorts;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * An incidence rate per 1,000 person-years with its exact Poisson confidence interval (Garwood, F.
 * "Fiducial limits for the Poisson distribution", Biometrika 28, 1936): for {@code k} events the
 * limits on the expected count are {@code chi2(alpha/2; 2k) / 2} (0 when k = 0) and {@code chi2(1 -
 * alpha/2; 2k + 2) / 2}, chi-squared quantiles from Apache Commons Math, divided by the
 * person-years. The rate of no time at risk is undefined (NaN).
 *
 * @param events the outcome events
 * @param personYears the time at risk, in years
 * @param rate events per 1,000 person-years
 * @param lower the lower limit per 1,000 person-years
 * @param upper the upper limit per 1,000 person-years
 * @param level the interval's coverage (e.g. 0.95)
 */
public record IncidenceRate(
    long events, double personYears, double rate, double lower, double upper, double level) {
  private static final double PER = 1000;

  /** The rate of {@code events} in {@code personYears}, with a {@code level} interval. */
  public static IncidenceRate of(long events, double personYears, double level) {
    if (events < 0 || personYears < 0 || level <= 0 || level >= 1) {
      throw new IllegalArgumentException(
          "an incidence rate needs events >= 0, person-years >= 0 and 0 < level < 1");
    }
    double alpha = 1 - level;
    double low =
        events == 0
            ? 0
            : new ChiSquaredDistribution(null, 2.0 * events).inverseCumulativeProbability(alpha / 2)
                / 2;
    double high =
        new ChiSquaredDistribution(null, 2.0 * events + 2)
                .inverseCumulativeProbability(1 - alpha / 2)
            / 2;
    if (personYears == 0) {
      return new IncidenceRate(events, 0, Double.NaN, Double.NaN, Double.NaN, level);
    }
    return new IncidenceRate(
        events,
        personYears,
        PER * events / personYears,
        PER * low / personYears,
        PER * high / personYears,
        level);
  }
}
