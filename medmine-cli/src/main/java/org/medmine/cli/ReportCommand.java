package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.apps.stats.StatsResult;
import org.medmine.context.AnalysisContext;
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
    ProtectedOutput protect;
    HtmlReport report;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null,
        quality ? new QualityApp().writes() : Set.of())) {
      protect = protection.decide(context, "report", out);
      report = overview(context.run(new StatsApp(), new StatsOptions(top, findings.include)));
      if (quality) {
        report = report.with(context.run(new QualityApp(), QualityOptions.BUILT_IN).toSections());
      }
    }
    HtmlReport finished = report;
    Path written = protect.write(out, finished::write);
    spec.commandLine().getOut().println("Wrote " + ProtectedOutputOption.describe(protect, written) + ", "
        + report.sections().size() + " sections" + (protect.isEncrypted() ? "" : "; open it in any browser."));
    return ExitCodes.OK;
  }

  /** The overview report of {@code stats}, stamped with this medmine's version and the current time. */
  static HtmlReport overview(StatsResult stats) {
    return HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(stats.toSections())
        .withProvenance(stats.provenanceHtml());
  }
}
