package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.quality.QualityAssessment;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.report.HtmlReport;
import org.medmine.report.QualityReportSection;
import org.medmine.report.ReportOptions;
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
          + " (medmine version, warehouse, time, ingest runs). With --quality it also runs the data-quality"
          + " checks (as medmine quality does) and adds their section.",
      "The quarantine summary names input files (Synthea names them after the patient) and the data-quality section"
          + " names example records: from an identified warehouse the report is encrypted as FILE.enc (AES-256-GCM,"
          + " 'medmine decrypt' reverses it) unless --plaintext is given."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin ProtectedOutputOption protection;
  @Mixin FindingsOption findings;

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

  @Option(
      names = "--quality",
      description =
          "Also run the data-quality profile and checks (as medmine quality does, which rewrites the table"
              + " observation_standard) and add the data-quality section.")
  boolean quality;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1 || top > 100) {
      throw new MedmineUserException("--top must be between 1 and 100, not " + top + ".");
    }
    ProtectedOutput protect = protection.decide(warehouse.file, "report", out);
    WarehouseStats stats;
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      stats = WarehouseStats.of(w.connection(), top, findings.include);
    }
    HtmlReport report = overview(stats);
    if (quality) {
      try (AccessLayer w = WarehouseAccess.readAndWrite(warehouse.file, QualityCommand.RESULTS)) {
        report = report.with(QualityReportSection.of(QualityAssessment.run(w.connection(), List.of())));
      }
    }
    HtmlReport finished = report;
    Path written = protect.write(out, finished::write);
    spec.commandLine().getOut().println("Wrote " + ProtectedOutputOption.describe(protect, written) + ", "
        + report.sections().size() + " sections" + (protect.isEncrypted() ? "" : "; open it in any browser."));
    return ExitCodes.OK;
  }

  /** The overview report of {@code stats}, stamped with this medmine's version and the current time. */
  static HtmlReport overview(WarehouseStats stats) {
    return HtmlReport.overview(stats, ReportOptions.defaults(MedmineVersion.get()));
  }
}
