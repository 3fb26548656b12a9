package org.medmine.apps.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.SeasonalNaiveForecaster;

/** The forecast section draws the interval and says when a backtest cannot judge the forecaster. */
class ForecastSectionsTest {
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  @Test
  void forecastDrawsTheInterval() {
    CountSeries h =
        new CountSeries(
            "admissions", "all", Granularity.DAY, MONDAY, new double[] {3, 4, 5, 4, 3, 2, 2}, null);
    Forecast f =
        new Forecast(
            "m",
            MONDAY.plusDays(7),
            new double[] {3, 4},
            new double[] {1, 2},
            new double[] {5, 6},
            0.8,
            "test");
    String html = ForecastSections.forecast(h, f, List.of(), 30);
    assertThat(html).contains("lower 80%", "upper 80%", "forecast: m");
  }

  /**
   * Issue 29, defect 5: a backtest over days that are nearly all 0 showed MAE 0.00, MAPE NaN and
   * zero-width intervals as if the forecaster were perfect; it is now called degenerate, and MAPE
   * is shown as undefined.
   */
  @Test
  void aBacktestOverNearlyConstantCountsIsReportedAsDegenerate() {
    double[] quiet = new double[900];
    quiet[300] = 1;
    quiet[850] = 1; // one admission in the scored year
    String html = forecastSection(quiet);
    assertThat(html)
        .contains("Degenerate backtest", "384 of the 385 scored days had a count of 0")
        .doesNotContain("NaN");

    double[] busy = new double[900];
    java.util.Random rng = new java.util.Random(5);
    for (int i = 0; i < busy.length; i++) {
      busy[i] = 3 + rng.nextInt(5);
    }
    assertThat(forecastSection(busy)).doesNotContain("Degenerate", "degenerate", "NaN");
  }

  private static String forecastSection(double[] y) {
    CountSeries s = new CountSeries("admissions", "all", Granularity.DAY, MONDAY, y, null);
    var o = RollingOriginBacktest.Options.standard();
    var naive = SeasonalNaiveForecaster.weekly();
    Forecast f = RollingOriginBacktest.forecast(naive, y, MONDAY, o);
    return ForecastSections.forecast(
        s, f, List.of(RollingOriginBacktest.run(naive, y, MONDAY, o)), 120);
  }
}
