package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.warehouse.WarehouseStats;

/** What the demo does once the warehouse is loaded; later issues add their analyses here. */
final class DemoSteps {
  private DemoSteps() {}

  static void afterIngest(PrintWriter console, Path warehouse, Path out) {
    WarehouseStats stats;
    try (AccessLayer w = WarehouseAccess.read(warehouse)) {
      stats = WarehouseStats.of(w.connection(), WarehouseStats.DEFAULT_TOP);
    }
    console.println();
    console.print(stats.toText());
    HtmlReport report = ReportCommand.overview(stats);
    report = report.with(QualityCommand.demo(console, warehouse));
    LinkCommand.demo(console, warehouse);
    report = TimeSeriesDemo.run(console, warehouse, out, report);
    report = PatternSteps.run(console, warehouse, report);
    report = PrivacyDemo.run(console, warehouse, out, report);
    report = PredictionDemo.run(console, warehouse, out, report);
    // Later issues: run the analysis here, print its summary, and add its section: report = report.with(section);
    Path file = report.write(out.resolve("report.html"));
    console.println();
    console.println("Report: " + file.toAbsolutePath() + " (open it in any browser; it needs no network)");
  }
}
