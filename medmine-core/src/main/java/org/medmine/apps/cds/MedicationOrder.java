package org.medmine.apps.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A medication order as the hooks see it: a draft order of the request, or one of the patient's
 * active medications, with the ingredients it resolves to.
 *
 * @param reference the FHIR reference ({@code MedicationRequest/ID}), or null when the resource has
 *     no id
 * @param label the drug as the order names it (the coding's display or the text)
 * @param ingredients its RxNorm ingredients (lower-case names), empty when none resolve
 */
public record MedicationOrder(String reference, String label, Set<String> ingredients) {
  public MedicationOrder {
    ingredients = Set.copyOf(ingredients);
  }

  /**
   * The medication orders among {@code resources} (FHIR R4 MedicationRequest, MedicationStatement
   * or MedicationOrder of DSTU2 is not read), each resolved with {@code resolver}.
   */
  public static List<MedicationOrder> fromResources(
      Iterable<JsonNode> resources, IngredientResolver resolver) {
    List<MedicationOrder> orders = new ArrayList<>();
    for (JsonNode r : resources) {
      String type = r.path("resourceType").asText("");
      if (type.equals("MedicationRequest") || type.equals("MedicationStatement")) {
        orders.add(of(r, resolver));
      }
    }
    return orders;
  }

  /** The entries' resources of a FHIR Bundle, or the node itself when it is one resource. */
  public static List<JsonNode> resources(JsonNode bundleOrResource) {
    List<JsonNode> found = new ArrayList<>();
    if (bundleOrResource == null || bundleOrResource.isNull() || bundleOrResource.isMissingNode()) {
      return found;
    }
    if ("Bundle".equals(bundleOrResource.path("resourceType").asText())) {
      for (JsonNode entry : bundleOrResource.path("entry")) {
        if (entry.has("resource")) {
          found.add(entry.get("resource"));
        }
      }
    } else if (bundleOrResource.has("resourceType")) {
      found.add(bundleOrResource);
    }
    return found;
  }

  private static MedicationOrder of(JsonNode r, IngredientResolver resolver) {
    JsonNode concept = r.path("medicationCodeableConcept");
    String text = concept.path("text").asText(null);
    Set<String> ingredients = Set.of();
    String label = text;
    for (JsonNode coding : concept.path("coding")) {
      String display = coding.path("display").asText(null);
      label = label == null ? display : label;
      Set<String> found =
          resolver.resolve(
              coding.path("system").asText(null), coding.path("code").asText(null), display, null);
      if (!found.isEmpty()) {
        ingredients = found;
        break;
      }
    }
    if (ingredients.isEmpty()) {
      ingredients = resolver.resolve(null, null, null, text);
    }
    String id = r.path("id").asText(null);
    String reference = id == null ? null : r.path("resourceType").asText() + "/" + id;
    return new MedicationOrder(
        reference, label == null ? String.join(" / ", ingredients) : label, ingredients);
  }
}
