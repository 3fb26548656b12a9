package org.medmine.mining.timeseries;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses a detector's level from labelled calibration series: the smallest critical score whose
 * alarms (score &ge; critical) leave at least the target share of quiet periods (outside every
 * labelled outbreak) without an alarm. Quiet periods the detector could not judge (NaN score) count
 * as without alarm. Used by {@link EnsembleDetector#calibrate} and by the benchmark, which sets
 * every method's level this way on calibration series and measures it on other series.
 */
public final class SpecificityCalibration {
  private SpecificityCalibration() {}

  /**
   * The critical score for a target specificity.
   *
   * @param scores per series, the score of each evaluated period (periods from .. from + length -
   *     1)
   * @param series the labelled series, in the same order
   * @param from index of the first evaluated period
   * @param specificity the target share of quiet periods without an alarm, in (0, 1]
   */
  public static double criticalScore(
      List<double[]> scores, List<LabelledSeries> series, int from, double specificity) {
    double[] quiet = quietScores(scores, series, from);
    Arrays.sort(quiet);
    int allowed = (int) Math.floor((1 - specificity) * quiet.length + 1e-9);
    if (allowed >= quiet.length) {
      return Double.NEGATIVE_INFINITY;
    }
    // The (allowed+1)-th largest quiet score must not alarm: the critical value lies just above it.
    return Math.nextUp(quiet[quiet.length - 1 - allowed]);
  }

  /** The share of quiet periods whose score reaches {@code critical}. */
  public static double falseAlarmRate(
      List<double[]> scores, List<LabelledSeries> series, int from, double critical) {
    double[] quiet = quietScores(scores, series, from);
    long alarms = Arrays.stream(quiet).filter(v -> v >= critical).count();
    return quiet.length == 0 ? 0 : (double) alarms / quiet.length;
  }

  private static double[] quietScores(
      List<double[]> scores, List<LabelledSeries> series, int from) {
    int n = 0;
    for (double[] s : scores) {
      n += s.length;
    }
    double[] quiet = new double[n];
    int k = 0;
    for (int i = 0; i < scores.size(); i++) {
      boolean[] flags = series.get(i).outbreakPeriods();
      for (int j = 0; j < scores.get(i).length; j++) {
        if (!flags[from + j]) {
          double v = scores.get(i)[j];
          quiet[k++] = Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
      }
    }
    return Arrays.copyOf(quiet, k);
  }
}
