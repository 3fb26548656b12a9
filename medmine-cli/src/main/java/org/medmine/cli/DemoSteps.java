package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.medmine.report.HtmlReport;
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
    report = report.with(QualityCommand.demo(console, warehouse));
    LinkCommand.demo(console, warehouse);
    report = TimeSeriesDemo.run(console, warehouse, out, report);
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
}
