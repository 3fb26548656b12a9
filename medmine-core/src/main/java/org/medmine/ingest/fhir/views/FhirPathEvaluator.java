package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * Evaluates a {@link FhirPathExpression} over FHIR JSON (FHIRPath N1 on the FHIR R4 JSON
 * representation): every value is a collection, a member of a collection is the union of that
 * member over its items, and a choice element {@code value[x]} is reached by {@code value} and
 * typed by its suffix for {@code ofType()}.
 *
 * @param constants the view's constants by name, and {@code rowIndex}
 */
record FhirPathEvaluator(Map<String, FhirPathValue> constants) {
  /** Evaluates {@code expression} with {@code focus} as its input collection. */
  List<FhirPathValue> evaluate(FhirPathExpression expression, List<FhirPathValue> focus) {
    if (expression instanceof FhirPathExpression.Literal literal) {
      return literal.value() == null ? List.of() : List.of(literal.value());
    } else if (expression instanceof FhirPathExpression.This) {
      return focus;
    } else if (expression instanceof FhirPathExpression.Variable variable) {
      return variable(variable.name());
    } else if (expression instanceof FhirPathExpression.Member member) {
      return members(
          member.source() == null ? focus : evaluate(member.source(), focus), member.name());
    } else if (expression instanceof FhirPathExpression.Index index) {
      return index(index, focus);
    } else if (expression instanceof FhirPathExpression.Call call) {
      List<FhirPathValue> input = call.source() == null ? focus : evaluate(call.source(), focus);
      return FhirPathFunctions.call(this, call.name(), input, call.arguments());
    } else if (expression instanceof FhirPathExpression.Binary binary) {
      return FhirPathOperators.apply(
          binary.operator(), evaluate(binary.left(), focus), evaluate(binary.right(), focus));
    }
    FhirPathExpression.Negate negate = (FhirPathExpression.Negate) expression;
    return FhirPathOperators.negate(evaluate(negate.operand(), focus));
  }

  private List<FhirPathValue> variable(String name) {
    FhirPathValue value = constants.get(name);
    if (value == null) {
      throw new MedmineUserException(
          "The view uses %" + name + " but defines no constant of that name: add it to constant.");
    }
    return value.node() == null ? List.of() : List.of(value);
  }

  private List<FhirPathValue> index(FhirPathExpression.Index index, List<FhirPathValue> focus) {
    List<FhirPathValue> source = evaluate(index.source(), focus);
    List<FhirPathValue> at = evaluate(index.index(), focus);
    if (at.size() != 1 || !at.get(0).node().isIntegralNumber()) {
      return List.of();
    }
    int i = at.get(0).node().intValue();
    return i >= 0 && i < source.size() ? List.of(source.get(i)) : List.of();
  }

  /** The member {@code name} of every item, arrays flattened, choice elements typed. */
  static List<FhirPathValue> members(List<FhirPathValue> items, String name) {
    List<FhirPathValue> result = new ArrayList<>();
    for (FhirPathValue item : items) {
      JsonNode node = item.node();
      if (!node.isObject()) {
        continue;
      }
      if (node.has(name)) {
        addAll(result, node.get(name), null);
        continue;
      }
      for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        if (field.length() > name.length()
            && field.startsWith(name)
            && Character.isUpperCase(field.charAt(name.length()))) {
          addAll(result, node.get(field), choiceType(field.substring(name.length())));
        }
      }
    }
    return result;
  }

  private static String choiceType(String suffix) {
    boolean complex =
        suffix.length() > 1
            && Character.isUpperCase(suffix.charAt(0))
            && (Character.isLowerCase(suffix.charAt(1)) || suffix.length() == 2)
            && !List.of(
                    "Boolean",
                    "Integer",
                    "Decimal",
                    "String",
                    "Uri",
                    "Url",
                    "Canonical",
                    "Code",
                    "Oid",
                    "Id",
                    "Uuid",
                    "Markdown",
                    "Base64Binary",
                    "Instant",
                    "Date",
                    "DateTime",
                    "Time",
                    "PositiveInt",
                    "UnsignedInt",
                    "Integer64")
                .contains(suffix);
    return complex ? suffix : Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
  }

  private static void addAll(List<FhirPathValue> result, JsonNode node, String type) {
    if (node.isArray()) {
      node.forEach(element -> result.add(new FhirPathValue(element, type)));
    } else if (!node.isNull()) {
      result.add(new FhirPathValue(node, type));
    }
  }

  /** The collection a resource is, as FHIRPath's input. */
  static List<FhirPathValue> of(JsonNode node) {
    return List.of(FhirPathValue.untyped(node));
  }

  /** A copy with {@code %rowIndex} set. */
  FhirPathEvaluator withRowIndex(int rowIndex) {
    Map<String, FhirPathValue> copy = new java.util.HashMap<>(constants);
    copy.put("rowIndex", new FhirPathValue(IntNode.valueOf(rowIndex), "integer"));
    return new FhirPathEvaluator(Map.copyOf(copy));
  }
}
