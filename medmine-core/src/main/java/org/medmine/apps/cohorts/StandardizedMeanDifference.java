package org.medmine.apps.cohorts;

/**
 * The standardized mean difference of a covariate between a target and a comparator cohort, as
 * OHDSI's CohortMethod computes covariate balance without weighting ({@code computeMeansPerGroup}
 * in CohortMethod's R/Balance.R): per cohort the mean is {@code sum / n} and the standard deviation
 * {@code sqrt((sumSqr - sum^2 / n) / n)} (dividing by n, not n - 1), and the difference is {@code
 * (meanTarget - meanComparator) / sqrt((sdTarget^2 + sdComparator^2) / 2)}. A binary covariate
 * (0/1, sumSqr = sum) thereby has sd {@code sqrt(p (1 - p))}, Austin's (2009) binary form. Where
 * both standard deviations are 0 the difference is undefined (NaN), as in CohortMethod.
 *
 * @param meanTarget the target's mean
 * @param sdTarget the target's standard deviation
 * @param meanComparator the comparator's mean
 * @param sdComparator the comparator's standard deviation
 * @param smd the standardized difference, NaN when undefined
 */
public record StandardizedMeanDifference(
    double meanTarget, double sdTarget, double meanComparator, double sdComparator, double smd) {

  /** The mean and standard deviation of {@code n} values with this sum and sum of squares. */
  record Moments(double mean, double sd) {
    static Moments of(long n, double sum, double sumSqr) {
      if (n == 0) {
        return new Moments(0, 0);
      }
      return new Moments(sum / n, Math.sqrt(Math.abs(sumSqr - sum * sum / n) / n));
    }
  }

  /** The difference of a covariate with these sums over {@code nT} and {@code nC} patients. */
  public static StandardizedMeanDifference of(
      long nT, double sumT, double sumSqrT, long nC, double sumC, double sumSqrC) {
    Moments t = Moments.of(nT, sumT, sumSqrT);
    Moments c = Moments.of(nC, sumC, sumSqrC);
    double denominator = Math.sqrt((t.sd() * t.sd() + c.sd() * c.sd()) / 2);
    double smd = denominator == 0 ? Double.NaN : (t.mean() - c.mean()) / denominator;
    return new StandardizedMeanDifference(t.mean(), t.sd(), c.mean(), c.sd(), smd);
  }

  /**
   * The difference of a binary covariate present in {@code kT} of {@code nT} and {@code kC} of
   * {@code nC}.
   */
  public static StandardizedMeanDifference binary(long kT, long nT, long kC, long nC) {
    return of(nT, kT, kT, nC, kC, kC);
  }
}
