package org.medmine.quality.linkage;

import java.time.LocalDate;

/**
 * The identifying fields of one source patient record as the warehouse (or a FHIR Patient) holds
 * them, before normalization: what a golden record shows and what {@link PatientRecord#of}
 * normalizes for comparison. {@code multipleBirth} and {@code birthOrder} follow FHIR R4 {@code
 * Patient.multipleBirth[x]}: the boolean says whether the patient is part of a multiple birth, the
 * integer gives the birth order.
 */
public record RawPatient(
    String source,
    String id,
    String given,
    String family,
    String suffix,
    LocalDate birthDate,
    String sex,
    String ssn,
    String addressLine,
    String city,
    String postalCode,
    String phone,
    Boolean multipleBirth,
    Integer birthOrder) {

  /** The record's key as {@code source/id}. */
  public String key() {
    return source + "/" + id;
  }
}
