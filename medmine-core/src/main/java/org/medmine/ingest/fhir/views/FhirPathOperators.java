package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * FHIRPath's operators (FHIRPath N1 section 6): three-valued boolean logic, equality and ordering
 * of singletons (numbers by value, strings, dates and times as their text, which orders ISO 8601 of
 * equal precision correctly), union, string concatenation and decimal arithmetic. An empty operand
 * gives the empty collection, as the specification says.
 */
final class FhirPathOperators {
  private FhirPathOperators() {}

  static List<FhirPathValue> apply(
      String operator, List<FhirPathValue> left, List<FhirPathValue> right) {
    switch (operator) {
      case "and", "or", "xor", "implies":
        return bool(logic(operator, truth(left), truth(right)));
      case "|":
        return union(left, right);
      case "&":
        return List.of(text(concatText(left) + concatText(right)));
      default:
        break;
    }
    if (left.isEmpty() || right.isEmpty()) {
      return List.of();
    }
    JsonNode a = single(left, operator).node();
    JsonNode b = single(right, operator).node();
    return switch (operator) {
      case "=" -> bool(equal(a, b));
      case "!=" -> bool(!equal(a, b));
      case "~" -> bool(equal(a, b) || a.asText().equalsIgnoreCase(b.asText()));
      case "!~" -> bool(!(equal(a, b) || a.asText().equalsIgnoreCase(b.asText())));
      case "<" -> bool(compare(a, b) < 0);
      case ">" -> bool(compare(a, b) > 0);
      case "<=" -> bool(compare(a, b) <= 0);
      case ">=" -> bool(compare(a, b) >= 0);
      default -> arithmetic(operator, a, b);
    };
  }

  static List<FhirPathValue> negate(List<FhirPathValue> operand) {
    if (operand.isEmpty()) {
      return List.of();
    }
    JsonNode node = single(operand, "-").node();
    return List.of(new FhirPathValue(DecimalNode.valueOf(node.decimalValue().negate()), "decimal"));
  }

  /** A collection's truth: empty is unknown (null), a single boolean is itself. */
  static Boolean truth(List<FhirPathValue> values) {
    if (values.isEmpty()) {
      return null;
    }
    JsonNode node = values.get(0).node();
    if (values.size() == 1 && node.isBoolean()) {
      return node.booleanValue();
    }
    if (values.size() == 1) {
      return true;
    }
    throw new MedmineUserException(
        "A FHIRPath boolean operand has " + values.size() + " items: make it a single value.");
  }

  private static Boolean logic(String operator, Boolean a, Boolean b) {
    return switch (operator) {
      case "and" -> known(Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b), false, a, b);
      case "or" -> known(Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b), true, a, b);
      case "xor" -> a == null || b == null ? null : Boolean.valueOf(a ^ b);
      default -> known(Boolean.FALSE.equals(a) || Boolean.TRUE.equals(b), true, a, b);
    };
  }

  /**
   * {@code decided} when one operand decides, else unknown if either is, else not {@code decided}.
   */
  private static Boolean known(boolean decides, boolean decided, Boolean a, Boolean b) {
    if (decides) {
      return decided;
    }
    return a == null || b == null ? null : Boolean.valueOf(!decided);
  }

  private static List<FhirPathValue> union(List<FhirPathValue> left, List<FhirPathValue> right) {
    List<FhirPathValue> result = new ArrayList<>();
    for (FhirPathValue value : concat(left, right)) {
      if (result.stream().noneMatch(v -> equal(v.node(), value.node()))) {
        result.add(value);
      }
    }
    return result;
  }

  private static List<FhirPathValue> concat(List<FhirPathValue> a, List<FhirPathValue> b) {
    List<FhirPathValue> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String concatText(List<FhirPathValue> values) {
    return values.isEmpty() ? "" : single(values, "&").node().asText();
  }

  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static int compare(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().compareTo(b.textValue());
    }
    throw new MedmineUserException(
        "FHIRPath cannot order " + a + " against " + b + ": compare values of one type.");
  }

  private static List<FhirPathValue> arithmetic(String operator, JsonNode a, JsonNode b) {
    if (operator.equals("+") && a.isTextual() && b.isTextual()) {
      return List.of(text(a.textValue() + b.textValue()));
    }
    if (!a.isNumber() || !b.isNumber()) {
      throw new MedmineUserException(
          "FHIRPath arithmetic '" + operator + "' needs numbers, not " + a + " and " + b + ".");
    }
    BigDecimal x = a.decimalValue();
    BigDecimal y = b.decimalValue();
    if ((operator.equals("/") || operator.equals("div") || operator.equals("mod"))
        && y.signum() == 0) {
      return List.of();
    }
    BigDecimal result =
        switch (operator) {
          case "+" -> x.add(y);
          case "-" -> x.subtract(y);
          case "*" -> x.multiply(y);
          case "/" -> x.divide(y, MathContext.DECIMAL64).stripTrailingZeros();
          case "div" -> x.divideToIntegralValue(y);
          default -> x.remainder(y);
        };
    return List.of(new FhirPathValue(DecimalNode.valueOf(result), "decimal"));
  }

  static FhirPathValue single(List<FhirPathValue> values, String operator) {
    if (values.size() != 1) {
      throw new MedmineUserException(
          "FHIRPath '"
              + operator
              + "' needs single values but got "
              + values.size()
              + ": narrow the path, e.g. with first().");
    }
    return values.get(0);
  }

  static List<FhirPathValue> bool(Boolean value) {
    return value == null
        ? List.of()
        : List.of(new FhirPathValue(BooleanNode.valueOf(value), "boolean"));
  }

  private static FhirPathValue text(String value) {
    return new FhirPathValue(TextNode.valueOf(value), "string");
  }
}
