package org.medmine.mining.timeseries;

import java.util.List;

/**
 * A Shewhart control chart: the plotted values with their centre line and 3-sigma limits per point
 * (limits vary with the subgroup size on p- and u-charts), computed from a baseline period and
 * applied to every point, plus the run-rule signals.
 *
 * @param kind P, U, X (individuals) or MR (moving range)
 * @param values the plotted statistic per period (NaN where undefined, e.g. the first moving range)
 * @param center centre line per period
 * @param sigma one standard deviation of the statistic per period
 * @param lower lower control limit per period (floored at 0 for proportions, rates and ranges)
 * @param upper upper control limit per period
 * @param baselineFrom first baseline period (inclusive)
 * @param baselineTo last baseline period (exclusive)
 * @param signals run-rule signals, in period order
 */
public record ControlChart(
    Kind kind,
    double[] values,
    double[] center,
    double[] sigma,
    double[] lower,
    double[] upper,
    int baselineFrom,
    int baselineTo,
    List<RunRules.Signal> signals) {

  /** The chart types. */
  public enum Kind {
    P,
    U,
    X,
    MR
  }

  public int size() {
    return values.length;
  }

  /**
   * True when the lower limit is drawn at a floor (0, or a measure's least possible value)
   * somewhere because centre − 3σ fell below it; {@link #lowestThreeSigmaLimit()} is how far below.
   */
  public boolean lowerLimitFloored() {
    for (int i = 0; i < values.length; i++) {
      if (lower[i] > center[i] - 3 * sigma[i] + 1e-9) {
        return true;
      }
    }
    return false;
  }

  /** The lowest centre − 3σ over the periods (NaN when no period has a sigma). */
  public double lowestThreeSigmaLimit() {
    double low = Double.NaN;
    for (int i = 0; i < values.length; i++) {
      double limit = center[i] - 3 * sigma[i];
      low = Double.isNaN(low) || limit < low ? limit : low;
    }
    return low;
  }

  /** Indices of the periods that some rule flagged. */
  public List<Integer> flaggedPeriods() {
    return signals.stream().map(RunRules.Signal::index).distinct().sorted().toList();
  }
}
