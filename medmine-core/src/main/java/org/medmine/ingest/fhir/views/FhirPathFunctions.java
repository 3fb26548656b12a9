package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medmine.model.MedmineUserException;

/**
 * The FHIRPath functions SQL-on-FHIR v2 requires (its "FHIRPath subset"): {@code where}, {@code
 * exists}, {@code empty}, {@code first}, {@code last}, {@code count}, {@code not}, {@code join},
 * {@code ofType}, {@code extension(url)}, {@code lowBoundary}/{@code highBoundary}, and the
 * SQL-on-FHIR functions {@code getResourceKey()} and {@code getReferenceKey([type])}. A resource's
 * key is its {@code id}; a reference's key is the id of {@code Type/id}, or the UUID of a Bundle's
 * {@code urn:uuid:} reference (as Synthea writes them; its type is then unknown, so a typed call
 * gives nothing), so keys join.
 */
final class FhirPathFunctions {
  /** The functions {@link #call} knows; the parser refuses any other before a resource is read. */
  static final Set<String> SUPPORTED =
      Set.of(
          "where",
          "exists",
          "empty",
          "first",
          "last",
          "count",
          "not",
          "join",
          "ofType",
          "extension",
          "getResourceKey",
          "getReferenceKey",
          "lowBoundary",
          "highBoundary");

  private FhirPathFunctions() {}

  static List<FhirPathValue> call(
      FhirPathEvaluator evaluator,
      String name,
      List<FhirPathValue> input,
      List<FhirPathExpression> arguments) {
    switch (name) {
      case "where":
        return where(evaluator, input, argument(name, arguments, 0));
      case "exists":
        return FhirPathOperators.bool(
            !(arguments.isEmpty() ? input : where(evaluator, input, arguments.get(0))).isEmpty());
      case "empty":
        return FhirPathOperators.bool(input.isEmpty());
      case "first":
        return input.isEmpty() ? List.of() : List.of(input.get(0));
      case "last":
        return input.isEmpty() ? List.of() : List.of(input.get(input.size() - 1));
      case "count":
        return List.of(new FhirPathValue(IntNode.valueOf(input.size()), "integer"));
      case "not":
        Boolean truth = FhirPathOperators.truth(input);
        return FhirPathOperators.bool(truth == null ? null : !truth);
      case "join":
        return join(evaluator, input, arguments);
      case "ofType":
        String type = typeName(argument(name, arguments, 0));
        return input.stream().filter(v -> v.isOfType(type)).collect(Collectors.toList());
      case "extension":
        return extension(evaluator, input, argument(name, arguments, 0));
      case "getResourceKey":
        return FhirPathEvaluator.members(input, "id");
      case "getReferenceKey":
        return referenceKeys(input, arguments.isEmpty() ? null : typeName(arguments.get(0)));
      case "lowBoundary", "highBoundary":
        return FhirPathBoundaries.of(input, name.equals("lowBoundary"));
      default:
        throw new MedmineUserException(
            "The FHIRPath function "
                + name
                + "() is not supported in views: use the subset of"
                + " SQL-on-FHIR v2.");
    }
  }

  private static FhirPathExpression argument(
      String name, List<FhirPathExpression> arguments, int index) {
    if (arguments.size() <= index) {
      throw new MedmineUserException("FHIRPath " + name + "() needs an argument: give one.");
    }
    return arguments.get(index);
  }

  private static List<FhirPathValue> where(
      FhirPathEvaluator evaluator, List<FhirPathValue> input, FhirPathExpression criteria) {
    List<FhirPathValue> result = new ArrayList<>();
    for (FhirPathValue item : input) {
      if (Boolean.TRUE.equals(
          FhirPathOperators.truth(evaluator.evaluate(criteria, List.of(item))))) {
        result.add(item);
      }
    }
    return result;
  }

  private static List<FhirPathValue> join(
      FhirPathEvaluator evaluator, List<FhirPathValue> input, List<FhirPathExpression> arguments) {
    String separator =
        arguments.isEmpty()
            ? ""
            : FhirPathOperators.single(evaluator.evaluate(arguments.get(0), input), "join")
                .node()
                .asText();
    String joined =
        input.stream().map(v -> v.node().asText()).collect(Collectors.joining(separator));
    return List.of(new FhirPathValue(TextNode.valueOf(joined), "string"));
  }

  private static List<FhirPathValue> extension(
      FhirPathEvaluator evaluator, List<FhirPathValue> input, FhirPathExpression urlExpression) {
    String url =
        FhirPathOperators.single(evaluator.evaluate(urlExpression, input), "extension")
            .node()
            .asText();
    return FhirPathEvaluator.members(input, "extension").stream()
        .filter(e -> url.equals(e.node().path("url").asText(null)))
        .collect(Collectors.toList());
  }

  private static List<FhirPathValue> referenceKeys(List<FhirPathValue> input, String type) {
    List<FhirPathValue> keys = new ArrayList<>();
    for (FhirPathValue value : FhirPathEvaluator.members(input, "reference")) {
      String reference = value.node().asText();
      if (reference.startsWith("urn:uuid:") && type == null) {
        keys.add(new FhirPathValue(TextNode.valueOf(reference.substring(9)), "string"));
        continue;
      }
      String[] parts = reference.split("/");
      if (parts.length < 2) {
        continue;
      }
      String resourceType = parts[parts.length - 2];
      if (type == null || type.equals(resourceType)) {
        keys.add(new FhirPathValue(TextNode.valueOf(parts[parts.length - 1]), "string"));
      }
    }
    return keys;
  }

  /** A type argument such as {@code Quantity} or {@code FHIR.string}, written as a path. */
  private static String typeName(FhirPathExpression expression) {
    if (expression instanceof FhirPathExpression.Member member) {
      return member.source() == null
          ? member.name()
          : typeName(member.source()) + "." + member.name();
    }
    throw new MedmineUserException("A FHIRPath type argument must be a type name: give one.");
  }
}
