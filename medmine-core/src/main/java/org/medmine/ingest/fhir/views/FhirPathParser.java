package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/**
 * A recursive-descent parser of FHIRPath expressions (FHIRPath N1 grammar, operator precedence of
 * its section 10), limited to what SQL-on-FHIR v2 ViewDefinitions use; anything else is refused
 * with one sentence naming the expression.
 */
final class FhirPathParser {
  private static final List<Set<String>> LEVELS =
      List.of(
          Set.of("implies"),
          Set.of("or", "xor"),
          Set.of("and"),
          Set.of("in", "contains"),
          Set.of("=", "!=", "~", "!~"),
          Set.of("<", ">", "<=", ">="),
          Set.of("|"),
          Set.of("+", "-", "&"),
          Set.of("*", "/", "div", "mod"));

  private final String text;
  private final List<String> tokens;
  private int position;

  private FhirPathParser(String text) {
    this.text = text;
    this.tokens = FhirPathTokens.split(text);
  }

  /** Parses {@code text}, or throws a {@link MedmineUserException} naming it. */
  static FhirPathExpression parse(String text) {
    FhirPathParser parser = new FhirPathParser(text);
    FhirPathExpression expression = parser.binary(0);
    if (parser.position != parser.tokens.size()) {
      throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
    }
    return expression;
  }

  private FhirPathExpression binary(int level) {
    if (level == LEVELS.size()) {
      return unary();
    }
    FhirPathExpression left = binary(level + 1);
    while (position < tokens.size() && LEVELS.get(level).contains(tokens.get(position))) {
      String operator = tokens.get(position++);
      left = new FhirPathExpression.Binary(operator, left, binary(level + 1));
    }
    return left;
  }

  private FhirPathExpression unary() {
    if (accept("-")) {
      return new FhirPathExpression.Negate(unary());
    }
    accept("+");
    FhirPathExpression expression = term();
    while (true) {
      if (accept(".")) {
        expression = invocation(expression);
      } else if (accept("[")) {
        FhirPathExpression index = binary(0);
        expect("]");
        expression = new FhirPathExpression.Index(expression, index);
      } else {
        return expression;
      }
    }
  }

  private FhirPathExpression term() {
    String token = next();
    if (token.equals("(")) {
      FhirPathExpression inner = binary(0);
      expect(")");
      return inner;
    }
    if (token.startsWith("'")) {
      return literal(TextNode.valueOf(token.substring(1)), "string");
    }
    if (Character.isDigit(token.charAt(0))) {
      return token.contains(".")
          ? literal(DecimalNode.valueOf(new BigDecimal(token)), "decimal")
          : literal(IntNode.valueOf(Integer.parseInt(token)), "integer");
    }
    if (token.equals("true") || token.equals("false")) {
      return literal(BooleanNode.valueOf(token.equals("true")), "boolean");
    }
    if (token.equals("{")) {
      expect("}");
      return new FhirPathExpression.Literal(null);
    }
    if (token.startsWith("%")) {
      return new FhirPathExpression.Variable(token.substring(1));
    }
    if (token.equals("$this")) {
      return new FhirPathExpression.This();
    }
    position--;
    return invocation(null);
  }

  private FhirPathExpression invocation(FhirPathExpression source) {
    String name = next();
    if (!FhirPathTokens.isIdentifier(name)) {
      throw error("expected a name, found '" + name + "'");
    }
    name = name.startsWith("`") ? name.substring(1) : name;
    if (!accept("(")) {
      return new FhirPathExpression.Member(source, name);
    }
    if (!FhirPathFunctions.SUPPORTED.contains(name)) {
      throw error(name + "() is not in the SQL-on-FHIR v2 subset medmine supports");
    }
    List<FhirPathExpression> arguments = new ArrayList<>();
    if (!accept(")")) {
      do {
        arguments.add(binary(0));
      } while (accept(","));
      expect(")");
    }
    return new FhirPathExpression.Call(source, name, List.copyOf(arguments));
  }

  private static FhirPathExpression literal(
      com.fasterxml.jackson.databind.JsonNode node, String type) {
    return new FhirPathExpression.Literal(new FhirPathValue(node, type));
  }

  private boolean accept(String token) {
    if (position < tokens.size() && tokens.get(position).equals(token)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("expected '" + token + "'");
    }
  }

  private String next() {
    if (position >= tokens.size()) {
      throw error("it ends too early");
    }
    return tokens.get(position++);
  }

  private MedmineUserException error(String what) {
    return new MedmineUserException(
        "The FHIRPath expression \"" + text + "\" cannot be read (" + what + "): correct it.");
  }
}
