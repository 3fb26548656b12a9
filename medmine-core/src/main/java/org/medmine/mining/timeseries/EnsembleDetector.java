package org.medmine.mining.timeseries;

import java.util.ArrayList;
import java.util.List;

/**
 * An ensemble of detectors at a stated specificity: a period alarms when any member alarms, and the
 * members' levels are set together, on calibration series with labelled outbreaks, so that the
 * ensemble keeps the stated share of quiet periods free of alarms. The false-alarm budget 1 -
 * specificity is shared equally: each member is set at the same own false-alarm rate u, the largest
 * u at which the union of their alarms still meets the target (found by bisection; members that
 * alarm together spend the budget once, which is what makes a union of a Shewhart-type and a
 * CUSUM-type detector pay: they miss different outbreak weeks).
 *
 * <p>Per period, the expected count is the first member's and the threshold is the lowest of the
 * members' thresholds (a count above it makes at least that member alarm); the score is the largest
 * of the members' score minus critical value (plus the ensemble's own critical value, 0 unless
 * shifted), so it reaches the critical value where a member alarms.
 */
public final class EnsembleDetector implements LeveledDetector {
  private final List<LeveledDetector> members;
  private final String description;
  private final double critical;

  /** An ensemble of members at their own levels, alarming where any alarms. */
  public EnsembleDetector(List<LeveledDetector> members, String description) {
    this(members, description, 0);
  }

  private EnsembleDetector(List<LeveledDetector> members, String description, double critical) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs members");
    }
    this.members = List.copyOf(members);
    this.description = description;
    this.critical = critical;
  }

  /**
   * medmine's default ensemble: the seasonal negative-binomial regression (alpha 0.028) or the
   * seasonal GLR chart (c 6.5), the levels {@link #calibrate} chose for specificity 0.95 on the
   * calibration set of bench/outbreak-detection.sh (seed 25: 100 series, 8 scenarios after Noufaily
   * et al. 2013 and 2 of sim.pointSource; docs/timeseries-benchmarks.md), rounded. On other data
   * its specificity will differ: calibrate on labelled series of your own where you have them.
   */
  public static EnsembleDetector standard(int periodsPerYear) {
    return new EnsembleDetector(
        List.of(
            new NegativeBinomialRegressionDetector(
                NegativeBinomialRegressionDetector.Options.standard(periodsPerYear)
                    .withAlpha(0.028)),
            new GlrNegativeBinomialDetector(
                GlrNegativeBinomialDetector.Options.seasonal(periodsPerYear).withCArl(6.5))),
        "at the levels calibrated to specificity 0.95 on the medmine outbreak bench");
  }

  /**
   * Sets the members' levels so that the union of their alarms reaches the target specificity on
   * the calibration series (evaluated from period {@code from}).
   */
  public static EnsembleDetector calibrate(
      List<LeveledDetector> members,
      List<LabelledSeries> calibration,
      int from,
      double specificity) {
    List<List<double[]>> scores = new ArrayList<>();
    for (LeveledDetector m : members) {
      List<double[]> s = new ArrayList<>();
      for (LabelledSeries series : calibration) {
        s.add(m.detect(series.counts(), from).score());
      }
      scores.add(s);
    }
    double lo = 0;
    double hi = 1 - specificity;
    double[] best = criticals(scores, calibration, from, lo);
    for (int iter = 0; iter < 30; iter++) {
      double u = (lo + hi) / 2;
      double[] c = criticals(scores, calibration, from, u);
      if (unionSpecificity(scores, calibration, from, c) >= specificity) {
        lo = u;
        best = c;
      } else {
        hi = u;
      }
    }
    List<LeveledDetector> set = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      set.add(members.get(i).atCriticalScore(best[i]));
    }
    return new EnsembleDetector(
        set,
        String.format(
            java.util.Locale.ROOT,
            "calibrated to specificity %.3f on %d series",
            specificity,
            calibration.size()));
  }

  private static double[] criticals(
      List<List<double[]>> scores, List<LabelledSeries> series, int from, double rate) {
    double[] c = new double[scores.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = SpecificityCalibration.criticalScore(scores.get(i), series, from, 1 - rate);
    }
    return c;
  }

  private static double unionSpecificity(
      List<List<double[]>> scores, List<LabelledSeries> series, int from, double[] c) {
    long quiet = 0;
    long alarms = 0;
    for (int s = 0; s < series.size(); s++) {
      boolean[] flags = series.get(s).outbreakPeriods();
      int n = scores.get(0).get(s).length;
      for (int j = 0; j < n; j++) {
        if (flags[from + j]) {
          continue;
        }
        quiet++;
        boolean any = false;
        for (int m = 0; m < c.length && !any; m++) {
          any = scores.get(m).get(s)[j] >= c[m];
        }
        alarms += any ? 1 : 0;
      }
    }
    return quiet == 0 ? 1 : 1 - (double) alarms / quiet;
  }

  public List<LeveledDetector> members() {
    return members;
  }

  @Override
  public String method() {
    StringBuilder b = new StringBuilder("Ensemble (any of: ");
    for (int i = 0; i < members.size(); i++) {
      b.append(i > 0 ? "; " : "").append(members.get(i).method());
    }
    return b.append(") ").append(description).toString();
  }

  @Override
  public int firstEvaluable() {
    return members.stream().mapToInt(OutbreakDetector::firstEvaluable).max().orElseThrow();
  }

  @Override
  public Detection detect(double[] y, int from) {
    requireHistory(from);
    int n = Math.max(0, y.length - from);
    double[] expected = new double[n];
    double[] threshold = new double[n];
    double[] score = new double[n];
    boolean[] alarm = new boolean[n];
    java.util.Arrays.fill(threshold, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
    for (int m = 0; m < members.size(); m++) {
      LeveledDetector member = members.get(m);
      Detection d = member.detect(y, from);
      for (int j = 0; j < n; j++) {
        if (m == 0) {
          expected[j] = d.expected()[j];
        }
        threshold[j] =
            Math.min(
                threshold[j],
                Double.isNaN(d.threshold()[j]) ? Double.POSITIVE_INFINITY : d.threshold()[j]);
        double excess = d.score()[j] - member.criticalScore();
        score[j] = Double.isNaN(excess) ? score[j] : Math.max(score[j], excess);
        alarm[j] |= d.alarm()[j];
      }
    }
    for (int j = 0; j < n; j++) {
      threshold[j] = Double.isInfinite(threshold[j]) ? Double.NaN : threshold[j];
      score[j] += critical;
    }
    return new Detection("Ensemble", from, expected, threshold, alarm, score);
  }

  @Override
  public double criticalScore() {
    return critical;
  }

  @Override
  public LeveledDetector atCriticalScore(double c) {
    List<LeveledDetector> shifted = new ArrayList<>();
    for (LeveledDetector m : members) {
      shifted.add(m.atCriticalScore(m.criticalScore() + c - critical));
    }
    return new EnsembleDetector(shifted, description, c);
  }
}
