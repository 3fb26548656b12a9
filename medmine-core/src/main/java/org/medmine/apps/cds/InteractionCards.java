package org.medmine.apps.cds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The interaction cards of one {@code order-select} or {@code order-sign} call: every draft order's
 * ingredients against the other draft orders' and against the patient's active medications, one
 * card per interacting ingredient pair, under the {@link AlertPolicy} and its {@link AlertLedger}.
 * Card ids are derived from the hook instance and the pair, so the same call answers the same
 * cards.
 */
final class InteractionCards {
  static final String OVERRIDE_SYSTEM = "https://medmine.org/cds/override-reason";
  static final List<Card.Coding> OVERRIDE_REASONS =
      List.of(
          new Card.Coding(OVERRIDE_SYSTEM, "benefit-outweighs-risk", "Benefit outweighs the risk"),
          new Card.Coding(OVERRIDE_SYSTEM, "will-monitor", "Will monitor the patient"),
          new Card.Coding(
              OVERRIDE_SYSTEM, "tolerated-before", "Patient has tolerated the combination before"),
          new Card.Coding(OVERRIDE_SYSTEM, "not-taking", "Patient no longer takes the other drug"));

  private final InteractionKnowledgeBase knowledge;
  private final AlertPolicy policy;
  private final AlertLedger ledger;
  private final Replacements replacements;

  InteractionCards(
      InteractionKnowledgeBase knowledge,
      AlertPolicy policy,
      AlertLedger ledger,
      Replacements replacements) {
    this.knowledge = knowledge;
    this.policy = policy;
    this.ledger = ledger;
    this.replacements = replacements;
  }

  /** One interacting pair: the rule, the draft order, the other order and whether it is a draft. */
  record Finding(
      InteractionRule rule,
      String draftIngredient,
      MedicationOrder draft,
      String otherIngredient,
      MedicationOrder other,
      boolean otherIsDraft) {}

  /** The cards for {@code drafts} against each other and against {@code active}. */
  List<Card> cards(String hookInstance, String patientId, String encounter, OrderSet orders) {
    List<Card> cards = new ArrayList<>();
    for (Map.Entry<String, Finding> f : findings(orders).entrySet()) {
      if (policy.shows(f.getValue().rule()) && ledger.firstTime(encounter, f.getKey())) {
        cards.add(card(hookInstance, patientId, f.getKey(), f.getValue()));
      }
    }
    return cards;
  }

  /**
   * The orders one call checks: the draft orders in focus (all of them at order-sign, the selected
   * ones at order-select), the other draft orders, and the patient's active medications.
   */
  record OrderSet(
      List<MedicationOrder> focus,
      List<MedicationOrder> otherDrafts,
      List<MedicationOrder> active) {
    OrderSet {
      focus = List.copyOf(focus);
      otherDrafts = List.copyOf(otherDrafts);
      active = List.copyOf(active);
    }
  }

  /** Every interacting pair once, keyed by its ingredients in name order. */
  Map<String, Finding> findings(OrderSet orders) {
    Map<String, Finding> found = new LinkedHashMap<>();
    List<MedicationOrder> drafts = orders.focus();
    for (int i = 0; i < drafts.size(); i++) {
      MedicationOrder draft = drafts.get(i);
      for (int j = i + 1; j < drafts.size(); j++) {
        pairs(found, draft, drafts.get(j), true);
      }
      for (MedicationOrder other : orders.otherDrafts()) {
        pairs(found, draft, other, true);
      }
      for (MedicationOrder a : orders.active()) {
        if (a.reference() == null || !a.reference().equals(draft.reference())) {
          pairs(found, draft, a, false);
        }
      }
    }
    return found;
  }

  private void pairs(
      Map<String, Finding> found,
      MedicationOrder draft,
      MedicationOrder other,
      boolean draftOther) {
    for (String a : draft.ingredients()) {
      for (String b : other.ingredients()) {
        Optional<InteractionRule> rule = knowledge.rule(a, b);
        if (rule.isPresent()) {
          String key = a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
          found.putIfAbsent(key, new Finding(rule.get(), a, draft, b, other, draftOther));
        }
      }
    }
  }

  private Card card(String hookInstance, String patientId, String pairKey, Finding f) {
    InteractionRule rule = f.rule();
    String summary =
        (rule.highPriority() ? "Avoid " : "Interaction: ")
            + f.draftIngredient()
            + " with "
            + f.otherIngredient()
            + (rule.highPriority() ? " (high-priority interaction)" : " (monitor)");
    String detail =
        "**Mechanism.** "
            + rule.mechanism()
            + "\n\n**Management.** "
            + rule.management()
            + "\n\n**Orders.** "
            + f.draft().label()
            + " (draft) and "
            + f.other().label()
            + (f.otherIsDraft() ? " (draft)." : " (active medication).");
    return new Card(
        uuid(hookInstance + "|" + pairKey),
        summary,
        detail,
        policy.indicator(rule),
        new Card.Source(
            "medmine drug-interaction knowledge base: " + rule.source(),
            null,
            new Card.Coding("https://medmine.org/cds/ddi-rule", rule.id(), rule.list())),
        suggestions(hookInstance, patientId, pairKey, f),
        "at-most-one",
        OVERRIDE_REASONS,
        List.of());
  }

  private List<Card.Suggestion> suggestions(
      String hookInstance, String patientId, String pairKey, Finding f) {
    List<Card.Suggestion> suggestions = new ArrayList<>();
    if (f.draft().reference() != null) {
      Card.Action remove =
          new Card.Action(
              "delete",
              "Remove the draft order for " + f.draft().label() + ".",
              null,
              List.of(f.draft().reference()));
      suggestions.add(
          new Card.Suggestion(
              "Remove the draft order for " + f.draftIngredient(),
              uuid(hookInstance + "|" + pairKey + "|remove"),
              f.rule().highPriority(),
              List.of(remove)));
      replacements
          .suggestion(
              f.draftIngredient(),
              f.draft(),
              patientId,
              uuid(hookInstance + "|" + pairKey + "|swap"))
          .ifPresent(suggestions::add);
    }
    return suggestions;
  }

  static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
