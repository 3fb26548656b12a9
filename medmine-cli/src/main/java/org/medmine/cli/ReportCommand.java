package org.medmine.cli;

import java.nio.file.Path;
import java.util.Set;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine report}: the warehouse overview as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends Subcommand {
  @Mixin WarehouseOption warehouse;
  @Mixin ProtectedOutputOption protection;
  @Mixin FindingsOption findings;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "medmine-report.html",
      paramLabel = "FILE")
  Path out;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N")
  int top;

  @Option(names = "--quality")
  boolean quality;

  @Override
  public Integer call() {
    StatsOptions overview = StatsOptions.forReport(top, findings.include);
    ProtectedOutput protect;
    HtmlReport report;
    try (AnalysisContext context =
        Contexts.open(spec, warehouse.file, null, quality ? new QualityApp().writes() : Set.of())) {
      protect = protection.decide(context, "report", out);
      report = context.run(new StatsApp(), overview).overview();
      if (quality) {
        report = report.with(context.run(new QualityApp(), QualityOptions.BUILT_IN).toSections());
      }
    }
    HtmlReport finished = report;
    Path written = protect.write(out, finished::write);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + protect.describe(written)
                + ", "
                + report.sections().size()
                + " sections"
                + (protect.isEncrypted() ? "" : "; open it in any browser."));
    return ExitCodes.OK;
  }
}
