package org.medmine.mining.timeseries;

import java.util.List;

/**
 * How well a detector's alarms found labelled outbreaks in the evaluated periods of a set of
 * series, with the measures of Noufaily et al. 2013 (Stat Med 32:1206-1222, §4) and Bédubourg and
 * Le Strat 2017 (PLoS ONE 12:e0181227): week-level sensitivity and specificity, the probability of
 * detecting an outbreak (an alarm in at least one of its periods), timeliness, and the distance to
 * perfect detection sqrt((1-sensitivity)² + (1-specificity)²).
 *
 * @param outbreakPeriods evaluated periods inside an outbreak
 * @param quietPeriods evaluated periods outside every outbreak
 * @param sensitivity share of outbreak periods with an alarm
 * @param specificity share of quiet periods without an alarm
 * @param probabilityOfDetection share of outbreaks (starting in the evaluated periods) with an
 *     alarm during them
 * @param meanDelay mean periods from an outbreak's start to its first alarm, over the detected
 *     outbreaks (NaN if none)
 * @param timeliness mean over outbreaks of (first alarm - start)/length, 1 for a missed outbreak
 *     (Salmon et al. 2016, J Stat Softw 70(10)); 0 is best
 * @param distanceToPerfect sqrt((1-sensitivity)² + (1-specificity)²)
 */
public record DetectionPerformance(
    long outbreakPeriods,
    long quietPeriods,
    double sensitivity,
    double specificity,
    double probabilityOfDetection,
    double meanDelay,
    double timeliness,
    double distanceToPerfect) {

  /**
   * Scores alarms against labels.
   *
   * @param series the labelled series
   * @param alarms per series, one flag per evaluated period (periods from .. from + alarms.length -
   *     1)
   * @param from index of the first evaluated period in every series
   */
  public static DetectionPerformance of(
      List<LabelledSeries> series, List<boolean[]> alarms, int from) {
    long inOutbreak = 0;
    long hits = 0;
    long quiet = 0;
    long falseAlarms = 0;
    int outbreaks = 0;
    int detected = 0;
    double delay = 0;
    double timeliness = 0;
    for (int i = 0; i < series.size(); i++) {
      boolean[] flags = series.get(i).outbreakPeriods();
      boolean[] a = alarms.get(i);
      for (int j = 0; j < a.length; j++) {
        if (flags[from + j]) {
          inOutbreak++;
          hits += a[j] ? 1 : 0;
        } else {
          quiet++;
          falseAlarms += a[j] ? 1 : 0;
        }
      }
      for (LabelledSeries.Outbreak o : series.get(i).outbreaks()) {
        if (o.start() < from || o.start() >= from + a.length) {
          continue;
        }
        outbreaks++;
        int last = Math.min(o.end(), from + a.length);
        int first = -1;
        for (int t = o.start(); t < last && first < 0; t++) {
          first = a[t - from] ? t : -1;
        }
        if (first >= 0) {
          detected++;
          delay += first - o.start();
          timeliness += (double) (first - o.start()) / o.length();
        } else {
          timeliness += 1;
        }
      }
    }
    double se = inOutbreak > 0 ? (double) hits / inOutbreak : Double.NaN;
    double sp = quiet > 0 ? 1 - (double) falseAlarms / quiet : Double.NaN;
    return new DetectionPerformance(
        inOutbreak,
        quiet,
        se,
        sp,
        outbreaks > 0 ? (double) detected / outbreaks : Double.NaN,
        detected > 0 ? delay / detected : Double.NaN,
        outbreaks > 0 ? timeliness / outbreaks : Double.NaN,
        Math.hypot(1 - se, 1 - sp));
  }
}
