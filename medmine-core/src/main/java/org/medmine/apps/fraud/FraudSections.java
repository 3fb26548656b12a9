package org.medmine.apps.fraud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * The claims-fraud section: how providers were scored, the ranked providers with each one's
 * reasons, and the ranked claims with theirs.
 */
final class FraudSections {
  private FraudSections() {}

  /** The section with the first {@code top} providers and no claims. */
  static ReportSection of(FraudScreen.Result result, int top) {
    return of(result, top, 0);
  }

  /** The section with the first {@code top} providers and the first {@code topClaims} claims. */
  static ReportSection of(FraudScreen.Result result, int top, int topClaims) {
    StringBuilder sb = new StringBuilder();
    sb.append(method(result));
    sb.append(providers(result, top));
    sb.append(claims(result, topClaims));
    sb.append(
        "<p class=\"note\">A rank is a lead for review, not a finding of fraud: each reason names the pattern"
            + " and how far the provider is from its peers.</p>\n");
    return ReportSection.of("claims-fraud", "Claims fraud and anomalies", sb.toString());
  }

  /** How the providers were compared and scored, and how many have a reason. */
  private static String method(FraudScreen.Result result) {
    FraudScreen.Options o = result.options();
    long flagged = result.findings().stream().filter(f -> !f.reasons().isEmpty()).count();
    return Html.paragraph(
        String.format(
            Locale.ROOT,
            "%,d providers with at least %d claims, compared with their specialty peers (all providers when a specialty"
                + " has fewer than %d) by robust z-scores, and scored by an isolation forest (%d trees, seed %d) over"
                + " those z-scores. The rank follows the mean of the isolation score and 1 − exp(−z⁺/5), z⁺ the largest"
                + " z-score; a feature with z ≥ %.1f is a reason. %,d providers have at least one reason.",
            result.findings().size(),
            o.minClaims(),
            o.minPeers(),
            o.trees(),
            o.seed(),
            o.reasonZ(),
            flagged));
  }

  /** The table of the first {@code top} providers, or a sentence saying none could be screened. */
  private static String providers(FraudScreen.Result result, int top) {
    List<List<?>> rows = new ArrayList<>();
    int rank = 0;
    for (FraudFinding f : result.findings().subList(0, Math.min(top, result.findings().size()))) {
      rank++;
      rows.add(
          List.of(
              rank,
              f.row().name(),
              f.row().specialty(),
              f.row().claims(),
              f.row().patients(),
              f.score(),
              f.isolationScore(),
              f.reasons().isEmpty()
                  ? "—"
                  : f.reasons().stream().map(FraudReason::text).collect(Collectors.joining("; "))));
    }
    return rows.isEmpty()
        ? Html.paragraph("No provider has enough claims to be screened: lower --min-claims.")
        : Html.table(
            List.of(
                "rank",
                "provider",
                "specialty",
                "claims",
                "patients",
                "score",
                "isolation",
                "reasons"),
            rows);
  }

  /** The first {@code topClaims} ranked claims with their reasons; empty when none is shown. */
  private static String claims(FraudScreen.Result result, int topClaims) {
    List<ClaimFinding> claims =
        result.claims().subList(0, Math.min(Math.max(0, topClaims), result.claims().size()));
    if (claims.isEmpty()) {
      return "";
    }
    List<List<?>> claimRows = new ArrayList<>();
    int claimRank = 0;
    for (ClaimFinding c : claims) {
      claimRows.add(
          List.of(
              ++claimRank,
              c.claimId(),
              c.providerName(),
              c.start() == null ? "—" : c.start().toString().replace('T', ' '),
              c.total(),
              c.score(),
              c.reasons().stream().map(ClaimReason::text).collect(Collectors.joining("; "))));
    }
    return Html.paragraph(
            String.format(
                Locale.ROOT,
                "Claims: %,d medical claims have at least one reason; the first %d below. A claim's score is the noisy-OR"
                    + " of its reasons' weights, so rule violations (an impossible or a duplicate claim) come first; equal"
                    + " scores follow the provider's rank.",
                result.claims().size(),
                claims.size()))
        + Html.table(
            List.of("rank", "claim", "provider", "date", "billed", "score", "reasons"), claimRows);
  }
}
