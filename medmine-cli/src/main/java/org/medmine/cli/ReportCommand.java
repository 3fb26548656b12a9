package org.medmine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.ingest.Ingestor;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine report}: the warehouse overview as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the warehouse overview as one self-contained HTML file (inline CSS, SVG charts and script; it opens"
          + " with no network): table counts and date ranges, an age/sex pyramid, encounters per month by class,"
          + " top conditions, medications, lab tests and procedures, the quarantine summary and the provenance"
          + " (medmine version, warehouse, time, ingest runs)."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "medmine-report.html",
      paramLabel = "FILE",
      description = "The HTML file to write. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--top",
      defaultValue = "10",
      paramLabel = "N",
      description = "Codes shown of each kind. Default: ${DEFAULT-VALUE}.")
  int top;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1 || top > 100) {
      throw new MedmineUserException("--top must be between 1 and 100, not " + top + ".");
    }
    WarehouseStats stats;
    try (Warehouse w = Warehouse.openExisting(warehouse.file, true)) {
      stats = WarehouseStats.of(w, top);
    }
    HtmlReport report = overview(stats);
    report.write(out);
    spec.commandLine().getOut()
        .println("Wrote " + out + " (" + report.sections().size() + " sections); open it in any browser.");
    return ExitCodes.OK;
  }

  /** The overview report of {@code stats}, stamped with this medmine's version and the current time. */
  static HtmlReport overview(WarehouseStats stats) {
    return HtmlReport.overview(stats, ReportOptions.defaults(Ingestor.VERSION));
  }
}
