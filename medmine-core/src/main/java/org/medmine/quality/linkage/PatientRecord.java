package org.medmine.quality.linkage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The identifying fields of one source patient record, normalized for comparison: names and address
 * lower case, accents and digits dropped (Synthea appends digits to names), SSN and phone digits
 * only.
 */
public record PatientRecord(
    String source,
    String id,
    String given,
    String family,
    LocalDate birthDate,
    String sex,
    String ssn,
    String address,
    String city,
    String postalCode,
    String phone) {

  /** The record's key as {@code source/id}. */
  public String key() {
    return source + "/" + id;
  }

  /** Builds a record from raw warehouse values, normalizing each field. */
  public static PatientRecord of(
      String source,
      String id,
      String given,
      String family,
      LocalDate birthDate,
      String sex,
      String ssn,
      String address,
      String city,
      String postalCode,
      String phone) {
    return new PatientRecord(
        source,
        id,
        firstToken(name(given)),
        name(family),
        birthDate,
        blankToNull(sex),
        digits(ssn),
        address(address),
        name(city),
        postalCode == null
            ? null
            : digits(postalCode.length() >= 5 ? postalCode.substring(0, 5) : postalCode),
        digits(phone));
  }

  static String name(String s) {
    if (s == null) {
      return null;
    }
    String n =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z ]", "")
            .replaceAll("\\s+", " ")
            .strip();
    return n.isEmpty() ? null : n;
  }

  static String address(String s) {
    if (s == null) {
      return null;
    }
    String n =
        s.toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9 ]", " ")
            .replaceAll("\\bstreet\\b", "st")
            .replaceAll("\\bavenue\\b", "ave")
            .replaceAll("\\broad\\b", "rd")
            .replaceAll("\\bsuite\\b", "ste")
            .replaceAll("\\bapartment\\b", "apt")
            .replaceAll("\\s+", " ")
            .strip();
    return n.isEmpty() ? null : n;
  }

  static String digits(String s) {
    if (s == null) {
      return null;
    }
    String d = s.replaceAll("[^0-9]", "");
    return d.isEmpty() ? null : d;
  }

  private static String firstToken(String s) {
    if (s == null) {
      return null;
    }
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.toLowerCase(Locale.ROOT);
  }
}
