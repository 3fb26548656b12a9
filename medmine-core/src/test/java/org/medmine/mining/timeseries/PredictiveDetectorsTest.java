package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The negative-binomial regression, the GLR chart's medmine settings, the ensemble and the
 * measures, by construction.
 */
class PredictiveDetectorsTest {
  static final NegativeBinomialRegressionDetector.Options NB =
      NegativeBinomialRegressionDetector.Options.standard(52);

  /** Poisson(mean) weekly counts, seeded. */
  static double[] poisson(int n, double mean, long seed) {
    MersenneTwister rng = new MersenneTwister(seed);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = new PoissonDistribution(rng, mean, 1e-12, 1_000_000).sample();
    }
    return y;
  }

  @Test
  void tailAndQuantileAgreeWithRsPoissonAndNegativeBinomial() {
    // R: qpois(0.95, 10) = 15; qnbinom(0.95, size = 2, mu = 10) = 25; 1 - ppois(14, 10) =
    // 0.08345847
    assertThat(PredictiveTail.quantile(0.95, 10, Double.POSITIVE_INFINITY)).isEqualTo(15);
    assertThat(PredictiveTail.quantile(0.95, 10, 2)).isEqualTo(25);
    assertThat(PredictiveTail.atLeast(15, 10, Double.POSITIVE_INFINITY))
        .isCloseTo(0.08345847, within(1e-8));
    // R: pnbinom(24, size = 2, mu = 10, lower.tail = FALSE) = 0.05416007939
    assertThat(PredictiveTail.atLeast(25, 10, 2)).isCloseTo(0.05416007939, within(1e-10));
  }

  @Test
  void regressionLeavesRecentWeeksAndPastOutbreaksOutOfItsBaseline() {
    double[] y = poisson(364, 10, 3);
    double[] withOutbreaks = y.clone();
    for (int t = 150; t < 153; t++) {
      withOutbreaks[t] += 40; // a past outbreak, inside the fitted history
    }
    for (int t = 330; t < 340; t++) {
      withOutbreaks[t] += 30; // a recent one, inside the excluded 26 weeks
    }
    Detection clean = new NegativeBinomialRegressionDetector(NB).detect(y, 352);
    Detection dirty = new NegativeBinomialRegressionDetector(NB).detect(withOutbreaks, 352);
    Detection unweighted =
        new NegativeBinomialRegressionDetector(
                new NegativeBinomialRegressionDetector.Options(
                    52, 5, 2, true, Double.POSITIVE_INFINITY, 26, 0.01))
            .detect(withOutbreaks, 352);
    double offDownWeighted = 0;
    double offUnweighted = 0;
    for (int j = 0; j < clean.evaluated(); j++) {
      offDownWeighted += Math.abs(dirty.expected()[j] - clean.expected()[j]);
      offUnweighted += Math.abs(unweighted.expected()[j] - clean.expected()[j]);
    }
    // Down-weighting keeps the baseline nearer the one fitted without the past outbreak.
    assertThat(offDownWeighted).isLessThan(offUnweighted);
    for (int j = 0; j < clean.evaluated(); j++) {
      assertThat(clean.expected()[j]).isCloseTo(10, within(1.5));
      assertThat(dirty.expected()[j]).isCloseTo(clean.expected()[j], within(1.0));
      // A 99% predictive quantile of about Poisson(10), widened a little by the fit's uncertainty:
      // qpois(0.99, 10) = 18.
      assertThat(clean.threshold()[j]).isBetween(17.0, 21.0);
    }
  }

  @Test
  void glrWithoutRestartAlarmsThroughASustainedOutbreakAndForgetsItAfterItsWindow() {
    double[] y = poisson(364, 10, 5);
    for (int t = 320; t < 326; t++) {
      y[t] += 12;
    }
    Detection seasonal =
        new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(52))
            .detect(y, 312);
    Detection asR =
        new GlrNegativeBinomialDetector(
                new GlrNegativeBinomialDetector.Options(52, 2, true, 2.58, 5, -1, true, 104))
            .detect(y, 312);
    long seasonalInOutbreak =
        seasonal.alarmIndices().stream().filter(t -> t >= 320 && t < 326).count();
    long restartInOutbreak = asR.alarmIndices().stream().filter(t -> t >= 320 && t < 326).count();
    assertThat(seasonalInOutbreak).isGreaterThanOrEqualTo(4);
    assertThat(restartInOutbreak).isLessThan(seasonalInOutbreak);
    // Twelve weeks after the outbreak's end it has left the window: the statistic is back near
    // zero.
    assertThat(seasonal.score()[326 + 12 - 312]).isLessThan(2);
    for (int j : new int[] {0, 7, 9, 20, 40}) {
      // The threshold is the largest count that would not alarm: one more would.
      double[] probe = y.clone();
      probe[312 + j] = seasonal.threshold()[j] + 1;
      assertThat(
              new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(52))
                  .detect(probe, 312)
                  .alarm()[j])
          .isTrue();
    }
  }

  @Test
  void ensembleCalibratedOnLabelledSeriesKeepsTheStatedSpecificityOnNewOnes() {
    List<LeveledDetector> members =
        List.of(
            new NegativeBinomialRegressionDetector(NB),
            new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(52)));
    EnsembleDetector e = EnsembleDetector.calibrate(members, labelled(6, 100), 338, 0.95);
    List<LabelledSeries> fresh = labelled(6, 200);
    List<boolean[]> alarms = new ArrayList<>();
    for (LabelledSeries s : fresh) {
      alarms.add(e.detect(s.counts(), 338).alarm());
    }
    for (LabelledSeries s : fresh.subList(0, 2)) {
      Detection d = e.detect(s.counts(), 338);
      Detection first = e.members().get(0).detect(s.counts(), 338);
      Detection second = e.members().get(1).detect(s.counts(), 338);
      for (int j = 0; j < d.evaluated(); j++) {
        assertThat(d.alarm()[j]).isEqualTo(first.alarm()[j] || second.alarm()[j]);
        assertThat(d.threshold()[j])
            .isEqualTo(Math.min(first.threshold()[j], second.threshold()[j]));
      }
    }
    DetectionPerformance p = DetectionPerformance.of(fresh, alarms, 338);
    // 6 x 26 weeks, about 140 quiet ones: specificity 0.95 give or take two standard errors.
    assertThat(p.specificity()).isBetween(0.90, 0.995);
    assertThat(p.sensitivity()).isGreaterThan(0.5); // outbreaks of +10 a week (3 sd) over 3 weeks
  }

  /** n Poisson(10) series with one outbreak of 3 weeks (+10 a week) in weeks 338..360. */
  static List<LabelledSeries> labelled(int n, long seed) {
    List<LabelledSeries> out = new ArrayList<>();
    MersenneTwister rng = new MersenneTwister(seed);
    for (int i = 0; i < n; i++) {
      double[] y = poisson(364, 10, seed * 1000 + i);
      int start = 338 + rng.nextInt(23);
      for (int t = start; t < start + 3; t++) {
        y[t] += 10;
      }
      out.add(new LabelledSeries("s" + i, y, List.of(new LabelledSeries.Outbreak(start, 3))));
    }
    return out;
  }

  @Test
  void performanceCountsWeeksOutbreaksDelayAndDistanceByHand() {
    double[] y = new double[10];
    LabelledSeries s =
        new LabelledSeries(
            "s", y, List.of(new LabelledSeries.Outbreak(4, 3), new LabelledSeries.Outbreak(8, 2)));
    // Evaluated weeks 2..9; alarms at 3 (false), 5 and 6 (first outbreak, found a week late), none
    // in the second.
    boolean[] a = {false, true, false, true, true, false, false, false};
    DetectionPerformance p = DetectionPerformance.of(List.of(s), List.of(a), 2);
    assertThat(p.outbreakPeriods()).isEqualTo(5);
    assertThat(p.sensitivity()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(p.specificity()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(p.probabilityOfDetection()).isCloseTo(0.5, within(1e-12));
    assertThat(p.meanDelay()).isCloseTo(1, within(1e-12));
    assertThat(p.timeliness()).isCloseTo((1.0 / 3 + 1) / 2, within(1e-12));
    assertThat(p.distanceToPerfect()).isCloseTo(Math.hypot(0.6, 1.0 / 3), within(1e-12));
  }

  @Test
  void calibrationPutsTheCriticalScoreJustAboveTheQuietScoresItMayNotAlarmOn() {
    LabelledSeries s =
        new LabelledSeries("s", new double[12], List.of(new LabelledSeries.Outbreak(10, 2)));
    double[] scores = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 60}; // weeks 0..11; 10 quiet weeks
    double c = SpecificityCalibration.criticalScore(List.of(scores), List.of(s), 0, 0.9);
    assertThat(c)
        .isGreaterThan(9)
        .isLessThanOrEqualTo(10); // one quiet alarm (score 10) of ten is allowed
    assertThat(SpecificityCalibration.falseAlarmRate(List.of(scores), List.of(s), 0, c))
        .isCloseTo(0.1, within(1e-12));
  }
}
