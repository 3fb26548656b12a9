package org.medmine.apps.quality;

import java.util.Locale;
import org.medmine.quality.CheckResult;
import org.medmine.quality.QualityReport;

/**
 * The quality report for a terminal: what was looked at, each family's result, each failed check,
 * the verdict.
 */
final class QualityText {
  private QualityText() {}

  static String render(QualityReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Data quality of %s: %d tables profiled (%,d rows), %d checks in %.1f s%n",
            r.warehouse(),
            r.profile().size(),
            r.rowsInWarehouse(),
            r.checks().size(),
            r.seconds()));
    out.append(
        String.format(
            Locale.ROOT,
            "  units: %,d observation values standardized, %,d converted %s%n",
            r.standardization().rowsStandardized(),
            r.standardization().rowsConverted(),
            r.standardization().convertedByUnit()));
    families(out, r);
    for (CheckResult c : r.checks()) {
      if (!c.passed()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  FAIL%s %-42s %,d of %,d rows (%.3f%%, threshold %.2f%%) %s%n",
                c.check().fatal() ? " (fatal)" : "",
                c.check().id(),
                c.violations(),
                c.rows(),
                c.sharePercent(),
                c.check().threshold(),
                c.error() != null ? "error: " + c.error() : "e.g. " + c.examples()));
      }
    }
    out.append(
            r.passed()
                ? "Verdict: no fatal check failed."
                : "Verdict: NEGATIVE, " + r.fatalFailures().size() + " fatal check(s) failed.")
        .append(System.lineSeparator());
    return out.toString();
  }

  /** Each family's checks and failures, and the verdict, in a few lines (the demo's step). */
  static String summary(QualityReport r) {
    StringBuilder out = new StringBuilder();
    families(out, r);
    out.append("  verdict: ")
        .append(r.passed() ? "no fatal check failed" : "NEGATIVE (a fatal check failed)")
        .append("; details in the report")
        .append(System.lineSeparator());
    return out.toString();
  }

  private static void families(StringBuilder out, QualityReport r) {
    r.families()
        .forEach(
            (f, s) ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  %-13s %3d checks, %2d failed, %,d of %,d" + " rows flagged%n",
                        f,
                        s.checks(),
                        s.failed(),
                        s.violatingRows(),
                        s.rowsExamined())));
  }
}
