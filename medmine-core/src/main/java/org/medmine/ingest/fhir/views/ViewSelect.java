package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/**
 * One {@code select} of a ViewDefinition (SQL-on-FHIR v2, "ViewDefinition.select"): its columns,
 * the nested selects whose rows it joins with its own, the {@code unionAll} branches whose rows it
 * concatenates, and at most one of {@code forEach}, {@code forEachOrNull} and {@code repeat}.
 *
 * @param forEach the path each item of which makes rows, or null
 * @param orNull whether an empty {@code forEach} still makes one row of nulls
 * @param repeat the paths followed recursively ({@code repeat}), empty when not repeating
 */
record ViewSelect(
    List<ViewColumn> columns,
    List<ViewSelect> selects,
    List<ViewSelect> unionAll,
    FhirPathExpression forEach,
    boolean orNull,
    List<FhirPathExpression> repeat) {

  /** One column: its name, path, whether it holds a collection, and its FHIR type (or null). */
  record ViewColumn(String name, FhirPathExpression path, boolean collection, String type) {}

  static ViewSelect parse(JsonNode node) {
    if (!node.isObject()) {
      throw refuse("a select must be an object");
    }
    List<ViewColumn> columns = new ArrayList<>();
    for (JsonNode column : array(node, "column")) {
      columns.add(
          new ViewColumn(
              text(column, "name"),
              FhirPathParser.parse(text(column, "path")),
              column.path("collection").asBoolean(false),
              column.path("type").asText(null)));
    }
    List<ViewSelect> selects = new ArrayList<>();
    array(node, "select").forEach(s -> selects.add(parse(s)));
    List<ViewSelect> unionAll = new ArrayList<>();
    array(node, "unionAll").forEach(s -> unionAll.add(parse(s)));
    boolean orNull = node.has("forEachOrNull");
    FhirPathExpression forEach =
        node.has("forEach") || orNull
            ? FhirPathParser.parse(text(node, orNull ? "forEachOrNull" : "forEach"))
            : null;
    List<FhirPathExpression> repeat = new ArrayList<>();
    array(node, "repeat").forEach(p -> repeat.add(FhirPathParser.parse(textValue(p, "repeat"))));
    ViewSelect select =
        new ViewSelect(
            List.copyOf(columns),
            List.copyOf(selects),
            List.copyOf(unionAll),
            forEach,
            orNull,
            List.copyOf(repeat));
    select.checkUnion();
    return select;
  }

  /** The names of the columns this select makes, in the order of its rows. */
  List<String> columnNames() {
    List<String> names = new ArrayList<>();
    columns.forEach(c -> names.add(c.name()));
    selects.forEach(s -> names.addAll(s.columnNames()));
    if (!unionAll.isEmpty()) {
      names.addAll(unionAll.get(0).columnNames());
    }
    Set<String> unique = new LinkedHashSet<>(names);
    if (unique.size() != names.size()) {
      throw refuse("column names " + names + " repeat a name; give each column its own name");
    }
    return names;
  }

  private void checkUnion() {
    for (ViewSelect branch : unionAll) {
      if (!branch.columnNames().equals(unionAll.get(0).columnNames())) {
        throw refuse(
            "unionAll branches make columns "
                + unionAll.get(0).columnNames()
                + " and "
                + branch.columnNames()
                + "; give every branch the same columns in the same order");
      }
    }
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw refuse("'" + field + "' must be an array");
    }
    return value;
  }

  static String text(JsonNode node, String field) {
    return textValue(node.path(field), field);
  }

  private static String textValue(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw refuse("'" + field + "' must be a string");
    }
    return value.textValue();
  }

  static MedmineUserException refuse(String why) {
    return new MedmineUserException("The ViewDefinition is invalid: " + why + ".");
  }
}
