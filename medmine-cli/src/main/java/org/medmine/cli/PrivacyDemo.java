package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.medmine.privacy.DeidManifest;
import org.medmine.privacy.DeidPolicy;
import org.medmine.privacy.Deidentifier;
import org.medmine.privacy.Leak;
import org.medmine.privacy.LeakScanner;
import org.medmine.privacy.PatientQuasiIdentifiers;
import org.medmine.privacy.ReidentificationRisk;
import org.medmine.privacy.RiskReport;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.Html;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportSection;

/**
 * The demo's privacy step: a Safe Harbor copy of the warehouse, its leak scan, and the re-identification
 * risk of the patients before and after generalization, printed and added to the report.
 */
final class PrivacyDemo {
  private PrivacyDemo() {}

  static HtmlReport run(PrintWriter console, Path warehouse, Path out, HtmlReport report) {
    String env = System.getenv(DeidCommand.KEY_ENV);
    byte[] secret;
    if (env != null && env.length() >= 16) {
      secret = env.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      secret = HexFormat.of().formatHex(random).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      console.println("  (no " + DeidCommand.KEY_ENV + ": pseudonyms use a one-off random secret)");
    }
    Path deid = out.resolve("medmine-deid.duckdb");
    try {
      Files.deleteIfExists(deid);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    DeidManifest m = new Deidentifier(DeidPolicy.SAFE_HARBOR, secret, LocalDate.now(ZoneOffset.UTC)).run(warehouse, deid);
    AuditSession.current().note(warehouse, m.rows(), "deid", "policy=safe-harbor out=" + deid.getFileName());
    List<Leak> leaks = LeakScanner.scan(deid, warehouse);
    List<List<String>> rows;
    try (AccessLayer w = WarehouseAccess.read(warehouse)) {
      rows = PatientQuasiIdentifiers.read(w.connection(), List.copyOf(PatientQuasiIdentifiers.AVAILABLE.keySet()));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read quasi-identifiers", e);
    }
    ReidentificationRisk risk = new ReidentificationRisk(PatientQuasiIdentifiers.AVAILABLE);
    RiskReport before = risk.assess(rows, 5);
    RiskReport after = risk.generalize(rows, 5, 0.05);
    console.println();
    console.println("De-identified (safe-harbor) into " + deid + "; PHI replaced in notes: " + m.phiReplaced());
    console.println("Leak scan: " + (leaks.isEmpty() ? "no identifier found" : leaks.size() + " found"));
    console.printf(java.util.Locale.ROOT, "Re-identification risk (k=5): %.1f%% of patients in classes below k as recorded;"
        + " generalized %s with %d suppressed: %.1f%% (information loss %.3f)%n",
        100 * before.shareBelowK(), after.levels(), after.suppressed(), 100 * after.shareBelowK(), after.informationLoss());
    return report.with(section(m, leaks, before, after));
  }

  static ReportSection section(DeidManifest m, List<Leak> leaks, RiskReport before, RiskReport after) {
    StringBuilder h = new StringBuilder();
    h.append("<p>Safe Harbor copy (HIPAA §164.514(b)(2)): ids pseudonymized with HMAC-SHA256, dates to the year,"
        + " ZIP3 (000 in restricted areas), ages over 89 to 90, notes scrubbed. Leak scan against the source: <b>")
        .append(leaks.isEmpty() ? "no identifier found" : leaks.size() + " identifiers found").append("</b>.</p>");
    h.append("<table><tr><th>PHI type</th><th>replaced in free text</th></tr>");
    m.phiReplaced().forEach((t, n) -> h.append("<tr><td>").append(t).append("</td><td>").append(n).append("</td></tr>"));
    h.append("</table>");
    h.append("<p>Re-identification risk on ").append(Html.escape(String.join(", ", before.quasiIdentifiers())))
        .append(" (k = ").append(before.k()).append(")</p><table><tr><th></th><th>classes</th><th>share below k</th>"
            + "<th>prosecutor max</th><th>suppressed</th><th>information loss</th></tr>");
    Map<String, RiskReport> rows = new java.util.LinkedHashMap<>();
    rows.put("as recorded", before);
    rows.put("generalized " + after.levels(), after);
    for (Map.Entry<String, RiskReport> e : rows.entrySet()) {
      RiskReport r = e.getValue();
      h.append(String.format(java.util.Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.1f%%</td><td>%.3f</td><td>%d</td><td>%.3f</td></tr>",
          Html.escape(e.getKey()), r.classes(), 100 * r.shareBelowK(), r.prosecutorMaxRisk(), r.suppressed(), r.informationLoss()));
    }
    h.append("</table>");
    return ReportSection.of("privacy", "Privacy: de-identification and re-identification risk", h.toString());
  }
}
