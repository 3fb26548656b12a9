package org.medmine.apps.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.EarsDetector;
import org.medmine.mining.timeseries.Granularity;

/**
 * The surveillance section draws what the detectors found: each alarm, and the current ones in a
 * table.
 */
class SurveillanceSectionsTest {
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  @Test
  void surveillanceMarksEachAlarmAndListsTheCurrentOnes() {
    double[] y = {5, 6, 4, 5, 7, 5, 6, 5, 4, 6, 30, 5};
    CountSeries s = new CountSeries("ili", "north", Granularity.WEEK, MONDAY, y, null);
    Detection d = EarsDetector.of(EarsDetector.Variant.C1).detect(y);
    assertThat(d.alarmIndices()).containsExactly(10);
    String html = SurveillanceSections.chart(s, List.of(d), 104, 4);
    assertThat(html).contains("<svg", "alarm: EARS C1", "2024-03-11"); // week 11 starts on 11 March
    assertThat(html.split("alarm: EARS C1 · ", -1)).hasSize(2); // one alarm point (tooltip)
    String quiet = SurveillanceSections.chart(s, List.of(d), 104, 1);
    assertThat(quiet).contains("No alarms in the last 1 periods.");
  }
}
