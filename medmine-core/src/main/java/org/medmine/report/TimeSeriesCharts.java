package org.medmine.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Charts over time on plain arrays, for the time-series apps' sections: days as x values (epoch
 * days) labelled as ISO dates, lists of coordinates as arrays, and values rounded for a table. What
 * a surveillance, forecast or control chart draws on top of these belongs to the app that owns the
 * result.
 */
public final class TimeSeriesCharts {
  private TimeSeriesCharts() {}

  /** An {@link XyChart} whose x values are days (see {@link #epochDays}), labelled as dates. */
  public static XyChart dated(String title, String xLabel, String yLabel) {
    return XyChart.of(title, xLabel, yLabel).xFormat(TimeSeriesCharts::date);
  }

  /** The x value of each day. */
  public static double[] epochDays(List<LocalDate> days) {
    return days.stream().mapToDouble(LocalDate::toEpochDay).toArray();
  }

  /** The ISO date of an x value (epoch day). */
  public static String date(double epochDay) {
    return LocalDate.ofEpochDay((long) epochDay).toString();
  }

  /** The values as an array, for a chart's x or y. */
  public static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** {@code v} to two decimals for a table; NaN when it is not a finite number. */
  public static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : Double.NaN;
  }
}
