package org.medmine.apps.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.quality.CheckResult;
import org.medmine.quality.Profiler;
import org.medmine.quality.QualityReport;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * The data-quality section of the HTML report: the verdict, a summary per Kahn check family, the
 * failed checks with example rows, the unit standardization, and the profile of every table (rows,
 * the columns with the most missing values).
 */
final class QualityReportSection {
  private QualityReportSection() {}

  static ReportSection of(QualityReport report) {
    String html =
        Html.paragraph(
                report.passed()
                    ? "Verdict: no fatal check failed."
                    : "Verdict: negative — "
                        + report.fatalFailures().size()
                        + " fatal check(s) failed.")
            + families(report)
            + failedChecks(report)
            + standardization(report)
            + profile(report);
    return ReportSection.of("data-quality", "Data quality", html);
  }

  private static String families(QualityReport report) {
    List<List<?>> families = new ArrayList<>();
    report
        .families()
        .forEach(
            (f, s) ->
                families.add(
                    List.of(f, s.checks(), s.failed(), s.violatingRows(), s.rowsExamined())));
    return Html.table(
        List.of("family", "checks", "failed", "violating rows", "rows examined"), families);
  }

  private static String failedChecks(QualityReport report) {
    List<List<?>> failed = new ArrayList<>();
    for (CheckResult r : report.checks()) {
      if (!r.passed()) {
        failed.add(
            List.of(
                r.check().id(),
                r.check().fatal() ? "fatal" : "",
                r.violations(),
                r.rows(),
                String.format(Locale.ROOT, "%.3f%%", r.sharePercent()),
                r.check().description(),
                r.error() != null ? r.error() : String.join(" ", r.examples())));
      }
    }
    return "<h3>Failed checks</h3>\n"
        + (failed.isEmpty()
            ? Html.paragraph("None.")
            : Html.table(
                List.of("check", "", "violations", "rows", "share", "what it checks", "examples"),
                failed));
  }

  private static String standardization(QualityReport report) {
    return "<h3>Unit standardization</h3>\n"
        + Html.paragraph(
            report.standardization().rowsStandardized()
                + " observation values in their canonical UCUM unit (observation_standard), "
                + report.standardization().rowsConverted()
                + " of them converted: "
                + report.standardization().convertedByUnit());
  }

  private static String profile(QualityReport report) {
    List<List<?>> tables = new ArrayList<>();
    for (Profiler.TableProfile t : report.profile()) {
      String sparse =
          t.columns().stream()
              .filter(c -> c.nullPercent() > 0)
              .sorted((x, y) -> Double.compare(y.nullPercent(), x.nullPercent()))
              .limit(3)
              .map(c -> String.format(Locale.ROOT, "%s %.0f%%", c.name(), c.nullPercent()))
              .reduce((x, y) -> x + ", " + y)
              .orElse("");
      tables.add(List.of(t.table(), t.rows(), t.columns().size(), sparse));
    }
    return tables.isEmpty()
        ? ""
        : "<h3>Profile</h3>\n"
            + Html.table(List.of("table", "rows", "columns", "most missing"), tables);
  }
}
