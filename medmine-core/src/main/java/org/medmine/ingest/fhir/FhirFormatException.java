package org.medmine.ingest.fhir;

/** A FHIR resource that is well-formed JSON but not valid as the resource it claims to be. */
final class FhirFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FhirFormatException(String message) {
    super(message);
  }
}
