package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.quality.CheckResult;
import org.medmine.quality.QualityAssessment;
import org.medmine.quality.QualityReport;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.report.HtmlReport;
import org.medmine.report.QualityReportSection;
import org.medmine.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine quality}: profiles the warehouse and runs the data-quality check catalogue. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Profiles every table and column, standardizes observation units to UCUM (table observation_standard, originals"
          + " kept), and runs the data-quality checks (conformance, completeness, plausibility) of the built-in catalogue"
          + " plus any --checks files.",
      "Exits 3 when a check marked fatal fails."
    })
final class QualityCommand implements Callable<Integer> {
  /**
   * The table quality writes (standardized units); everything else it reads through the consent views of the
   * access layer, so a denying patient is in no profile, check or standardized value.
   */
  static final String RESULTS = "observation_standard";

  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin ProtectedOutputOption protection;

  @Option(
      names = "--checks",
      paramLabel = "FILE",
      description =
          "A JSON file of extra checks, in the format of the built-in checks.json (repeatable).")
  List<Path> checkFiles = new ArrayList<>();

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the data-quality section as an HTML report. Its example rows name records (source/id):"
          + " from an identified warehouse it is encrypted as FILE.enc unless --plaintext is given.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ProtectedOutput protect = html == null ? null : protection.decide(warehouse.file, "quality", html);
    QualityReport report;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouse.file, RESULTS)) {
      report = QualityAssessment.run(w.connection(), checkFiles);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(json(report)));
    } else {
      printText(out, report);
    }
    if (protect != null) {
      Path written = protect.write(html, f -> HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get()))
          .with(QualityReportSection.of(report)).write(f));
      if (!output.json()) {
        out.println("Wrote " + ProtectedOutputOption.describe(protect, written));
      }
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
  }

  /**
   * The demo's step: quality on the demo warehouse, a short summary, and the section for the demo's
   * report.
   */
  static org.medmine.report.ReportSection demo(PrintWriter console, Path warehouseFile) {
    QualityReport report;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouseFile, RESULTS)) {
      report = QualityAssessment.run(w.connection(), List.of());
    }
    console.println();
    console.println("Data quality (medmine quality):");
    printFamilies(console, report);
    console.println(
        "  verdict: "
            + (report.passed() ? "no fatal check failed" : "NEGATIVE (a fatal check failed)")
            + "; details in the report");
    return QualityReportSection.of(report);
  }

  static void printText(PrintWriter out, QualityReport r) {
    out.printf(
        Locale.ROOT,
        "Data quality of %s: %d tables profiled (%,d rows), %d checks in %.1f s%n",
        r.warehouse(),
        r.profile().size(),
        r.rowsInWarehouse(),
        r.checks().size(),
        r.seconds());
    out.printf(
        Locale.ROOT,
        "  units: %,d observation values standardized, %,d converted %s%n",
        r.standardization().rowsStandardized(),
        r.standardization().rowsConverted(),
        r.standardization().convertedByUnit());
    printFamilies(out, r);
    for (CheckResult c : r.checks()) {
      if (!c.passed()) {
        out.printf(
            Locale.ROOT,
            "  FAIL%s %-42s %,d of %,d rows (%.3f%%, threshold %.2f%%) %s%n",
            c.check().fatal() ? " (fatal)" : "",
            c.check().id(),
            c.violations(),
            c.rows(),
            c.sharePercent(),
            c.check().threshold(),
            c.error() != null ? "error: " + c.error() : "e.g. " + c.examples());
      }
    }
    out.println(
        r.passed()
            ? "Verdict: no fatal check failed."
            : "Verdict: NEGATIVE, " + r.fatalFailures().size() + " fatal check(s) failed.");
  }

  private static void printFamilies(PrintWriter out, QualityReport r) {
    r.families()
        .forEach(
            (f, s) ->
                out.printf(
                    Locale.ROOT,
                    "  %-13s %3d checks, %2d failed, %,d of %,d rows flagged%n",
                    f,
                    s.checks(),
                    s.failed(),
                    s.violatingRows(),
                    s.rowsExamined()));
  }

  static Map<String, Object> json(QualityReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("warehouse", r.warehouse());
    m.put("check_files", r.checkFiles());
    m.put("passed", r.passed());
    m.put("fatal_failures", r.fatalFailures().stream().map(c -> c.check().id()).toList());
    m.put("families", r.families());
    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", c.check().id());
      x.put("family", c.check().family());
      x.put("subcategory", c.check().subcategory());
      x.put("context", c.check().context());
      x.put("table", c.check().table());
      x.put("description", c.check().description());
      x.put("level", c.check().level());
      x.put("threshold_percent", c.check().threshold());
      x.put("fatal", c.check().fatal());
      x.put("rows", c.rows());
      x.put("violations", c.violations());
      x.put("share_percent", c.sharePercent());
      x.put("passed", c.passed());
      x.put("examples", c.examples());
      if (c.error() != null) {
        x.put("error", c.error());
      }
      checks.add(x);
    }
    m.put("checks", checks);
    m.put("standardization", r.standardization());
    m.put("profile", r.profile());
    m.put("seconds", r.seconds());
    return m;
  }
}
