package org.medmine.apps.cds;

import java.util.ArrayList;
import java.util.List;

/**
 * The pharmacogenomic cards of an order hook: for every ingredient of the draft orders in focus,
 * what the {@link PgxAdvisor} recommends for the patient (CPIC), once per encounter, ingredient and
 * gene. A recommendation that changes the order is interruptive ({@code critical}); one that does
 * not is {@code info}.
 */
final class PgxCards {
  private final PgxAdvisor advisor;
  private final AlertLedger ledger;

  PgxCards(PgxAdvisor advisor, AlertLedger ledger) {
    this.advisor = advisor;
    this.ledger = ledger;
  }

  List<Card> cards(
      String hookInstance,
      String patientId,
      String encounter,
      List<MedicationOrder> focus,
      PgxAdvisor warehouse) {
    List<Card> cards = new ArrayList<>();
    for (MedicationOrder order : focus) {
      for (String ingredient : order.ingredients()) {
        List<PgxAdvisor.PgxRecommendation> advice =
            new ArrayList<>(advisor.advise(patientId, ingredient));
        advice.addAll(warehouse.advise(patientId, ingredient));
        for (PgxAdvisor.PgxRecommendation r : advice) {
          String key = "pgx:" + ingredient + ":" + r.gene();
          if (ledger.firstTime(encounter, key)) {
            cards.add(card(hookInstance, key, ingredient, r));
          }
        }
      }
    }
    return cards;
  }

  private static Card card(
      String hookInstance, String key, String ingredient, PgxAdvisor.PgxRecommendation r) {
    return new Card(
        InteractionCards.uuid(hookInstance + "|" + key),
        r.gene() + " " + r.phenotype() + ": " + ingredient + ". " + r.recommendation(),
        "**Recommendation** ("
            + r.strength()
            + "). "
            + r.recommendation()
            + "\n\n**Genotype.** "
            + r.gene()
            + " "
            + r.phenotype()
            + ".",
        r.interruptive() ? "critical" : "info",
        new Card.Source("CPIC: " + r.guideline(), null, null),
        List.of(),
        null,
        InteractionCards.OVERRIDE_REASONS,
        List.of());
  }
}
