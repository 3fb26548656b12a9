package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.operations.ForecastResult;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.qi.SpcResult;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;
import org.medmine.apps.link.LinkApp;
import org.medmine.apps.quality.QualityApp;
import org.medmine.report.ResultRows;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.apps.stats.StatsResult;
import org.medmine.context.AnalysisContext;
import picocli.CommandLine.Model.CommandSpec;

/** What the demo does once the warehouse is loaded; later issues add their analyses here. */
final class DemoSteps {
  private DemoSteps() {}

  static void afterIngest(CommandSpec spec, PrintWriter console, Path warehouse, Path out) {
    StatsResult stats;
    try (AnalysisContext context = Contexts.open(spec, warehouse, null)) {
      stats = context.run(new StatsApp(), StatsOptions.DEFAULTS);
    }
    console.println();
    console.print(stats.toText());
    HtmlReport report = ReportCommand.overview(stats);
    try (AnalysisContext context = Contexts.open(spec, warehouse, null, new QualityApp().writes())) {
      report = QualityCommand.demo(context, console, report);
    }
    try (AnalysisContext context = Contexts.open(spec, warehouse, null, new LinkApp().writes())) {
      LinkCommand.demo(context, console);
    }
    try (AnalysisContext context = Contexts.open(spec, warehouse, null)) {
      report = timeSeries(context, console, out, report);
    }
    try (AnalysisContext patterns = Contexts.open(spec, warehouse, null)) {
      report = PatternSteps.run(patterns, console, report);
    }
    report = PrivacyDemo.run(console, warehouse, out, report);
    try (AnalysisContext prediction = Contexts.open(spec, warehouse, null)) {
      report = PredictionDemo.run(prediction, console, out, report);
    }
    // Later issues: run the analysis here, print its summary, and add its section: report = report.with(section);
    // The report names example records (data quality) and claims (fraud screen). 'medmine report' and the other
    // commands encrypt such files by default; the demo's population is synthetic, so it writes its report in the
    // clear, says so, and records it in the audit log as --plaintext would.
    Path file = report.write(out.resolve("report.html"));
    AuditSession.current().note(warehouse, java.util.Map.of(), "plaintext-output",
        "demo wrote " + file + " in the clear (synthetic Synthea population)");
    console.println();
    console.println("Note: report.html names example records and claims and is written IN THE CLEAR because the demo's"
        + " population is synthetic (recorded in the audit log); on real data 'medmine report' encrypts it by default.");
    console.println("Report: " + file.toAbsolutePath() + " (open it in any browser; it needs no network)");
  }

  /**
   * The time-series step: surveillance (respiratory illness), the admissions and census forecast, the control
   * charts and the space-time scan of respiratory illness by ZIP3 area, each run as its app; prints a summary of each, writes its rows under out/timeseries/ and adds its
   * report sections. A user error (no cases, too few months) ends the step with a note.
   */
  static HtmlReport timeSeries(AnalysisContext context, PrintWriter console, Path out, HtmlReport report) {
    console.println();
    console.println("Time series (surveillance, forecasting, control charts, space-time clusters):");
    Path dir = out.resolve("timeseries");
    try {
      SurveilResult surveil = context.run(new SurveilApp(), SurveilOptions.demo());
      console.println("  " + surveil.summary());
      ResultRows.write(dir.resolve("surveillance.csv"), surveil.rows());
      report = report.with(surveil.toSections());
      ForecastResult forecast = context.run(new ForecastApp(), ForecastOptions.DEFAULTS);
      forecast.summary().lines().forEach(l -> console.println("  " + l));
      ResultRows.write(dir.resolve("forecasts.csv"), forecast.rows());
      report = report.with(forecast.toSections());
      SpcResult spc = context.run(new SpcApp(), SpcOptions.DEFAULTS);
      spc.summary().lines().forEach(l -> console.println("  " + l));
      ResultRows.write(dir.resolve("control-charts.csv"), spc.rows());
      report = report.with(spc.toSections());
      SpaceTimeScanResult scan = context.run(new SpaceTimeScanApp(), SpaceTimeScanOptions.demo());
      console.println("  " + scan.summary());
      ResultRows.write(dir.resolve("space-time-clusters.csv"), scan.rows());
      report = report.with(scan.toSections());
    } catch (MedmineUserException e) {
      console.println("  skipped: " + e.getMessage());
    }
    return report;
  }
}
