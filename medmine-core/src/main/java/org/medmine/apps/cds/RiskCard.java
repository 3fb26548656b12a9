package org.medmine.apps.cds;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code patient-view} card of a patient's risk ({@link PatientRisk}): the risk in the summary,
 * the top factors in the detail, a link to the model card, which says how the model was validated
 * (AUROC with its interval, calibration, performance per group). Informational: a risk never
 * interrupts.
 */
final class RiskCard {
  private RiskCard() {}

  static Card of(CdsRequest request, PatientRisk risk) {
    String factors =
        risk.factors().stream()
            .map(f -> "- " + f.feature() + (f.raises() ? " (raises the risk)" : " (lowers it)"))
            .collect(Collectors.joining("\n"));
    return new Card(
        InteractionCards.uuid(request.hookInstance() + "|risk|" + risk.study()),
        String.format(
            Locale.ROOT,
            "%s: %.0f%% predicted risk (medmine study %s)",
            risk.outcome(),
            100 * risk.risk(),
            risk.study()),
        "**Top factors** (SHAP contributions, largest first):\n\n" + factors,
        "info",
        new Card.Source("medmine study " + risk.study(), risk.modelCardUrl(), null),
        List.of(),
        null,
        List.of(),
        List.of(new Card.Link("Model card of " + risk.study(), risk.modelCardUrl(), "absolute")));
  }
}
