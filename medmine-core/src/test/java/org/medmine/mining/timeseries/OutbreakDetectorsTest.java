package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each detector against a worked example computed by hand from its published definition. */
class OutbreakDetectorsTest {

  @Test
  void earsC1ThresholdIsBaselineMeanPlusZTimesSampleSd() {
    // Baseline 1..7: mean 4, sample sd sqrt(28/6) = 2.1602; z(0.999) = 3.0902 -> 4 + 3.0902 *
    // 2.1602 = 10.6757.
    double[] y = {1, 2, 3, 4, 5, 6, 7, 10, 11};
    Detection d = EarsDetector.of(EarsDetector.Variant.C1).detect(y, 7);
    assertThat(d.expected()[0]).isEqualTo(4.0);
    assertThat(d.threshold()[0]).isCloseTo(10.675665, within(1e-5));
    assertThat(d.alarm()[0]).isFalse(); // 10 < 10.68
    // Period 8: baseline 2..7,10: mean 37/7 = 5.2857, sd 2.6904 -> threshold 13.60; 11 does not
    // alarm either.
    assertThat(d.threshold()[1]).isCloseTo(5.285714 + 3.090232 * 2.690371, within(1e-4));
    assertThat(d.alarm()[1]).isFalse();
    assertThat(
            EarsDetector.of(EarsDetector.Variant.C1)
                .detect(new double[] {1, 2, 3, 4, 5, 6, 7, 11}, 7)
                .alarm()[0])
        .isTrue();
  }

  @Test
  void earsC2SkipsTheTwoPeriodsBeforeT() {
    // Baseline of period 9 is periods 0..6 (mean 4), periods 7 and 8 are the guard band and do not
    // count.
    double[] y = {1, 2, 3, 4, 5, 6, 7, 100, 100, 11};
    Detection d = EarsDetector.of(EarsDetector.Variant.C2).detect(y, 9);
    assertThat(d.expected()[0]).isEqualTo(4.0);
    assertThat(d.threshold()[0]).isCloseTo(10.675665, within(1e-5));
    assertThat(d.alarm()).containsExactly(true);
  }

  @Test
  void earsC3SumsTheExcessOfC2OverThreePeriods() {
    double[] y = {2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 6, 9, 12};
    Detection d = EarsDetector.of(EarsDetector.Variant.C3).detect(y, 11);
    // Period 12: C2 = (12 - 3.1429)/1.0690 = 8.2851, C2(11) = 5.7461, C2(10) = 2.6726;
    // C3 = 7.2851 + 4.7461 + 1.6726 = 13.70 > 1.96. The lagged part (6.42) already exceeds z, so
    // the
    // threshold is mean + sd = 4.2119.
    assertThat(d.alarm()).containsExactly(true, true);
    assertThat(d.expected()[1]).isCloseTo(3.142857, within(1e-6));
    assertThat(d.threshold()[1]).isCloseTo(4.211902, within(1e-6));
  }

  @Test
  void earsC3AlarmsOnTheSpikeItselfUnlikeRWhichSumsOnlyTheLags() {
    double[] y = {2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 3, 20};
    Detection d = EarsDetector.of(EarsDetector.Variant.C3).detect(y, 11);
    assertThat(d.alarm()).containsExactly(false, true);
  }

  @Test
  void cusumAccumulatesStandardisedExcessAndAlarmsAtH() {
    // m = 4 (mean of the 4 history periods), sd = 2. z = 2.5 -> S = 1.46; z = 2 -> S = 2.42 >=
    // 2.26.
    double[] y = {4, 4, 4, 4, 9, 8, 4};
    Detection d = new CusumDetector(1.04, 2.26, 4).detect(y, 4);
    assertThat(d.expected()).containsExactly(4, 4, 4);
    assertThat(d.threshold()[0]).isCloseTo(4 + 2 * (2.26 + 1.04), within(1e-9));
    assertThat(d.threshold()[1]).isCloseTo(4 + 2 * (2.26 + 1.04 - 1.46), within(1e-9));
    // S(6) = max(0, 2.42 + 0 - 1.04) = 1.38: below h, no alarm.
    assertThat(d.alarm()).containsExactly(false, true, false);
  }

