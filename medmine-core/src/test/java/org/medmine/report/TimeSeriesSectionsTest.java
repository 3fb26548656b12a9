package org.medmine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.ControlCharts;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.EarsDetector;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.RunRules;

/** The time-series sections draw what the analyses found: alarms, intervals, signals. */
class TimeSeriesSectionsTest {
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  @Test
  void surveillanceMarksEachAlarmAndListsTheCurrentOnes() {
    double[] y = {5, 6, 4, 5, 7, 5, 6, 5, 4, 6, 30, 5};
    CountSeries s = new CountSeries("ili", "north", Granularity.WEEK, MONDAY, y, null);
    Detection d = EarsDetector.of(EarsDetector.Variant.C1).detect(y);
    assertThat(d.alarmIndices()).containsExactly(10);
    String html = TimeSeriesSections.surveillance(s, List.of(d), 104, 4);
    assertThat(html).contains("<svg", "alarm: EARS C1", "2024-03-11"); // week 11 starts on 11 March
    assertThat(html.split("alarm: EARS C1 · ", -1)).hasSize(2); // one alarm point (tooltip)
    String quiet = TimeSeriesSections.surveillance(s, List.of(d), 104, 1);
    assertThat(quiet).contains("No alarms in the last 1 periods.");
  }

  @Test
  void forecastDrawsTheIntervalAndControlChartTheSignals() {
    CountSeries h = new CountSeries("admissions", "all", Granularity.DAY, MONDAY, new double[] {3, 4, 5, 4, 3, 2, 2}, null);
    Forecast f = new Forecast("m", MONDAY.plusDays(7), new double[] {3, 4}, new double[] {1, 2}, new double[] {5, 6}, 0.8, "test");
    String html = TimeSeriesSections.forecast(h, f, List.of(), 30);
    assertThat(html).contains("lower 80%", "upper 80%", "forecast: m");
    ControlChart c = ControlCharts.xmr(new double[] {10, 12, 11, 13, 9, 11, 30}, 0, 6, RunRules.westernElectric()).get(0);
    String chart = TimeSeriesSections.controlChart("LOS", List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"), c);
    assertThat(chart).contains("end of baseline", "<td>m7</td>", "WE 1");
  }

  /**
   * Issue 29, defect 5: a backtest over days that are nearly all 0 showed MAE 0.00, MAPE NaN and zero-width
   * intervals as if the forecaster were perfect; it is now called degenerate, and MAPE is shown as undefined.
   */
  @Test
  void aBacktestOverNearlyConstantCountsIsReportedAsDegenerate() {
    double[] quiet = new double[900];
    quiet[300] = 1;
    quiet[850] = 1; // one admission in the scored year
    String html = forecastSection(quiet);
    assertThat(html).contains("Degenerate backtest", "384 of the 385 scored days had a count of 0").doesNotContain("NaN");

    double[] busy = new double[900];
    java.util.Random rng = new java.util.Random(5);
    for (int i = 0; i < busy.length; i++) {
      busy[i] = 3 + rng.nextInt(5);
    }
    assertThat(forecastSection(busy)).doesNotContain("Degenerate", "degenerate", "NaN");
  }

  private static String forecastSection(double[] y) {
    CountSeries s = new CountSeries("admissions", "all", Granularity.DAY, MONDAY, y, null);
    var o = org.medmine.mining.timeseries.RollingOriginBacktest.Options.standard();
    var naive = org.medmine.mining.timeseries.SeasonalNaiveForecaster.weekly();
    Forecast f = org.medmine.mining.timeseries.RollingOriginBacktest.forecast(naive, y, MONDAY, o);
    return TimeSeriesSections.forecast(s, f, List.of(org.medmine.mining.timeseries.RollingOriginBacktest.run(naive, y, MONDAY, o)), 120);
  }

  /**
   * Issue 29, defect 8: the readmission chart drew one line across two years without discharges (and its limits,
   * NaN there, not at all). The line now breaks at every month without a value, and the page says why.
   */
  @Test
  void aControlChartBreaksItsLineWhereMonthsHaveNoValue() {
    double[] readmitted = {1, 0, 0, 0, 0, 0, 0, 1, 0};
    double[] discharges = {2, 3, 1, 0, 0, 0, 2, 3, 1}; // three months without a discharge
    ControlChart p = ControlCharts.p(readmitted, discharges, 0, 9, RunRules.westernElectric());
    List<String> months = List.of("2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09");
    String html = TimeSeriesSections.controlChart("30-day readmission rate", months, p);
    java.util.regex.Matcher value = java.util.regex.Pattern.compile("<path class=\"line\" d=\"([^\"]*)\"[^>]*stroke=\"#0072B2\"")
        .matcher(html);
    assertThat(value.find()).isTrue();
    assertThat(value.group(1).split("M", -1)).as("segments of the value line: " + value.group(1)).hasSize(3);
    assertThat(html).doesNotContain("NaN").contains("3 of 9 periods have no value");
    assertThat(html.split("class=\"mark\"", -1)).hasSize(6 + 1); // a point for each month with discharges
  }
}
