package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * Evaluates a {@link ViewDefinition} over FHIR resources as JSON, following the SQL-on-FHIR v2
 * "processing algorithm": a resource of the view's type that passes every {@code where} gives the
 * rows of its selects; a select's rows are the cross product of its own columns, the rows of its
 * nested selects and the concatenated rows of its {@code unionAll} branches, once per item of its
 * {@code forEach} (or {@code repeat}), with {@code %rowIndex} the item's position.
 */
public final class ViewEvaluator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ViewDefinition view;
  private final FhirPathEvaluator evaluator;

  public ViewEvaluator(ViewDefinition view) {
    this.view = view;
    this.evaluator = new FhirPathEvaluator(view.constants()).withRowIndex(0);
  }

  /** The rows one resource gives: none when it is of another type or fails a {@code where}. */
  public List<ObjectNode> rows(JsonNode resource) {
    if (!view.resource().equals(resource.path("resourceType").asText())) {
      return List.of();
    }
    List<FhirPathValue> focus = FhirPathEvaluator.of(resource);
    for (FhirPathExpression filter : view.where()) {
      List<FhirPathValue> result = evaluator.evaluate(filter, focus);
      if (result.size() > 1 || (result.size() == 1 && !result.get(0).node().isBoolean())) {
        throw ViewSelect.refuse(
            "a where path gives " + result.size() + " non-boolean value(s); make it a boolean");
      }
      if (result.isEmpty() || !result.get(0).node().booleanValue()) {
        return List.of();
      }
    }
    return rows(view.root(), focus.get(0), evaluator);
  }

  private List<ObjectNode> rows(ViewSelect select, FhirPathValue focus, FhirPathEvaluator scope) {
    List<FhirPathValue> items;
    if (focus == null) {
      items = List.of();
    } else if (select.forEach() != null) {
      items = scope.evaluate(select.forEach(), List.of(focus));
    } else if (!select.repeat().isEmpty()) {
      items = new ArrayList<>();
      repeat(select.repeat(), focus, scope, items);
    } else {
      return product(select, focus, scope);
    }
    List<ObjectNode> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      result.addAll(product(select, items.get(i), scope.withRowIndex(i)));
    }
    if (items.isEmpty() && select.orNull()) {
      result.addAll(product(select, null, scope.withRowIndex(0)));
    }
    return result;
  }

  private void repeat(
      List<FhirPathExpression> paths,
      FhirPathValue node,
      FhirPathEvaluator scope,
      List<FhirPathValue> into) {
    for (FhirPathExpression path : paths) {
      for (FhirPathValue child : scope.evaluate(path, List.of(node))) {
        into.add(child);
        repeat(paths, child, scope, into);
      }
    }
  }

  /** The rows of a select at one focus; a null focus (an empty forEachOrNull) reads as empty. */
  private List<ObjectNode> product(
      ViewSelect select, FhirPathValue focus, FhirPathEvaluator scope) {
    List<FhirPathValue> input = focus == null ? List.of() : List.of(focus);
    ObjectNode own = NODES.objectNode();
    for (ViewSelect.ViewColumn column : select.columns()) {
      own.set(column.name(), value(column, scope.evaluate(column.path(), input)));
    }
    List<ObjectNode> result = List.of(own);
    if (focus == null) {
      select.columnNames().forEach(name -> own.putIfAbsent(name, NullNode.getInstance()));
      return result;
    }
    for (ViewSelect nested : select.selects()) {
      result = cross(result, rows(nested, focus, scope));
    }
    if (!select.unionAll().isEmpty()) {
      List<ObjectNode> union = new ArrayList<>();
      select.unionAll().forEach(branch -> union.addAll(rows(branch, focus, scope)));
      result = cross(result, union);
    }
    return result;
  }

  private static List<ObjectNode> cross(List<ObjectNode> left, List<ObjectNode> right) {
    List<ObjectNode> result = new ArrayList<>();
    for (ObjectNode a : left) {
      for (ObjectNode b : right) {
        result.add(a.deepCopy().setAll(b));
      }
    }
    return result;
  }

  private static JsonNode value(ViewSelect.ViewColumn column, List<FhirPathValue> values) {
    if (column.collection()) {
      ArrayNode array = NODES.arrayNode();
      values.forEach(v -> array.add(v.node()));
      return array;
    }
    if (values.size() > 1) {
      throw new MedmineUserException(
          "The view's column "
              + column.name()
              + " gets "
              + values.size()
              + " values for one row: set \"collection\": true or narrow its path.");
    }
    return values.isEmpty() ? NullNode.getInstance() : values.get(0).node();
  }
}
