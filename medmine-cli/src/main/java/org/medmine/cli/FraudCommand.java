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
import org.medmine.apps.fraud.ClaimFinding;
import org.medmine.apps.fraud.ClaimReason;
import org.medmine.apps.fraud.FraudFeature;
import org.medmine.apps.fraud.FraudFinding;
import org.medmine.apps.fraud.FraudReason;
import org.medmine.apps.fraud.FraudScreen;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.FraudSections;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine fraud}: providers ranked by how far their claims deviate from their peers, with reasons. */
@Command(
    name = "fraud",
    mixinStandardHelpOptions = true,
    description = {
      "Screens billing providers for claims fraud: per-provider features (claims and services per patient, cost per"
          + " claim, procedure-mix divergence, off-hours billing, claims without an encounter, upcoded visits, split"
          + " and duplicate claims, sex-impossible or post-mortem services) scored by robust peer z-scores and an"
          + " isolation forest into one ranked list, each provider with the reasons that drove it.",
      "JSON (--format json): {parameters, providers: [{rank, provider, name, specialty, claims, patients, score,"
          + " isolationScore, features: {feature: value}, z: {feature: z}, reasons: [{feature, value, z, text}]}],"
          + " claims: [{rank, claim, patient, provider, start, total, score, reasons: [{feature, weight, text}]}]}"
          + " (claims: the first --top-claims of the per-claim ranking)."
    })
final class FraudCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--min-claims", defaultValue = "10", paramLabel = "N", description = "Screen providers with at least N claims. Default: ${DEFAULT-VALUE}.")
  int minClaims;

  @Option(names = "--reason-z", defaultValue = "3.5", paramLabel = "Z", description = "Robust z-score from which a feature is a reason. Default: ${DEFAULT-VALUE}.")
  double reasonZ;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Isolation forest seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N", description = "Providers shown in the table and report. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--top-claims", defaultValue = "100", paramLabel = "N",
      description = "Claims of the per-claim ranking in the JSON, table and report (0: none). Default: ${DEFAULT-VALUE}.")
  int topClaims;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with the ranked lists;"
      + " encrypted as FILE.enc unless the warehouse is de-identified or --plaintext is given.")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new MedmineUserException("--top must be at least 1 provider, not " + top + ".");
    }
    if (topClaims < 0) {
      throw new MedmineUserException("--top-claims must be 0 or more claims, not " + topClaims + ".");
    }
    FraudScreen.Options d = FraudScreen.Options.defaults();
    FraudScreen.Options options = new FraudScreen.Options(minClaims, reasonZ, d.minPeers(), d.trees(), seed);
    org.medmine.privacy.ProtectedOutput protect = report == null ? null : protection.decide(warehouse.file, "fraud", report);
    FraudScreen.Result result;
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      result = FraudScreen.run(w.connection(), options);
    }
    Path written = protect == null ? null : protect.write(report,
        f -> HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(FraudSections.of(result, top, topClaims)).write(f));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(json(result, warehouse.file, topClaims)));
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%,d providers screened; %d with reasons%n", result.findings().size(),
        result.findings().stream().filter(f -> !f.reasons().isEmpty()).count());
    out.printf(Locale.ROOT, "%4s %-28s %7s %6s  %s%n", "rank", "provider", "claims", "score", "reasons");
    int rank = 0;
    for (FraudFinding f : result.findings().subList(0, Math.min(top, result.findings().size()))) {
      out.printf(Locale.ROOT, "%4d %-28s %7d %6.3f  %s%n", ++rank, RulesCommand.clip(f.row().name(), 28), f.row().claims(), f.score(),
          f.reasons().isEmpty() ? "-" : String.join("; ", f.reasons().stream().map(FraudReason::text).toList()));
    }
    List<ClaimFinding> claims = result.claims().subList(0, Math.min(Math.max(0, topClaims), result.claims().size()));
    if (!claims.isEmpty()) {
      out.printf(Locale.ROOT, "%n%,d claims with reasons; the first %d:%n", result.claims().size(), claims.size());
      out.printf(Locale.ROOT, "%4s %-40s %-16s %6s  %s%n", "rank", "claim", "date", "score", "reasons");
      rank = 0;
      for (ClaimFinding c : claims) {
        out.printf(Locale.ROOT, "%4d %-40s %-16s %6.3f  %s%n", ++rank, RulesCommand.clip(c.claimId(), 40),
            c.start() == null ? "-" : c.start().toString().replace('T', ' '), c.score(),
            String.join("; ", c.reasons().stream().map(ClaimReason::text).toList()));
      }
    }
    if (written != null) {
      out.println("Wrote " + ProtectedOutputOption.describe(protect, written));
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> json(FraudScreen.Result r, Path warehouse, int topClaims) {
    Map<String, Object> m = new LinkedHashMap<>();
    FraudScreen.Options o = r.options();
    m.put("parameters", Map.of("warehouse", warehouse.toString(), "minClaims", o.minClaims(), "reasonZ", o.reasonZ(),
        "minPeers", o.minPeers(), "trees", o.trees(), "seed", o.seed()));
    List<Map<String, Object>> providers = new ArrayList<>();
    int rank = 0;
    for (FraudFinding f : r.findings()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("rank", ++rank);
      p.put("provider", f.row().providerId());
      p.put("name", f.row().name());
      p.put("specialty", f.row().specialty());
      p.put("claims", f.row().claims());
      p.put("patients", f.row().patients());
      p.put("score", f.score());
      p.put("isolationScore", f.isolationScore());
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, Object> z = new LinkedHashMap<>();
      for (FraudFeature feature : FraudFeature.values()) {
        values.put(feature.key(), f.row().values().get(feature));
        z.put(feature.key(), f.z().get(feature));
      }
      p.put("features", values);
      p.put("z", z);
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (FraudReason reason : f.reasons()) {
        reasons.add(Map.of("feature", reason.feature().key(), "value", reason.value(), "z", reason.z(), "text", reason.text()));
      }
      p.put("reasons", reasons);
      providers.add(p);
    }
    m.put("providers", providers);
    List<Map<String, Object>> claims = new ArrayList<>();
    rank = 0;
    for (ClaimFinding c : r.claims().subList(0, Math.min(Math.max(0, topClaims), r.claims().size()))) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("rank", ++rank);
      j.put("claim", c.claimId());
      j.put("patient", c.patientId());
      j.put("provider", c.providerId());
      j.put("start", c.start() == null ? null : c.start().toString());
      j.put("total", c.total());
      j.put("score", c.score());
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (ClaimReason reason : c.reasons()) {
        reasons.add(Map.of("feature", reason.feature().key(), "weight", reason.weight(), "text", reason.text()));
      }
      j.put("reasons", reasons);
      claims.add(j);
    }
    m.put("claimsWithReasons", r.claims().size());
    m.put("claims", claims);
    return m;
  }
}
