package org.medmine.quality.linkage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The identifying fields of one source patient record, normalized for comparison: names and address
 * lower case, accents and digits dropped (Synthea appends digits to names), SSN and phone digits
 * only, a generational suffix (Jr., Sr., II, III, IV) reduced to its token whether it was written
 * in the suffix or at the end of a name.
 */
public record PatientRecord(
    String source,
    String id,
    String given,
    String family,
    String suffix,
    LocalDate birthDate,
    String sex,
    String ssn,
    String address,
    String city,
    String postalCode,
    String phone,
    Boolean multipleBirth,
    Integer birthOrder) {

  /**
   * The generational suffixes, normalized; professional ones (MD, PhD) say nothing about identity.
   */
  static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv", "v");

  /** The record's key as {@code source/id}. */
  public String key() {
    return source + "/" + id;
  }

  /**
   * Whether the record says the patient is part of a multiple birth (a birth order says so too).
   */
  public boolean multipleBirthKnown() {
    return Boolean.TRUE.equals(multipleBirth) || birthOrder != null;
  }

  /** Normalizes the raw values of one record. */
  public static PatientRecord of(RawPatient r) {
    String given = name(r.given());
    String family = name(r.family());
    String suffix = generational(r.suffix());
    if (suffix == null) {
      suffix =
          trailingGenerational(family) != null
              ? trailingGenerational(family)
              : trailingGenerational(given);
    }
    family = withoutTrailing(family, suffix);
    given = withoutTrailing(given, suffix);
    return new PatientRecord(
        r.source(),
        r.id(),
        firstToken(given),
        family,
        suffix,
        r.birthDate(),
        blankToNull(r.sex()),
        digits(r.ssn()),
        address(r.addressLine()),
        name(r.city()),
        r.postalCode() == null
            ? null
            : digits(
                r.postalCode().length() >= 5 ? r.postalCode().substring(0, 5) : r.postalCode()),
        digits(r.phone()),
        r.multipleBirth(),
        r.birthOrder());
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

  /**
   * The generational token of a suffix field ("Jr.", "III"), or null for none or a professional
   * one.
   */
  static String generational(String suffix) {
    String n = name(suffix);
    if (n == null) {
      return null;
    }
    for (String token : n.split(" ")) {
      if (GENERATIONAL.contains(token)) {
        return token;
      }
    }
    return null;
  }

  private static String trailingGenerational(String normalizedName) {
    if (normalizedName == null || normalizedName.indexOf(' ') < 0) {
      return null;
    }
    String last = normalizedName.substring(normalizedName.lastIndexOf(' ') + 1);
    return GENERATIONAL.contains(last) && !last.equals("v") ? last : null;
  }

  private static String withoutTrailing(String normalizedName, String suffix) {
    if (normalizedName == null || suffix == null || !normalizedName.endsWith(" " + suffix)) {
      return normalizedName;
    }
    return normalizedName.substring(0, normalizedName.length() - suffix.length() - 1);
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
