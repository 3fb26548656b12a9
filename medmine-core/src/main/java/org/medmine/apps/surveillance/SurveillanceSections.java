package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.report.Html;
import org.medmine.report.TimeSeriesCharts;
import org.medmine.report.XyChart;

/**
 * The report section of a surveillance series: its counts, the first detector's threshold, every
 * alarm.
 */
final class SurveillanceSections {
  private SurveillanceSections() {}

  /**
   * Outbreak detection on one series over its last {@code shown} periods: counts, the threshold of
   * the first detection, the alarms of all, and a table of the alarms in the last {@code recent}
   * periods.
   */
  static String chart(CountSeries s, List<Detection> detections, int shown, int recent) {
    int from = Math.max(0, s.size() - shown);
    double[] x = TimeSeriesCharts.epochDays(s.dates().subList(from, s.size()));
    double[] y = Arrays.copyOfRange(s.counts(), from, s.size());
    XyChart chart =
        TimeSeriesCharts.dated(s.name() + " — " + s.region(), "period", "cases")
            .line("observed", x, y);
    List<List<?>> rows = new ArrayList<>();
    for (Detection d : detections) {
      List<Double> ex = new ArrayList<>();
      List<Double> ey = new ArrayList<>();
      List<Double> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      for (int j = 0; j < d.evaluated(); j++) {
        int i = d.from() + j;
        if (i < from) {
          continue;
        }
        double day = s.date(i).toEpochDay();
        if (d == detections.get(0) && !Double.isNaN(d.threshold()[j])) {
          tx.add(day);
          ty.add(d.threshold()[j]);
        }
        if (d.alarm()[j]) {
          ex.add(day);
          ey.add(s.counts()[i]);
          if (i >= s.size() - recent) {
            rows.add(
                List.of(
                    s.date(i).toString(),
                    d.method(),
                    s.counts()[i],
                    TimeSeriesCharts.round(d.expected()[j]),
                    TimeSeriesCharts.round(d.threshold()[j])));
          }
        }
      }
      if (d == detections.get(0)) {
        chart.curve(
            "threshold (" + d.method() + ")",
            TimeSeriesCharts.array(tx),
            TimeSeriesCharts.array(ty));
      }
      chart.points("alarm: " + d.method(), TimeSeriesCharts.array(ex), TimeSeriesCharts.array(ey));
    }
    String table =
        rows.isEmpty()
            ? Html.paragraph("No alarms in the last " + recent + " periods.")
            : Html.table(List.of("period", "method", "observed", "expected", "threshold"), rows);
    return chart.svg()
        + Html.paragraph("Current alarms (last " + recent + " periods):")
        + table
        + cusumNote(detections);
  }

  private static String cusumNote(List<Detection> detections) {
    return detections.stream().anyMatch(d -> d.method().startsWith("CUSUM"))
        ? Html.paragraph(
            "CUSUM accumulates: after a"
                + " spike it keeps alarming until the cumulative sum falls back below its limit (it is not reset after an alarm, as in"
                + " R's algo.cusum), so a period with few or no cases can still alarm; its threshold is then 0.")
        : "";
  }
}
