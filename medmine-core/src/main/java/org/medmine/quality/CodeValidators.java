package org.medmine.quality;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Code validity by each code system's own rules: the LOINC mod-10 check digit, the SNOMED CT
 * identifier's Verhoeff check digit and partition, the NPI's Luhn check digit over the 80840 prefix
 * (CMS, "Requirements for NPI check digit", 2001), the ICD-10-CM and CPT/HCPCS code formats,
 * RxNorm's numeric RXCUI, and UCUM units (through {@link UcumUnits}). The catalogue names a
 * validator by the keys of {@link #byName()}.
 */
public final class CodeValidators {
  private static final Pattern LOINC = Pattern.compile("([0-9]{1,7})-([0-9])");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
  private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9FTU]");
  private static final Pattern HCPCS = Pattern.compile("[A-V][0-9]{4}");
  private static final Pattern RXNORM = Pattern.compile("[1-9][0-9]{0,7}");

  // Verhoeff's dihedral-group tables (Verhoeff 1969), as SNOMED CT's identifier specification gives
  // them.
  private static final int[][] D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };

  private CodeValidators() {}

  /** The validators a catalogue check may name, by name. */
  public static Map<String, Predicate<String>> byName() {
    return Map.of(
        "loinc", CodeValidators::loinc,
        "snomed_concept", CodeValidators::snomedConcept,
        "snomed", CodeValidators::snomedIdentifier,
        "npi", CodeValidators::npi,
        "icd10cm", CodeValidators::icd10cm,
        "cpt_hcpcs", CodeValidators::cptOrHcpcs,
        "rxnorm", CodeValidators::rxnorm,
        "ucum", UcumUnits::valid);
  }

  /** A LOINC code {@code NNNNN-C} whose check digit C is the mod-10 (Luhn) digit of NNNNN. */
  public static boolean loinc(String code) {
    var m = code == null ? null : LOINC.matcher(code);
    return m != null && m.matches() && luhnDigit(m.group(1)) == m.group(2).charAt(0) - '0';
  }

  /**
   * A SNOMED CT identifier: 6–18 digits, no leading zero, valid Verhoeff check digit, known
   * partition.
   */
  public static boolean snomedIdentifier(String id) {
    if (id == null
        || id.length() < 6
        || id.length() > 18
        || !DIGITS.matcher(id).matches()
        || id.charAt(0) == '0') {
      return false;
    }
    return verhoeffValid(id) && partition(id).matches("0[0-5]|1[0-5]");
  }

  /** A SNOMED CT concept identifier: a valid identifier whose partition is 00 or 10 (a concept). */
  public static boolean snomedConcept(String id) {
    return snomedIdentifier(id) && (partition(id).equals("00") || partition(id).equals("10"));
  }

  /** The partition identifier: the two digits before the check digit. */
  static String partition(String id) {
    return id.substring(id.length() - 3, id.length() - 1);
  }

  /** A 10-digit NPI whose last digit is the Luhn check digit of "80840" + its first nine digits. */
  public static boolean npi(String npi) {
    if (npi == null
        || npi.length() != 10
        || !DIGITS.matcher(npi).matches()
        || npi.charAt(0) == '0') {
      return false;
    }
    return luhnDigit("80840" + npi.substring(0, 9)) == npi.charAt(9) - '0';
  }

  /** ICD-10-CM format: letter, digit, digit or letter, then optionally a dot and 1–4 characters. */
  public static boolean icd10cm(String code) {
    return code != null && ICD10CM.matcher(code).matches();
  }

  /**
   * CPT (five digits, or four digits and F/T/U for categories II, III, PLA) or HCPCS Level II (A–V
   * + 4 digits).
   */
  public static boolean cptOrHcpcs(String code) {
    return code != null && (CPT.matcher(code).matches() || HCPCS.matcher(code).matches());
  }

  /** An RxNorm concept unique identifier: a positive integer of at most eight digits. */
  public static boolean rxnorm(String code) {
    return code != null && RXNORM.matcher(code).matches();
  }

  /**
   * The Luhn check digit for a string of digits: double every second digit from the right, sum
   * digits.
   */
  static int luhnDigit(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether a digit string, check digit last, passes Verhoeff's check. */
  static boolean verhoeffValid(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = D[c][P[i % 8][d]];
    }
    return c == 0;
  }

  /** The Verhoeff check digit to append to a digit string. */
  static int verhoeffDigit(String payload) {
    int c = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      c = D[c][P[(i + 1) % 8][d]];
    }
    return INV[c];
  }

  private static final int[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
}
