package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.apps.operations.HospitalFlow;
import org.medmine.apps.qi.QualityMeasures;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.apps.surveillance.SyndromeSeries;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.ControlCharts;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportSection;
import org.medmine.report.TimeSeriesSections;
import org.medmine.warehouse.DataEnd;

/** The demo's time-series step: surveillance, forecasting and control charts on the demo warehouse. */
final class TimeSeriesDemo {
  private TimeSeriesDemo() {}

  /** Prints a summary of each analysis, writes its rows under out/timeseries/, and adds its report sections. */
  static HtmlReport run(PrintWriter console, Path warehouse, Path out, HtmlReport report) {
    console.println();
    console.println("Time series (surveillance, forecasting, control charts):");
    Path dir = out.resolve("timeseries");
    try (AccessLayer access = WarehouseAccess.read(warehouse)) {
      java.sql.Connection w = access.connection();
      report = surveillance(console, w, dir, report);
      report = forecast(console, w, dir, report);
      report = spc(console, w, dir, report);
    } catch (MedmineUserException e) {
      console.println("  skipped: " + e.getMessage());
    }
    return report;
  }

  private static HtmlReport surveillance(PrintWriter console, java.sql.Connection w, Path dir, HtmlReport report) {
    CountSeries s = SyndromeSeries.query(w, new SyndromeQuery("respiratory", SyndromeQuery.RESPIRATORY, Granularity.WEEK,
        SyndromeQuery.Region.NONE, null, null, null)).get(0);
    List<Detection> detections = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (String m : List.of("noufaily", "ears-c2", "cusum")) {
      var d = SurveilCommand.detector(m, s.granularity(), org.medmine.mining.timeseries.EarsDetector.SPARSE_MIN_SIGMA);
      if (s.size() > d.firstEvaluable()) {
        int from = m.equals("cusum") ? Math.max(d.firstEvaluable(), s.size() - 52) : Math.max(d.firstEvaluable(), s.size() - 104);
        Detection det = d.detect(s.counts(), from);
        detections.add(det);
        summary.append(String.format(Locale.ROOT, " %s %d of %d weeks;", m, det.alarmIndices().size(), det.evaluated()));
      }
    }
    console.printf(Locale.ROOT, "  surveillance: respiratory syndrome, %d weeks; alarms over the last two years:%s%n", s.size(), summary);
    if (!detections.isEmpty()) {
      List<java.util.Map<String, Object>> rows = new ArrayList<>();
      for (Detection d : detections) {
        for (Detection.Evaluation e : d.evaluations(s.counts())) {
          java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
          r.put("period", TimeSeriesOutput.period(s, e.index()));
          r.put("method", e.method());
          r.put("observed", e.observed());
          r.put("expected", TimeSeriesOutput.num(e.expected()));
          r.put("threshold", TimeSeriesOutput.num(e.threshold()));
          r.put("alarm", e.alarm());
          rows.add(r);
        }
      }
      TimeSeriesOutput.write(dir.resolve("surveillance.csv"), rows);
      report = report.with(ReportSection.of("ts-surveillance", "Outbreak surveillance: respiratory syndrome",
          TimeSeriesSections.surveillance(s, detections, 104, 8)));
    }
    return report;
  }

  private static HtmlReport forecast(PrintWriter console, java.sql.Connection w, Path dir, HtmlReport report) {
    HospitalFlow.Daily flow = HospitalFlow.daily(w, null, null);
    // The options `medmine forecast` uses by default, so the demo's figures are the ones the command prints.
    var o = RollingOriginBacktest.Options.standard();
    List<ForecastCommand.Result> results = new ArrayList<>();
    for (CountSeries s : List.of(flow.admissions(), flow.census())) {
      ForecastCommand.Result r = ForecastCommand.run(s, o);
      results.add(r);
      var chosen = r.best();
      var backtest = r.backtests().get(r.forecasts().indexOf(chosen));
      var best = backtest.overall();
      console.printf(Locale.ROOT, "  forecast %s: history %s to %s, %d days ahead from %s with %s; backtest over %d origins:"
          + " MAE %.3f, %.0f%% interval coverage %.1f%%%s%n", s.name(), s.start(), s.date(s.size() - 1), o.horizon(),
          chosen.date(0), chosen.method(), backtest.origins(), best.mae(), 100 * o.level(), 100 * best.coverage(),
          backtest.degenerate() ? "; " + backtest.degeneracy() : "");
      report = report.with(ReportSection.of("ts-forecast-" + (s == flow.census() ? "census" : "admissions"),
          "Forecast: " + s.name(), TimeSeriesSections.forecast(s, r.best(), r.backtests(), 120)));
    }
    TimeSeriesOutput.write(dir.resolve("forecasts.csv"), ForecastCommand.forecastRows(results));
    ForecastCommand.Result census = results.get(1);
    List<StaffingPlan.Day> staffing = StaffingPlan.of(census.best(), 4);
    return report.with(ReportSection.of("ts-staffing", "Staffing view (census forecast, 4 patients per nurse)",
        TimeSeriesSections.staffing(staffing, 4)));
  }

  private static HtmlReport spc(PrintWriter console, java.sql.Connection w, Path dir, HtmlReport report) {
    LocalDate end = DataEnd.lastEncounterDay(w).orElseThrow(() -> new MedmineUserException("No encounters in the warehouse."));
    LocalDate start = end.withDayOfMonth(1).minusYears(5).plusMonths(1);
    RunRules rules = RunRules.westernElectric();
    List<SpcCommand.Labelled> charts = new ArrayList<>();
    QualityMeasures.Measure readmit = QualityMeasures.readmissions(w, start, end);
    charts.add(new SpcCommand.Labelled(readmit.name(), months(readmit), ControlCharts.p(readmit.numerator(), readmit.denominator(), 0, 24, rules)));
    QualityMeasures.Measure ed = QualityMeasures.emergencyVisitsPer1000(w, start, end);
    charts.add(new SpcCommand.Labelled(ed.name(), months(ed), ControlCharts.u(ed.numerator(), ed.denominator(), 0, 24, rules)));
    QualityMeasures.Measure los = QualityMeasures.lengthOfStay(w, start, end);
    if (los.months().size() >= 3) {
      // A length of stay cannot be negative: the lower limit is drawn at 0 (and the chart says so).
      ControlChart x = ControlCharts.xmr(los.numerator(), 0, Math.max(2, Math.min(24, los.months().size())), rules, 0).get(0);
      charts.add(new SpcCommand.Labelled(los.name(), months(los), x));
    }
    StringBuilder html = new StringBuilder();
    for (SpcCommand.Labelled l : charts) {
      console.printf(Locale.ROOT, "  control chart %s (%s): %d months, %d signals%n", l.name(), l.chart().kind(), l.chart().size(),
          l.chart().signals().size());
      html.append(TimeSeriesSections.controlChart(l.name(), l.periods(), l.chart()));
    }
    TimeSeriesOutput.write(dir.resolve("control-charts.csv"), SpcCommand.rows(charts));
    return report.with(ReportSection.of("ts-control-charts", "Control charts (baseline: first 24 months)", html.toString()));
  }

  private static List<String> months(QualityMeasures.Measure q) {
    return q.months().stream().map(d -> d.toString().substring(0, 7)).toList();
  }
}
