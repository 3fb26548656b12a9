package org.medmine.apps.cds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds CDS Hooks order requests the way an EHR writes them: MedicationRequests coded with RxNorm
 * clinical drugs (the shipped table's code for the ingredient when it has one, preferring a
 * single-ingredient drug; otherwise a coding with the RxNorm system and a display only, as an EHR
 * sends a drug it has no RxNorm code for).
 */
final class OrderRequests {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String[]> CODE_BY_INGREDIENT = codes();

  private OrderRequests() {}

  /** Whether the shipped table has an RxNorm clinical drug for {@code ingredient}. */
  static boolean coded(String ingredient) {
    return CODE_BY_INGREDIENT.containsKey(ingredient);
  }

  /** A draft MedicationRequest {@code id} for {@code ingredient}. */
  static ObjectNode medicationRequest(String id, String ingredient, String status) {
    ObjectNode r = JSON.createObjectNode();
    r.put("resourceType", "MedicationRequest").put("id", id).put("status", status);
    r.put("intent", "order");
    ObjectNode concept = r.putObject("medicationCodeableConcept");
    ObjectNode coding = concept.putArray("coding").addObject();
    coding.put("system", IngredientResolver.RXNORM);
    String[] known = CODE_BY_INGREDIENT.get(ingredient);
    if (known != null) {
      coding.put("code", known[0]).put("display", known[1]);
      concept.put("text", known[1]);
    } else {
      String name = Character.toUpperCase(ingredient.charAt(0)) + ingredient.substring(1);
      coding.put("display", name + " Oral Product");
      concept.put("text", name + " Oral Product");
    }
    r.putObject("subject").put("reference", "Patient/p1");
    return r;
  }

  /** A request of {@code hook} for patient p1 in {@code encounter} with these draft orders. */
  static ObjectNode request(
      String hook, String instance, String encounter, List<ObjectNode> drafts) {
    ObjectNode root = JSON.createObjectNode();
    root.put("hook", hook).put("hookInstance", instance);
    ObjectNode context = root.putObject("context");
    context.put("userId", "Practitioner/example").put("patientId", "p1");
    if (encounter != null) {
      context.put("encounterId", encounter);
    }
    ObjectNode bundle = context.putObject("draftOrders");
    bundle.put("resourceType", "Bundle");
    ArrayNode entries = bundle.putArray("entry");
    drafts.forEach(d -> entries.addObject().set("resource", d));
    return root;
  }

  /** The {@code medications} prefetch: a searchset Bundle of these active orders. */
  static ObjectNode medicationsBundle(List<ObjectNode> active) {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle").put("type", "searchset");
    ArrayNode entries = bundle.putArray("entry");
    active.forEach(a -> entries.addObject().set("resource", a));
    return bundle;
  }

  private static Map<String, String[]> codes() {
    Map<String, String[]> byIngredient = new HashMap<>();
    for (String[] row : KnowledgeBaseFiles.table("rxnorm-clinical-drugs.tsv")) {
      String[] ingredients = row[2].isEmpty() ? new String[0] : row[2].split("\\|");
      for (String i : ingredients) {
        String[] current = byIngredient.get(i);
        boolean single = ingredients.length == 1;
        if (current == null || (single && !current[2].equals("1"))) {
          byIngredient.put(i, new String[] {row[0], row[1], single ? "1" : "n"});
        }
      }
    }
    return byIngredient;
  }
}
