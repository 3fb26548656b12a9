package org.medmine.ingest.fhir.views;

import java.util.List;

/**
 * A parsed FHIRPath expression (FHIRPath N1, http://hl7.org/fhirpath/N1/), the subset that
 * SQL-on-FHIR v2 ViewDefinitions require: paths, indexers, function calls, literals, {@code
 * %constants}, {@code $this} and the boolean, comparison, union and arithmetic operators.
 */
sealed interface FhirPathExpression {
  /** A literal: a string, a number, a boolean or the empty collection {@code {}}. */
  record Literal(FhirPathValue value) implements FhirPathExpression {}

  /** {@code %name}: a view constant or {@code %rowIndex}. */
  record Variable(String name) implements FhirPathExpression {}

  /** {@code $this}: the focus of the expression. */
  record This() implements FhirPathExpression {}

  /** A member name: {@code name} on the focus ({@code source} null) or {@code source.name}. */
  record Member(FhirPathExpression source, String name) implements FhirPathExpression {}

  /** A function call {@code source.name(arguments)}; {@code source} null means the focus. */
  record Call(FhirPathExpression source, String name, List<FhirPathExpression> arguments)
      implements FhirPathExpression {}

  /** {@code source[index]}. */
  record Index(FhirPathExpression source, FhirPathExpression index) implements FhirPathExpression {}

  /** A binary operator such as {@code and}, {@code =}, {@code <}, {@code +} or {@code |}. */
  record Binary(String operator, FhirPathExpression left, FhirPathExpression right)
      implements FhirPathExpression {}

  /** A unary minus or plus. */
  record Negate(FhirPathExpression operand) implements FhirPathExpression {}
}
