package org.medmine.report;

import java.time.Instant;

/**
 * How a report is titled and stamped.
 *
 * @param title the page title
 * @param medmineVersion the medmine version that wrote it
 * @param generatedAt when it was written; {@code null} leaves the time out, so two reports of the
 *     same warehouse are byte-identical (for tests and golden files)
 */
public record ReportOptions(String title, String medmineVersion, Instant generatedAt) {
  /** A report titled "medmine report", stamped with the current time. */
  public static ReportOptions defaults(String medmineVersion) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return new ReportOptions("medmine report", medmineVersion, now);
  }
}
