package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item of a FHIRPath collection: a JSON node of a FHIR resource and, where known, its FHIR type
 * (from a choice element's suffix such as {@code valueQuantity}, or from a literal), which {@code
 * ofType()} tests. A null type means the type is inferred from the JSON value.
 */
record FhirPathValue(JsonNode node, String type) {
  static FhirPathValue untyped(JsonNode node) {
    return new FhirPathValue(node, null);
  }

  /** Whether this item is of the FHIR type {@code name} (FHIR R4 data types, case as in FHIR). */
  boolean isOfType(String name) {
    String bare = name.startsWith("FHIR.") ? name.substring(5) : name;
    bare = bare.startsWith("System.") ? bare.substring(7) : bare;
    if (type != null) {
      return type.equalsIgnoreCase(bare);
    }
    return switch (bare) {
      case "string", "String" -> node.isTextual();
      case "boolean", "Boolean" -> node.isBoolean();
      case "integer", "Integer" -> node.isIntegralNumber();
      case "decimal", "Decimal" -> node.isNumber();
      default -> false;
    };
  }
}
