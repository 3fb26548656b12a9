package org.medmine.mining.timeseries;

import java.util.ArrayList;
import java.util.List;

/**
 * What a detector said about periods {@code from} .. {@code from + alarm.length - 1} of a series:
 * the expected count, the threshold a count must exceed to alarm (NaN where the method could not
 * give one), the alarm, and the statistic the alarm thresholds.
 *
 * <p>The score is larger the more a period departs from the in-control model (for a predictive
 * method minus log10 of the upper-tail probability of the observed count, for a CUSUM or GLR chart
 * the chart's statistic); a detector alarms where its score reaches its critical value, so a score
 * lets a benchmark or an {@link EnsembleDetector} set the level of a detector afterwards without
 * running it again. It is {@code null} for a detector without one, and NaN in a period the detector
 * could not judge.
 *
 * @param method the detector, e.g. "EARS C2" or "Farrington flexible (Noufaily 2013)"
 * @param from index of the first evaluated period
 * @param expected expected count per evaluated period
 * @param threshold alarm threshold per evaluated period
 * @param alarm alarm flag per evaluated period
 * @param score the thresholded statistic per evaluated period, or null
 */
public record Detection(
    String method,
    int from,
    double[] expected,
    double[] threshold,
    boolean[] alarm,
    double[] score) {

  /** A detection without a score. */
  public Detection(
      String method, int from, double[] expected, double[] threshold, boolean[] alarm) {
    this(method, from, expected, threshold, alarm, null);
  }

  /** One evaluated period, with its observed count. */
  public record Evaluation(
      int index,
      double observed,
      double expected,
      double threshold,
      boolean alarm,
      String method) {}

  public int evaluated() {
    return alarm.length;
  }

  /** The evaluated periods of {@code observed}, in order. */
  public List<Evaluation> evaluations(double[] observed) {
    List<Evaluation> out = new ArrayList<>(alarm.length);
    for (int j = 0; j < alarm.length; j++) {
      out.add(
          new Evaluation(
              from + j, observed[from + j], expected[j], threshold[j], alarm[j], method));
    }
    return out;
  }

  /** Indices (into the series) of the periods that alarmed. */
  public List<Integer> alarmIndices() {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < alarm.length; j++) {
      if (alarm[j]) {
        out.add(from + j);
      }
    }
    return out;
  }
}
