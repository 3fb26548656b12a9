package org.medmine.bench.timeseries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.mining.timeseries.DetectionPerformance;
import org.medmine.mining.timeseries.LabelledSeries;
import org.medmine.mining.timeseries.SpecificityCalibration;

/**
 * One method's output on one set of series, and the rule that sets its level: with a score per
 * week, the critical score that keeps {@code specificity} of the calibration set's quiet weeks free
 * of alarms ({@link SpecificityCalibration}); with a grid of levels, the level of highest
 * sensitivity among those whose specificity on the calibration set is at least {@code specificity}
 * (the most specific level when none is).
 *
 * @param defaultAlarms alarms at the method's default level, per series
 * @param scores score per week per series, or null
 * @param grid level → alarms per series, or null
 */
record MethodRun(
    List<boolean[]> defaultAlarms, List<double[]> scores, TreeMap<Double, List<boolean[]>> grid) {

  /**
   * A level chosen on calibration series: a critical score or a grid level, and its calibration
   * figures.
   */
  record Level(boolean fromScore, double value, DetectionPerformance calibration) {
    String describe() {
      return (fromScore ? "score >= " : "level ")
          + String.format(java.util.Locale.ROOT, "%.4g", value);
    }
  }

  Level calibrate(List<LabelledSeries> series, int from, double specificity) {
    if (scores != null) {
      double c = SpecificityCalibration.criticalScore(scores, series, from, specificity);
      return new Level(true, c, DetectionPerformance.of(series, alarmsAt(c), from));
    }
    Level best = null;
    Level mostSpecific = null;
    for (Map.Entry<Double, List<boolean[]>> e : grid.entrySet()) {
      DetectionPerformance p = DetectionPerformance.of(series, e.getValue(), from);
      Level l = new Level(false, e.getKey(), p);
      if (mostSpecific == null || p.specificity() > mostSpecific.calibration().specificity()) {
        mostSpecific = l;
      }
      if (p.specificity() >= specificity
          && (best == null
              || p.sensitivity() > best.calibration().sensitivity()
              || (p.sensitivity() == best.calibration().sensitivity()
                  && p.specificity() > best.calibration().specificity()))) {
        best = l;
      }
    }
    return best != null ? best : mostSpecific;
  }

  List<boolean[]> alarmsAt(Level level) {
    return level.fromScore() ? alarmsAt(level.value()) : grid.get(level.value());
  }

  private List<boolean[]> alarmsAt(double critical) {
    List<boolean[]> out = new ArrayList<>();
    for (double[] s : scores) {
      boolean[] a = new boolean[s.length];
      for (int j = 0; j < s.length; j++) {
        a[j] = s[j] >= critical;
      }
      out.add(a);
    }
    return out;
  }
}
