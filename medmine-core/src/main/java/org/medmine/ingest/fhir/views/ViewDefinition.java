package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A SQL-on-FHIR v2 ViewDefinition (https://sql-on-fhir.org/ig/StructureDefinition-ViewDefinition):
 * the resource type it reads, its {@code constant}s, its {@code where} filters and its {@code
 * select}s, parsed and checked as a whole before any resource is read, so an invalid view is
 * refused with one sentence. {@link ViewEvaluator} turns resources into its rows.
 *
 * @param resource the FHIR resource type the view reads, e.g. {@code Patient}
 * @param root the view's selects, as one select without a focus of its own
 * @param where the filters a resource must all pass (each true)
 * @param constants the constants by name ({@code %name} in paths)
 */
public record ViewDefinition(
    String resource,
    ViewSelect root,
    List<FhirPathExpression> where,
    Map<String, FhirPathValue> constants) {

  /** Reads a ViewDefinition from its JSON, or refuses it with one sentence. */
  public static ViewDefinition parse(JsonNode view) {
    if (!view.isObject()) {
      throw ViewSelect.refuse("it must be a JSON object");
    }
    if (!view.path("resource").isTextual()) {
      throw ViewSelect.refuse("it names no resource type; give 'resource', e.g. \"Patient\"");
    }
    if (!view.path("select").isArray() || view.path("select").isEmpty()) {
      throw ViewSelect.refuse("it has no select; give at least one");
    }
    ViewSelect root =
        ViewSelect.parse(
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode()
                .set("select", view.get("select")));
    root.columnNames();
    List<FhirPathExpression> where = new ArrayList<>();
    for (JsonNode filter : view.path("where")) {
      where.add(FhirPathParser.parse(ViewSelect.text(filter, "path")));
    }
    return new ViewDefinition(
        view.get("resource").textValue(), root, List.copyOf(where), constants(view));
  }

  /** The names of the view's columns, in order. */
  public List<String> columnNames() {
    return root.columnNames();
  }

  private static Map<String, FhirPathValue> constants(JsonNode view) {
    Map<String, FhirPathValue> constants = new HashMap<>();
    for (JsonNode constant : view.path("constant")) {
      String name = ViewSelect.text(constant, "name");
      FhirPathValue value = null;
      for (Iterator<String> fields = constant.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        if (field.startsWith("value") && field.length() > 5) {
          String type = field.substring(5);
          type = Character.toLowerCase(type.charAt(0)) + type.substring(1);
          value = new FhirPathValue(constant.get(field), type);
        }
      }
      if (value == null) {
        throw ViewSelect.refuse("constant " + name + " has no value[x]; give it one");
      }
      constants.put(name, value);
    }
    return Map.copyOf(constants);
  }
}
