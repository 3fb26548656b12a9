package org.medmine.apps.cds;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replacement orders the interaction cards may suggest ({@code replacements.tsv}): for an
 * ingredient, an RxNorm clinical drug without the interaction's mechanism (pravastatin for
 * simvastatin or lovastatin with a CYP3A4 inhibitor). A suggestion deletes the draft order and
 * creates a draft MedicationRequest for the replacement (CDS Hooks 2.0, "Action").
 */
final class Replacements {
  private record Replacement(String code, String display, String why) {}

  private final Map<String, Replacement> byIngredient;

  private Replacements(Map<String, Replacement> byIngredient) {
    this.byIngredient = Map.copyOf(byIngredient);
  }

  static Replacements shipped() {
    Map<String, Replacement> found = new HashMap<>();
    for (String[] row : KnowledgeBaseFiles.table("replacements.tsv")) {
      found.put(row[0], new Replacement(row[1], row[2], row[3]));
    }
    return new Replacements(found);
  }

  /** The suggestion replacing {@code draft} (for {@code ingredient}), if the table has one. */
  Optional<Card.Suggestion> suggestion(
      String ingredient, MedicationOrder draft, String patientId, String uuid) {
    Replacement r = byIngredient.get(ingredient);
    if (r == null || draft.reference() == null) {
      return Optional.empty();
    }
    Map<String, Object> coding = new LinkedHashMap<>();
    coding.put("system", IngredientResolver.RXNORM);
    coding.put("code", r.code());
    coding.put("display", r.display());
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("resourceType", "MedicationRequest");
    order.put("status", "draft");
    order.put("intent", "order");
    order.put("medicationCodeableConcept", Map.of("coding", List.of(coding), "text", r.display()));
    order.put("subject", Map.of("reference", "Patient/" + patientId));
    return Optional.of(
        new Card.Suggestion(
            "Replace " + ingredient + " with " + r.display(),
            uuid,
            false,
            List.of(
                new Card.Action(
                    "delete",
                    "Remove the draft order for " + draft.label() + ".",
                    null,
                    List.of(draft.reference())),
                new Card.Action(
                    "create", "Order " + r.display() + ": " + r.why() + ".", order, null))));
  }
}
