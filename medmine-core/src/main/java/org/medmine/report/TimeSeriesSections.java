package org.medmine.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.mining.timeseries.StaffingPlan;

/**
 * Report sections for the time-series applications: a surveillance chart per series with its alarms, a
 * forecast with its prediction interval, backtest and staffing tables, and control charts with their signals.
 */
public final class TimeSeriesSections {
  private TimeSeriesSections() {}

  /** Outbreak detection on one series: counts, expected and threshold of the first detection, alarms of all. */
  public static String surveillance(CountSeries s, List<Detection> detections, int shown, int recent) {
    int from = Math.max(0, s.size() - shown);
    double[] x = days(s, from, s.size());
    double[] y = java.util.Arrays.copyOfRange(s.counts(), from, s.size());
    XyChart chart = XyChart.of(s.name() + " — " + s.region(), "period", "cases").line("observed", x, y).xFormat(TimeSeriesSections::date);
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
            rows.add(List.of(s.date(i).toString(), d.method(), s.counts()[i], round(d.expected()[j]), round(d.threshold()[j])));
          }
        }
      }
      if (d == detections.get(0)) {
        chart.curve("threshold (" + d.method() + ")", unbox(tx), unbox(ty));
      }
      chart.points("alarm: " + d.method(), unbox(ex), unbox(ey));
    }
    String table = rows.isEmpty() ? Html.paragraph("No alarms in the last " + recent + " periods.")
        : Html.table(List.of("period", "method", "observed", "expected", "threshold"), rows);
    String cusum = detections.stream().anyMatch(d -> d.method().startsWith("CUSUM")) ? Html.paragraph("CUSUM accumulates: after a"
        + " spike it keeps alarming until the cumulative sum falls back below its limit (it is not reset after an alarm, as in"
        + " R's algo.cusum), so a period with few or no cases can still alarm; its threshold is then 0.") : "";
    return chart.svg() + Html.paragraph("Current alarms (last " + recent + " periods):") + table + cusum;
  }

  /** A forecast after the last {@code shownDays} of history, with its interval and backtests. */
  public static String forecast(CountSeries history, Forecast f, List<RollingOriginBacktest.Result> backtests, int shownDays) {
    int from = Math.max(0, history.size() - shownDays);
    double[] hx = days(history, from, history.size());
    double[] hy = java.util.Arrays.copyOfRange(history.counts(), from, history.size());
    double[] fx = new double[f.horizon()];
    for (int h = 0; h < fx.length; h++) {
      fx[h] = f.date(h).toEpochDay();
    }
    String pct = String.format(Locale.ROOT, "%.0f%%", 100 * f.level());
    XyChart chart = XyChart.of(history.name() + ": forecast with " + pct + " interval", "day", history.name())
        .line("observed", hx, hy).curve("forecast: " + f.method(), fx, f.mean())
        .curve("lower " + pct, fx, f.lower()).curve("upper " + pct, fx, f.upper()).xFormat(TimeSeriesSections::date);
    double top = 0;
    for (double[] values : List.of(hy, f.mean(), f.upper())) {
      for (double v : values) {
        top = Double.isFinite(v) ? Math.max(top, v) : top;
      }
    }
    if (top < 1) {
      chart.yRange(0, 1); // counts of patients: an axis up to one, not up to a forecast of 1e-7
    }
    String svg = chart.svg();
    List<List<?>> rows = new ArrayList<>();
    for (RollingOriginBacktest.Result b : backtests) {
      for (RollingOriginBacktest.Metrics m : b.metrics()) {
        rows.add(List.of(b.method(), m.fromHorizon() + "-" + m.toHorizon(), m.forecasts(), round(m.mae()), orDash(round(m.mape())),
            orDash(round(100 * m.coverage())), orDash(round(m.meanWidth()))));
      }
    }
    String origins = backtests.isEmpty() ? "" : " (" + backtests.get(0).origins() + " origins, " + backtests.get(0).firstOrigin()
        + " to " + backtests.get(0).lastOrigin() + ")";
    String span = history.name() + " from " + history.start() + " to " + history.date(history.size() - 1)
        + " (the end of the data); the forecast starts " + f.date(0) + ".";
    StringBuilder notes = new StringBuilder();
    for (String d : RollingOriginBacktest.degeneracies(backtests)) {
      notes.append("<p class=\"note degenerate\"><strong>").append(Html.escape(capitalized(d))).append(".</strong></p>\n");
    }
    return svg + Html.paragraph(span) + Html.paragraph("Rolling-origin backtest" + origins + "; nominal coverage " + pct
        + ". MAPE leaves out days with a count of 0, where it is undefined (— when every scored day had 0).")
        + notes + Html.table(List.of("method", "days ahead", "forecasts", "MAE", "MAPE %", "coverage %", "mean width"), rows);
  }

  private static Object orDash(double v) {
    return Double.isNaN(v) ? "—" : v;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The staffing view as a table. */
  public static String staffing(List<StaffingPlan.Day> days, double patientsPerNurse) {
    List<List<?>> rows = new ArrayList<>();
    for (StaffingPlan.Day d : days) {
      rows.add(List.of(d.date().toString(), round(d.expectedCensus()), round(d.upperCensus()), d.beds(), d.nursesExpected(), d.nursesUpper()));
    }
    return Html.paragraph(String.format(Locale.ROOT, "Beds cover the upper bound of the census interval; nurses at %.1f patients each.", patientsPerNurse))
        + Html.table(List.of("date", "expected census", "upper census", "beds", "nurses (expected)", "nurses (upper)"), rows);
  }

  /** One control chart: values, centre line, limits, and the points that signalled. */
  public static String controlChart(String name, List<String> periods, ControlChart c) {
    double[] x = new double[c.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    List<Double> sx = new ArrayList<>();
    List<Double> sy = new ArrayList<>();
    List<List<?>> rows = new ArrayList<>();
    for (RunRules.Signal s : c.signals()) {
      sx.add((double) s.index());
      sy.add(c.values()[s.index()]);
      rows.add(List.of(periods.get(s.index()), s.rule(), s.description(), round(c.values()[s.index()])));
    }
    // Periods without a value (a month without discharges) are gaps: the line breaks there.
    String svg = XyChart.of(name + " (" + c.kind() + "-chart)", "period", name)
        .line("value", x, c.values()).curve("centre", x, c.center())
        .curve("lower limit", x, c.lower()).curve("upper limit", x, c.upper()).points("signal", unbox(sx), unbox(sy))
        .marker(c.baselineTo() - 0.5, "end of baseline")
        .xFormat(v -> v >= 0 && v < periods.size() && v == Math.rint(v) ? periods.get((int) v) : "").svg();
    String notes = (c.kind() == ControlChart.Kind.MR ? "" : gapNote(c.values())) + (c.lowerLimitFloored() && c.kind() != ControlChart.Kind.MR
        ? Html.paragraph(String.format(Locale.ROOT, "The lower 3-sigma limit (as low as %.2f) falls below 0, which the measure"
            + " cannot take, so it is drawn at 0.", c.lowestThreeSigmaLimit())) : "");
    return svg + notes + (rows.isEmpty() ? Html.paragraph("No signals: the process looks stable.")
        : Html.table(List.of("period", "rule", "meaning", "value"), rows));
  }

  /** Says which periods have no value (and so no point), when some do. */
  private static String gapNote(double[] values) {
    long empty = java.util.Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
    return empty == 0 ? "" : Html.paragraph(empty + " of " + values.length + " periods have no value (nothing to measure,"
        + " e.g. no discharges that month): the line breaks there.");
  }

  private static double[] days(CountSeries s, int from, int to) {
    double[] x = new double[to - from];
    for (int i = from; i < to; i++) {
      x[i - from] = s.date(i).toEpochDay();
    }
    return x;
  }

  private static String date(double epochDay) {
    return LocalDate.ofEpochDay((long) epochDay).toString();
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : Double.NaN;
  }
}
