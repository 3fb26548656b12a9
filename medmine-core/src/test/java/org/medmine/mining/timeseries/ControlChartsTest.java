package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control limits against the textbook formulas on worked examples, and each run rule on a run built
 * for it.
 */
class ControlChartsTest {
  static final RunRules WE = RunRules.westernElectric();

  @Test
  void pChartLimitsFollowTheBaselineProportionAndEachSubgroupSize() {
    double[] events = {5, 8, 6, 7, 4, 20, 22};
    double[] n = {100, 100, 100, 100, 100, 100, 200};
    ControlChart c = ControlCharts.p(events, n, 0, 5, WE);
    // p̄ = 30/500 = 0.06; sigma(n=100) = sqrt(0.06*0.94/100) = 0.0237487; UCL = 0.06 + 3*0.0237487
    // = 0.1312461 (0.13124605).
    assertThat(c.center()[0]).isCloseTo(0.06, within(1e-12));
    assertThat(c.upper()[0]).isCloseTo(0.13124605, within(1e-8));
    assertThat(c.lower()[0]).isZero(); // 0.06 - 0.0712 < 0
    // n = 200: sigma = sqrt(0.0564/200) = 0.0167929; UCL = 0.11037857.
    assertThat(c.upper()[6]).isCloseTo(0.11037857, within(1e-8));
    assertThat(c.values()[5]).isEqualTo(0.20);
    // Period 5 (0.20) is beyond 3 sigma; period 6 (0.11, z = 2.98) is inside its limit but is the
    // second of
    // three points beyond 2 sigma.
    assertThat(c.signals())
        .extracting(s -> s.rule() + "@" + s.index())
        .containsExactly("WE 1@5", "WE 2@6");
  }

  @Test
  void uChartLimitsAreRateCentreAndPoissonSigmaPerUnitOfExposure() {
    double[] counts = {12, 15, 9, 14};
    double[] units = {2.0, 2.5, 1.5, 2.0}; // thousands of patients
    ControlChart c = ControlCharts.u(counts, units, 0, 4, WE);
    // ū = 50/8 = 6.25 per 1,000; n=2: sigma = sqrt(6.25/2) = 1.7677670 -> limits 0.9466991 ..
    // 11.5533009.
    assertThat(c.center()[0]).isEqualTo(6.25);
    assertThat(c.lower()[0]).isCloseTo(0.9466991, within(1e-7));
    assertThat(c.upper()[0]).isCloseTo(11.5533009, within(1e-7));
    // n=1.5: sigma = 2.0412415 -> UCL 12.3737244.
    assertThat(c.upper()[2]).isCloseTo(12.3737244, within(1e-7));
    assertThat(c.signals()).isEmpty();
  }

  @Test
  void xmrLimitsAreMeanPlusMinusTwoSixSixMovingRanges() {
    double[] los = {10, 12, 11, 13, 9, 11, 30};
    List<ControlChart> charts = ControlCharts.xmr(los, 0, 6, WE);
    ControlChart x = charts.get(0);
    ControlChart mr = charts.get(1);
    // x̄ = 66/6 = 11; moving ranges 2,1,2,4,2 -> MR̄ = 2.2; sigma = 2.2/1.128 = 1.9503546;
    // limits 11 ± 5.8510638 (= 2.66 MR̄ to 3 digits); MR chart UCL = 3.267 * 2.2 = 7.1874.
    assertThat(x.center()[0]).isEqualTo(11);
    assertThat(x.upper()[0]).isCloseTo(16.8510638, within(1e-7));
    assertThat(x.lower()[0]).isCloseTo(5.1489362, within(1e-7));
    assertThat(x.upper()[0] - x.center()[0]).isCloseTo(2.66 * 2.2, within(0.002));
    assertThat(mr.center()[0]).isCloseTo(2.2, within(1e-12));
    assertThat(mr.upper()[0]).isCloseTo(7.1874, within(1e-9));
    assertThat(Double.isNaN(mr.values()[0])).isTrue();
    assertThat(x.flaggedPeriods()).containsExactly(6);
    assertThat(mr.flaggedPeriods()).containsExactly(6);
  }

  @Test
  void baselineLimitsAreNotMovedByLaterPeriods() {
    double[] x = {10, 12, 11, 13, 9, 11, 30, 31, 29};
    ControlChart withBaseline = ControlCharts.xmr(x, 0, 6, WE).get(0);
    ControlChart allPeriods = ControlCharts.xmr(x, 0, 9, WE).get(0);
    assertThat(withBaseline.center()[0]).isEqualTo(11);
    assertThat(allPeriods.center()[0]).isGreaterThan(15);
  }

  @Test
  void westernElectricFlagsEightInARowAndNelsonNine() {
    double[] z = {-0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    assertThat(rules(WE, z)).containsExactly("WE 4@8", "WE 4@9");
    assertThat(rules(RunRules.nelson(), z)).containsExactly("Nelson 2@9");
  }

  @Test
  void twoOfThreeBeyondTwoSigmaAndFourOfFiveBeyondOne() {
    assertThat(rules(WE, new double[] {0, 2.5, 0, 2.1})).containsExactly("WE 2@3");
    assertThat(rules(WE, new double[] {0, 1.5, 1.2, -0.3, 1.1, 1.4})).containsExactly("WE 3@5");
    assertThat(rules(WE, new double[] {0, 2.5, 0, -2.1})).isEmpty(); // opposite sides
  }

  @Test
  void nelsonTrendAlternationStratificationAndMixture() {
    assertThat(rules(RunRules.nelson(), new double[] {-1.2, -0.9, -0.6, -0.3, 0.0, 0.3}))
        .contains("Nelson 3@5");
    double[] alternating = new double[14];
    for (int i = 0; i < 14; i++) {
      alternating[i] = i % 2 == 0 ? 0.4 : -0.4;
    }
    assertThat(rules(RunRules.nelson(), alternating)).contains("Nelson 4@13");
    double[] hugging = new double[15];
    for (int i = 0; i < 15; i++) {
      hugging[i] = i % 2 == 0 ? 0.2 : -0.1;
    }
    assertThat(rules(RunRules.nelson(), hugging)).contains("Nelson 7@14");
    double[] mixture = {1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5};
    assertThat(rules(RunRules.nelson(), mixture)).contains("Nelson 8@7");
  }

  private static List<String> rules(RunRules r, double[] z) {
    double[] zero = new double[z.length];
    double[] one = new double[z.length];
    Arrays.fill(one, 1);
    return r.apply(z, zero, one).stream().map(s -> s.rule() + "@" + s.index()).toList();
  }
}
