package org.medmine.quality.linkage;

import java.time.LocalDate;

/**
 * A test builder for patient records: a person as first registered, then changed field by field.
 */
record MpiRecords(RawPatient raw) {
  static MpiRecords person(String key, String given, String family, String birth) {
    int slash = key.indexOf('/');
    return new MpiRecords(
        new RawPatient(
            key.substring(0, slash),
            key.substring(slash + 1),
            given,
            family,
            null,
            LocalDate.parse(birth),
            "female",
            null,
            "12 Main Street",
            "Springfield",
            "01101",
            "4135550100",
            null,
            null));
  }

  MpiRecords sex(String sex) {
    return with(
        r ->
            new RawPatient(
                r.source(),
                r.id(),
                r.given(),
                r.family(),
                r.suffix(),
                r.birthDate(),
                sex,
                r.ssn(),
                r.addressLine(),
                r.city(),
                r.postalCode(),
                r.phone(),
                r.multipleBirth(),
                r.birthOrder()));
  }

  MpiRecords ssn(String ssn) {
    return with(
        r ->
            new RawPatient(
                r.source(),
                r.id(),
                r.given(),
                r.family(),
                r.suffix(),
                r.birthDate(),
                r.sex(),
                ssn,
                r.addressLine(),
                r.city(),
                r.postalCode(),
                r.phone(),
                r.multipleBirth(),
                r.birthOrder()));
  }

  MpiRecords suffix(String suffix) {
    return with(
        r ->
            new RawPatient(
                r.source(),
                r.id(),
                r.given(),
                r.family(),
                suffix,
                r.birthDate(),
                r.sex(),
                r.ssn(),
                r.addressLine(),
                r.city(),
                r.postalCode(),
                r.phone(),
                r.multipleBirth(),
                r.birthOrder()));
  }

  MpiRecords multipleBirth(Boolean multiple, Integer order) {
    return with(
        r ->
            new RawPatient(
                r.source(),
                r.id(),
                r.given(),
                r.family(),
                r.suffix(),
                r.birthDate(),
                r.sex(),
                r.ssn(),
                r.addressLine(),
                r.city(),
                r.postalCode(),
                r.phone(),
                multiple,
                order));
  }

  MpiRecords address(String line, String postalCode) {
    return with(
        r ->
            new RawPatient(
                r.source(),
                r.id(),
                r.given(),
                r.family(),
                r.suffix(),
                r.birthDate(),
                r.sex(),
                r.ssn(),
                line,
                r.city(),
                postalCode,
                r.phone(),
                r.multipleBirth(),
                r.birthOrder()));
  }

  PatientRecord record() {
    return PatientRecord.of(raw);
  }

  private MpiRecords with(java.util.function.UnaryOperator<RawPatient> change) {
    return new MpiRecords(change.apply(raw));
  }
}
