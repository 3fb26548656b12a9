package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** Forecasters, interval calibration and the staffing view on cases whose answer is known. */
class ForecastingTest {
  static final LocalDate MONDAY = LocalDate.of(2021, 1, 4);

  @Test
  void seasonalNaiveRepeatsTheLastWeek() {
    double[] y = new double[14];
    for (int i = 0; i < 14; i++) {
      y[i] = i + 1;
    }
    assertThat(SeasonalNaiveForecaster.weekly().forecast(y, MONDAY, 9))
        .containsExactly(8, 9, 10, 11, 12, 13, 14, 8, 9);
  }

  @Test
  void poissonRegressionRecoversADayOfWeekPattern() {
    double[] weekday = {12, 14, 13, 12, 11, 6, 5}; // Monday .. Sunday
    double[] y = new double[7 * 60];
    for (int i = 0; i < y.length; i++) {
      y[i] = weekday[i % 7];
    }
    double[] f = new PoissonSeasonalForecaster(y.length, 0, false).forecast(y, MONDAY, 8);
    // The history ends on a Sunday, so day 1 ahead is a Monday.
    assertThat(f).containsExactly(new double[] {12, 14, 13, 12, 11, 6, 5, 12}, within(1e-6));
  }

  @Test
  void holtWintersFollowsAWeeklyPatternAndJumpsWithTheLevel() {
    double[] weekday = {12, 14, 13, 12, 11, 6, 5};
    double[] y = new double[7 * 30];
    for (int i = 0; i < y.length; i++) {
      y[i] =
          weekday[i % 7]
              + (i >= 7 * 25 ? 10 : 0); // the level steps up by 10 five weeks before the end
    }
    double[] f = HoltWintersForecaster.weekly().forecast(y, MONDAY, 8);
    // Five weeks after the step the level has caught up (alpha up to 0.9): Monday .. Sunday + 10,
    // then Monday.
    assertThat(f).containsExactly(new double[] {22, 24, 23, 22, 21, 16, 15, 22}, within(0.15));
  }

  @Test
  void calibratedIntervalsCoverNearTheirNominalLevel() {
    double[] y = simulatedAdmissions(4 * 365, 7);
    RollingOriginBacktest.Options o = new RollingOriginBacktest.Options(28, 7, 52, 52, 0.8);
    RollingOriginBacktest.Result poisson =
        RollingOriginBacktest.run(PoissonSeasonalForecaster.standard(), y, MONDAY, o);
    RollingOriginBacktest.Result naive =
        RollingOriginBacktest.run(SeasonalNaiveForecaster.weekly(), y, MONDAY, o);
    assertThat(poisson.overall().forecasts()).isEqualTo(52 * 28);
    assertThat(poisson.overall().coverage()).isCloseTo(0.8, within(0.05));
    assertThat(naive.overall().coverage()).isCloseTo(0.8, within(0.05));
    // The model that knows the calendar beats repeating last week, and its intervals are narrower.
    assertThat(poisson.overall().mae()).isLessThan(naive.overall().mae());
    assertThat(poisson.overall().meanWidth()).isLessThan(naive.overall().meanWidth());
  }

  @Test
  void forecastIntervalsBracketThePointForecast() {
    double[] y = simulatedAdmissions(3 * 365, 11);
    Forecast f =
        RollingOriginBacktest.forecast(
            PoissonSeasonalForecaster.standard(),
            y,
            MONDAY,
            RollingOriginBacktest.Options.standard());
    assertThat(f.first()).isEqualTo(MONDAY.plusDays(3 * 365));
    for (int h = 0; h < f.horizon(); h++) {
      assertThat(f.lower()[h]).isLessThan(f.mean()[h]);
      assertThat(f.upper()[h]).isGreaterThan(f.mean()[h]);
    }
  }

  @Test
  void tiedErrorsGetTheTailThatCoversTheNominalShare() {
    double[] continuous = {-5, -4, -3, -2, -1, 1, 2, 3, 4, 5};
    assertThat(RollingOriginBacktest.tailForCoverage(continuous, 0.8))
        .isCloseTo(0.1, within(1e-12));
    // 20 integer errors: three -1, fourteen 0, three 1. The nominal 10%/90% quantiles are -1 and 1,
    // which cover
    // all 20 (100%); leaving the ±1 ties out covers 14 (70%), the closer to 80%.
    double[] tied = new double[20];
    for (int i = 0; i < 3; i++) {
      tied[i] = -1;
      tied[19 - i] = 1;
    }
    double a = RollingOriginBacktest.tailForCoverage(tied, 0.8);
    assertThat(RollingOriginBacktest.quantile(tied, 0.1)).isEqualTo(-1);
    assertThat(RollingOriginBacktest.quantile(tied, a)).isGreaterThan(-1).isLessThanOrEqualTo(0);
    assertThat(RollingOriginBacktest.quantile(tied, 1 - a)).isLessThan(1).isGreaterThanOrEqualTo(0);
  }

  @Test
  void quantileIsRsTypeSeven() {
    // R: quantile(c(1, 2, 3, 4), 0.1) = 1.3
    assertThat(RollingOriginBacktest.quantile(new double[] {1, 2, 3, 4}, 0.1))
        .isCloseTo(1.3, within(1e-12));
  }

  @Test
  void staffingCoversTheUpperBoundAtTheStatedRatio() {
    Forecast census =
        new Forecast(
            "x",
            MONDAY,
            new double[] {9.2, 3.0},
            new double[] {7, 1},
            new double[] {11.3, 4.0},
            0.8,
            "test");
    List<StaffingPlan.Day> plan = StaffingPlan.of(census, 4);
    assertThat(plan.get(0)).isEqualTo(new StaffingPlan.Day(MONDAY, 9.2, 11.3, 12, 3, 3));
    assertThat(plan.get(1)).isEqualTo(new StaffingPlan.Day(MONDAY.plusDays(1), 3.0, 4.0, 4, 1, 1));
  }

  /** Poisson counts with a weekday pattern and an annual cycle, as hospital admissions have. */
  static double[] simulatedAdmissions(int days, long seed) {
    MersenneTwister rng = new MersenneTwister(seed);
    double[] weekday = {1.2, 1.1, 1.05, 1.0, 1.0, 0.7, 0.6};
    double[] y = new double[days];
    for (int i = 0; i < days; i++) {
      double mean = 8 * weekday[i % 7] * (1 + 0.25 * Math.cos(2 * Math.PI * i / 365.25));
      y[i] = new PoissonDistribution(rng, mean, 1e-12, 10_000).sample();
    }
    return y;
  }
}
