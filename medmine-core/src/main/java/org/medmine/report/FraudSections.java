package org.medmine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medmine.apps.fraud.FraudFinding;
import org.medmine.apps.fraud.FraudReason;
import org.medmine.apps.fraud.FraudScreen;

/** The claims-fraud section: how providers were scored, and the ranked list with each one's reasons. */
public final class FraudSections {
  private FraudSections() {}

  public static ReportSection of(FraudScreen.Result result, int top) {
    FraudScreen.Options o = result.options();
    StringBuilder sb = new StringBuilder();
    long flagged = result.findings().stream().filter(f -> !f.reasons().isEmpty()).count();
    sb.append(Html.paragraph(String.format(Locale.ROOT,
        "%,d providers with at least %d claims, compared with their specialty peers (all providers when a specialty"
            + " has fewer than %d) by robust z-scores, and scored by an isolation forest (%d trees, seed %d) over"
            + " those z-scores. The rank follows the mean of the isolation score and 1 − exp(−z⁺/5), z⁺ the largest"
            + " z-score; a feature with z ≥ %.1f is a reason. %,d providers have at least one reason.",
        result.findings().size(), o.minClaims(), o.minPeers(), o.trees(), o.seed(), o.reasonZ(), flagged)));
    List<List<?>> rows = new ArrayList<>();
    int rank = 0;
    for (FraudFinding f : result.findings().subList(0, Math.min(top, result.findings().size()))) {
      rank++;
      rows.add(List.of(rank, f.row().name(), f.row().specialty(), f.row().claims(), f.row().patients(), f.score(),
          f.isolationScore(), f.reasons().isEmpty() ? "—" : f.reasons().stream().map(FraudReason::text).collect(Collectors.joining("; "))));
    }
    sb.append(rows.isEmpty()
        ? Html.paragraph("No provider has enough claims to be screened: lower --min-claims.")
        : Html.table(List.of("rank", "provider", "specialty", "claims", "patients", "score", "isolation", "reasons"), rows));
    sb.append("<p class=\"note\">A rank is a lead for review, not a finding of fraud: each reason names the pattern"
        + " and how far the provider is from its peers.</p>\n");
    return ReportSection.of("claims-fraud", "Claims fraud and anomalies", sb.toString());
  }
}