  @Test
  void farringtonOnAFlatSeriesUsesThePoissonQuantileOfTheReferenceMean() {
    double[] y = new double[52 * 5 + 10];
    Arrays.fill(y, 10);
    y[y.length - 1] = 16;
    y[y.length - 2] = 15;
    FarringtonFlexibleDetector noufaily =
        new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52);
    Detection d = noufaily.detect(y, y.length - 2);
    // Every reference value is 10, so mu0 = 10, the dispersion is below 1 (phi = 1), and the
    // threshold is
    // qpois(0.95, 10) = 15: 15 does not alarm, 16 does.
    assertThat(d.expected()[0]).isCloseTo(10, within(1e-6));
    assertThat(d.threshold()).containsExactly(15, 15);
    assertThat(d.alarm()).containsExactly(false, true);

    // The 1996 threshold: (mu0^(2/3) + z(0.95) * sqrt(4/9 * mu0^(1/3) * phi))^(3/2) = 15.6292 (se
    // of fit 0).
    Detection f =
        new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), 52)
            .detect(y, y.length - 2);
    assertThat(f.threshold()[1]).isCloseTo(15.629246, within(1e-5));
    assertThat(f.alarm()).containsExactly(false, true);
  }

  @Test
  void farringtonDownWeightsAPastOutbreakInTheReferenceWindow() {
    double[] y = new double[52 * 5 + 4];
    for (int i = 0; i < y.length; i++) {
      y[i] = 8 + (i % 3);
    }
    int t = y.length - 1;
    double[] withOutbreak = y.clone();
    withOutbreak[t - 52] = 60; // last year's same week
    FarringtonOptions reweighting = FarringtonOptions.farrington1996();
    FarringtonOptions noReweighting =
        new FarringtonOptions(
            5, 3, 1, 3, 1e9, 0.05, true, 0.05, FarringtonOptions.Threshold.DELTA, 5, 4);
    double down =
        new FarringtonFlexibleDetector(reweighting, 52).detect(withOutbreak, t).threshold()[0];
    double raw =
        new FarringtonFlexibleDetector(noReweighting, 52).detect(withOutbreak, t).threshold()[0];
    double clean = new FarringtonFlexibleDetector(reweighting, 52).detect(y, t).threshold()[0];
    assertThat(down).isLessThan(raw);
    assertThat(down - clean).isLessThan((raw - clean) / 2);
  }

  @Test
  void noufailyBlocksSplitEachPastYearIntoNineSeasonalLevels() {
    FarringtonFlexibleDetector d = new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52);
    int t = 52 * 5 + 3;
    int[] level = d.blocks(t + 1, t);
    // Window around t-52 is level 10; the 45 weeks t-48 .. t-4 are nine blocks of five weeks,
    // levels 1..9.
    assertThat(level[t - 52 - 3]).isEqualTo(10);
    assertThat(level[t - 52 + 3]).isEqualTo(10);
    assertThat(level[t - 48]).isEqualTo(1);
    assertThat(level[t - 44]).isEqualTo(1);
    assertThat(level[t - 43]).isEqualTo(2);
    assertThat(level[t - 4]).isEqualTo(9);
    assertThat(level[0]).isEqualTo(10); // t - 260 - 3
  }

  @Test
  void discreteQuantilesMatchR() {
    // R: qpois(0.95, 10) = 15; qnbinom(0.95, size = 10, prob = 1/2) = 18; qnbinom(0.95, 2.5, 0.2) =
    // 24.
    assertThat(FarringtonFlexibleDetector.poissonQuantile(0.95, 10)).isEqualTo(15);
    assertThat(FarringtonFlexibleDetector.negativeBinomialQuantile(0.95, 10, 0.5)).isEqualTo(18);
    assertThat(FarringtonFlexibleDetector.negativeBinomialQuantile(0.95, 2.5, 0.2)).isEqualTo(24);
  }

  @Test
  void farringtonOnASparseSeriesGivesNoResultInsteadOfFailing() {
    double[] y = new double[52 * 5 + 30];
    y[10] = 1; // one case in seven years: most seasonal levels hold only zeros
    y[y.length - 1] = 6;
    // R (surveillance 1.20.3) on this series: Noufaily's model does not converge ("no result", NA),
    // the 1996
    // model alarms with an upper bound of 0.0016.
    Detection noufaily =
        new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52).detect(y, y.length - 1);
    assertThat(noufaily.alarm()).containsExactly(false);
    assertThat(noufaily.threshold()[0]).isNaN();
    Detection f1996 =
        new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), 52)
            .detect(y, y.length - 1);
    assertThat(f1996.alarm()).containsExactly(true);
    assertThat(f1996.threshold()[0]).isLessThan(0.01);
  }
}
