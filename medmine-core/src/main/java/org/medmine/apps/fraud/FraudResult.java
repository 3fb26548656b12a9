package org.medmine.apps.fraud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * What {@link FraudApp} found: the ranked providers and claims ({@link FraudScreen.Result}), the
 * warehouse they came from, how much of the ranking to show, and the run's provenance.
 *
 * @param screen the ranked providers and claims with their parameters
 * @param warehouse the warehouse, as given
 * @param top providers shown in the text and the report
 * @param topClaims claims shown in the JSON, the text and the report
 * @param provenance the run's provenance
 */
public record FraudResult(
    FraudScreen.Result screen, String warehouse, int top, int topClaims, RunProvenance provenance)
    implements AppResult {

  /** The first {@code topClaims} of the ranked claims. */
  public List<ClaimFinding> shownClaims() {
    return screen.claims().subList(0, Math.min(Math.max(0, topClaims), screen.claims().size()));
  }

  /**
   * {@code {parameters, providers: [{rank, provider, name, specialty, claims, patients, score,
   * isolationScore, features: {feature: value}, z: {feature: z}, reasons: [{feature, value, z,
   * text}]}], claimsWithReasons, claims: [{rank, claim, patient, provider, start, total, score,
   * reasons: [{feature, weight, text}]}], run}}.
   */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    FraudScreen.Options o = screen.options();
    m.put(
        "parameters",
        Map.of(
            "warehouse",
            warehouse,
            "minClaims",
            o.minClaims(),
            "reasonZ",
            o.reasonZ(),
            "minPeers",
            o.minPeers(),
            "trees",
            o.trees(),
            "seed",
            o.seed()));
    List<Map<String, Object>> providers = new ArrayList<>();
    int rank = 0;
    for (FraudFinding f : screen.findings()) {
      providers.add(FraudJson.provider(++rank, f));
    }
    m.put("providers", providers);
    List<Map<String, Object>> claims = new ArrayList<>();
    rank = 0;
    for (ClaimFinding c : shownClaims()) {
      claims.add(FraudJson.claim(++rank, c));
    }
    m.put("claimsWithReasons", screen.claims().size());
    m.put("claims", claims);
    m.put("run", provenance);
    return m;
  }

  /**
   * The providers screened and the first {@code top} with reasons, then the first {@code topClaims}
   * claims.
   */
  @Override
  public String toText() {
    return providersText() + claimsText();
  }

  /** The ranked providers, the first {@code top}, with their reasons. */
  private String providersText() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%,d providers screened; %d with reasons%n",
            screen.findings().size(),
            flagged()));
    b.append(
        String.format(
            Locale.ROOT,
            "%4s %-28s %7s %6s  %s%n",
            "rank",
            "provider",
            "claims",
            "score",
            "reasons"));
    int rank = 0;
    for (FraudFinding f : screen.findings().subList(0, Math.min(top, screen.findings().size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "%4d %-28s %7d %6.3f  %s%n",
              ++rank,
              TextTable.clip(f.row().name(), 28),
              f.row().claims(),
              f.score(),
              f.reasons().isEmpty()
                  ? "-"
                  : String.join("; ", f.reasons().stream().map(FraudReason::text).toList())));
    }
    return b.toString();
  }

  /** The ranked claims shown, with their reasons; empty when none is shown. */
  private String claimsText() {
    StringBuilder b = new StringBuilder();
    List<ClaimFinding> claims = shownClaims();
    if (!claims.isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n%,d claims with reasons; the first %d:%n",
              screen.claims().size(),
              claims.size()));
      b.append(
          String.format(
              Locale.ROOT,
              "%4s %-40s %-16s %6s  %s%n",
              "rank",
              "claim",
              "date",
              "score",
              "reasons"));
      int rank = 0;
      for (ClaimFinding c : claims) {
        b.append(
            String.format(
                Locale.ROOT,
                "%4d %-40s %-16s %6.3f  %s%n",
                ++rank,
                TextTable.clip(c.claimId(), 40),
                c.start() == null ? "-" : c.start().toString().replace('T', ' '),
                c.score(),
                String.join("; ", c.reasons().stream().map(ClaimReason::text).toList())));
      }
    }
    return b.toString();
  }

  /**
   * A few lines for a run among others (the demo): the providers screened and the three ranked
   * first.
   */
  public String summary() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  claims fraud screen: %,d providers, %d with reasons%n",
                screen.findings().size(),
                flagged()));
    for (FraudFinding f : screen.findings().subList(0, Math.min(3, screen.findings().size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %.3f %s%s%n",
              f.score(),
              f.row().name(),
              f.reasons().isEmpty() ? "" : ": " + f.reasons().get(0).text()));
    }
    return b.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(FraudSections.of(screen, top, topClaims));
  }

  private long flagged() {
    return screen.findings().stream().filter(f -> !f.reasons().isEmpty()).count();
  }
}
