package org.medmine.mining.timeseries;

/**
 * Settings of the Farrington flexible detector, named as in R's {@code
 * surveillance::farringtonFlexible}.
 *
 * @param b years back for reference values
 * @param w half-width of the reference window around the same week of each past year
 * @param noPeriods 1 for the original windows only (Farrington 1996); more splits the rest of each
 *     past year into noPeriods-1 seasonal blocks modelled as a factor (Noufaily 2013 use 10)
 * @param pastWeeksNotIncluded most recent weeks kept out of the fit (Noufaily: 26; default w)
 * @param weightsThreshold Anscombe residual above which past values are down-weighted (Noufaily:
 *     2.58)
 * @param alpha one-sided level of the threshold
 * @param trend whether to try a linear time trend (kept when significant at pThresholdTrend, b &ge;
 *     3 and it does not extrapolate beyond the largest reference count)
 * @param pThresholdTrend significance level for keeping the trend
 * @param threshold DELTA (2/3-power transformation, Farrington 1996) or NB_PLUGIN
 *     (negative-binomial quantile with plug-in mean, Noufaily 2013)
 * @param minCases alarms need at least this many cases ...
 * @param minCasesPeriods ... in this many most recent periods (R's limit54 = c(5, 4))
 */
public record FarringtonOptions(
    int b,
    int w,
    int noPeriods,
    int pastWeeksNotIncluded,
    double weightsThreshold,
    double alpha,
    boolean trend,
    double pThresholdTrend,
    Threshold threshold,
    int minCases,
    int minCasesPeriods) {

  /** How the upper threshold is computed from the fitted model. */
  public enum Threshold {
    DELTA,
    NB_PLUGIN
  }

  /**
   * The improved method of Noufaily et al. 2013 (Stat Med 32:1206-1222), as surveillance documents
   * it.
   */
  public static FarringtonOptions noufaily() {
    return new FarringtonOptions(5, 3, 10, 26, 2.58, 0.05, true, 0.05, Threshold.NB_PLUGIN, 5, 4);
  }

  /** The original method of Farrington et al. 1996 (JRSS A 159:547-563) in its flexible form. */
  public static FarringtonOptions farrington1996() {
    return new FarringtonOptions(5, 3, 1, 3, 1.0, 0.05, true, 0.05, Threshold.DELTA, 5, 4);
  }
}
