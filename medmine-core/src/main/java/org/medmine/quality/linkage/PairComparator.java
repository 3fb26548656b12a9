package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two patient records field by field into an agreement vector: for each field a level from
 * 0 (disagree) up to {@code levels - 1} (agree), or {@link #MISSING} when either side lacks the
 * value (a missing field carries no evidence either way). Names use Jaro–Winkler similarity
 * (Winkler 1990) with nicknames, a keyboard slip and Double Metaphone for given names; birth dates
 * recognise a day/month swap and a single differing component; addresses fall back to the ZIP; an
 * SSN counts only when both are valid ({@link SocialSecurityNumbers}); two SSNs one mistyped digit
 * apart count as missing, since they are as likely a typo as the sequential numbers of siblings.
 */
public final class PairComparator {
  public static final int MISSING = -1;

  /** A compared field and its number of agreement levels. */
  public record Field(String name, int levels) {}

  public static final List<Field> FIELDS =
      List.of(
          new Field("given", 3),
          new Field("family", 3),
          new Field("birth_date", 3),
          new Field("sex", 2),
          new Field("address", 3),
          new Field("ssn", 2),
          new Field("phone", 2));

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private PairComparator() {}

  public static int[] compare(PatientRecord a, PatientRecord b) {
    return new int[] {
      given(a.given(), b.given()),
      name(a.family(), b.family()),
      date(a.birthDate(), b.birthDate()),
      exact(a.sex(), b.sex()),
      address(a, b),
      ssn(a.ssn(), b.ssn()),
      exact(a.phone(), b.phone())
    };
  }

  /** A readable agreement vector, e.g. {@code given=2 family=1 birth_date=2 ...}. */
  public static String describe(int[] levels) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < levels.length; i++) {
      b.append(i == 0 ? "" : " ")
          .append(FIELDS.get(i).name())
          .append('=')
          .append(levels[i] == MISSING ? "?" : String.valueOf(levels[i]));
    }
    return b.toString();
  }

  static int given(String a, String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (Nicknames.equivalent(a, b)) {
      return 2;
    }
    int level = name(a, b);
    return level == 0 && NameEquivalence.sameName(a, b) ? 1 : level;
  }

  static int ssn(String a, String b) {
    if (!SocialSecurityNumbers.valid(a) || !SocialSecurityNumbers.valid(b)) {
      return MISSING;
    }
    return a.equals(b) ? 1 : SocialSecurityNumbers.oneSlipApart(a, b) ? MISSING : 0;
  }

  static int name(String a, String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    double s = JW.apply(a, b);
    return s >= 0.94 ? 2 : s >= 0.84 ? 1 : 0;
  }

  static int date(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return 2;
    }
    boolean swapped =
        a.getYear() == b.getYear()
            && a.getMonthValue() == b.getDayOfMonth()
            && a.getDayOfMonth() == b.getMonthValue();
    int same =
        (a.getYear() == b.getYear() ? 1 : 0)
            + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
            + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
    return swapped || same == 2 ? 1 : 0;
  }

  static int address(PatientRecord a, PatientRecord b) {
    if (a.address() == null || b.address() == null) {
      return a.postalCode() != null && b.postalCode() != null
          ? (a.postalCode().equals(b.postalCode()) ? 1 : 0)
          : MISSING;
    }
    // House numbers must agree exactly: "12 elm st" and "13 elm st" are different places however
    // similar.
    if (houseNumber(a.address()).equals(houseNumber(b.address()))
        && JW.apply(a.address(), b.address()) >= 0.92) {
      return 2;
    }
    return a.postalCode() != null && a.postalCode().equals(b.postalCode()) ? 1 : 0;
  }

  private static String houseNumber(String address) {
    int i = 0;
    while (i < address.length() && Character.isDigit(address.charAt(i))) {
      i++;
    }
    return address.substring(0, i);
  }

  static int exact(String a, String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    return a.equals(b) ? 1 : 0;
  }
}
