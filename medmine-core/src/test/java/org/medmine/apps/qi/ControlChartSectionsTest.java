package org.medmine.apps.qi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.ControlCharts;
import org.medmine.mining.timeseries.RunRules;

/** The control-chart section draws the limits, the end of the baseline and the signals. */
class ControlChartSectionsTest {
  @Test
  void controlChartShowsTheSignals() {
    ControlChart c =
        ControlCharts.xmr(
                new double[] {10, 12, 11, 13, 9, 11, 30}, 0, 6, RunRules.westernElectric())
            .get(0);
    String chart =
        ControlChartSections.chart("LOS", List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"), c);
    assertThat(chart).contains("end of baseline", "<td>m7</td>", "WE 1");
  }

  /**
   * Issue 29, defect 8: the readmission chart drew one line across two years without discharges
   * (and its limits, NaN there, not at all). The line now breaks at every month without a value,
   * and the page says why.
   */
  @Test
  void aControlChartBreaksItsLineWhereMonthsHaveNoValue() {
    double[] readmitted = {1, 0, 0, 0, 0, 0, 0, 1, 0};
    double[] discharges = {2, 3, 1, 0, 0, 0, 2, 3, 1}; // three months without a discharge
    ControlChart p = ControlCharts.p(readmitted, discharges, 0, 9, RunRules.westernElectric());
    List<String> months =
        List.of(
            "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08",
            "2022-09");
    String html = ControlChartSections.chart("30-day readmission rate", months, p);
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile(
                "<path class=\"line\" d=\"([^\"]*)\"[^>]*stroke=\"#0072B2\"")
            .matcher(html);
    assertThat(value.find()).isTrue();
    assertThat(value.group(1).split("M", -1))
        .as("segments of the value line: " + value.group(1))
        .hasSize(3);
    assertThat(html).doesNotContain("NaN").contains("3 of 9 periods have no value");
    assertThat(html.split("class=\"mark\"", -1))
        .hasSize(6 + 1); // a point for each month with discharges
  }
}
