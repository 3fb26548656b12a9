package org.medmine.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.deid.DeidOptions;
import org.medmine.apps.deid.DeidOutcome;
import org.medmine.apps.deid.Deidentification;
import org.medmine.apps.deid.LeakScan;
import org.medmine.apps.deid.LeakScanOutcome;
import org.medmine.apps.risk.RiskApp;
import org.medmine.apps.risk.RiskOptions;
import org.medmine.apps.risk.RiskResult;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.DeidPolicy;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportSection;

/**
 * The demo's privacy step: a Safe Harbor copy of the warehouse, its leak scan, and the
 * re-identification risk of the patients before and after generalization, printed and added to the
 * report.
 */
final class PrivacyStep {
  private PrivacyStep() {}

  /** The step in {@code context}: the copy is {@code out/medmine-deid.duckdb}. */
  static HtmlReport run(AnalysisContext context, DemoHost host, Path out, HtmlReport report) {
    PrintWriter console = host.console();
    Path deid = out.resolve("medmine-deid.duckdb");
    try {
      Files.deleteIfExists(deid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DeidKeys keys = new DeidKeys(secret(host), context.settings().key(), Optional.empty());
    DeidOutcome copy =
        Deidentification.run(
            context,
            new DeidOptions(deid, DeidPolicy.SAFE_HARBOR, LocalDate.now(ZoneOffset.UTC)),
            keys);
    LeakScanOutcome scan = LeakScan.run(context, deid);
    RiskResult risk = context.run(new RiskApp(), RiskOptions.DEMO);
    console.println();
    console.println(
        "De-identified (safe-harbor) into "
            + deid
            + "; PHI replaced in notes: "
            + copy.manifest().phiReplaced());
    console.println(
        "Leak scan: " + (scan.clean() ? "no identifier found" : scan.leaks().size() + " found"));
    console.print(risk.summary());
    return report.with(
        ReportSection.of(
            "privacy",
            "Privacy: de-identification and re-identification risk",
            copy.html(scan) + risk.html()));
  }

  /**
   * The pseudonymization secret of the environment, or a one-off random one (the demo's data is
   * synthetic).
   */
  private static byte[] secret(DemoHost host) {
    String env = host.environment().get(DeidKeys.SECRET_ENV);
    if (env != null && env.length() >= 16) {
      return env.getBytes(StandardCharsets.UTF_8);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    host.console()
        .println("  (no " + DeidKeys.SECRET_ENV + ": pseudonyms use a one-off random secret)");
    return HexFormat.of().formatHex(random).getBytes(StandardCharsets.UTF_8);
  }
}
