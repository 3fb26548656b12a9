package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Disagreements that make two records different people whatever their other fields say.
 * Fellegi–Sunter adds field weights as if fields were independent; for people of one household they
 * are not: twins agree on family name, birth date, address and phone at once, so the sum of those
 * agreement weights outweighs the given-name and SSN disagreement and the twins merge. These rules
 * see the pattern, not the fields one by one, and forbid the link (a cannot-link constraint in
 * clustering): the pair can still be merged by a reviewer, never automatically. They follow the
 * safety rules of master patient index practice (AHIMA, "Fundamentals for building a master patient
 * index", 2010 update): twins, juniors and seniors, and multiple births are where false merges
 * happen.
 */
public enum StrongDisagreement {
  /**
   * Same family name, birth dates equal or one slip apart (a day/month swap, one component), SSNs
   * not equal, and given names clearly different (not a slip, nickname or spelling of one name), or
   * a boy and a girl with different given names.
   */
  TWIN_PATTERN(
      "clearly different given names with the same family name and birth date (twins, triplets)"),
  /**
   * Same family name, birth dates that are not one date or a slip of it, SSNs not equal, and given
   * names that are not one name (only similar, as Carl and Charles, Janet and Janice): brothers and
   * sisters.
   */
  SIBLING_PATTERN(
      "same family name, different birth dates, given names only similar (brothers and sisters)"),
  /** Both records give a multiple-birth order, and the orders differ. */
  BIRTH_ORDER("different multiple-birth order (Patient.multipleBirthInteger)"),
  /**
   * A record says multiple birth, the birth dates agree or are one slip apart, and the given names
   * are not one name (even only similar ones, as Sarah and Sandra), or a boy and a girl.
   */
  MULTIPLE_BIRTH(
      "one record is flagged as a multiple birth and the given names are not exactly one name"),
  /** Given and family names both clearly different: no shared identifier can make up for that. */
  NAMES_DIFFER("given and family names both clearly different"),
  /** Both SSNs valid and more than one mistyped digit apart. */
  DIFFERENT_SSN("valid SSNs that differ by more than one mistyped digit"),
  /** Both records carry a generational suffix and the suffixes differ (Jr. and Sr., II and III). */
  GENERATION("different generational suffixes (Jr./Sr., II/III)"),
  /**
   * Birth years at least {@link #AGE_GAP_YEARS} apart, not explained by one mistyped year digit.
   */
  AGE_GAP("birth dates a generation apart (parent and child)");

  /** The smallest gap between birth years that counts as a generation. */
  public static final int AGE_GAP_YEARS = 12;

  private final String description;

  StrongDisagreement(String description) {
    this.description = description;
  }

  /** What the rule saw, in words. */
  public String description() {
    return description;
  }

  /** The rules that two records break; empty when none does. */
  public static List<StrongDisagreement> between(PatientRecord a, PatientRecord b) {
    List<StrongDisagreement> out = new ArrayList<>(1);
    boolean sameBirth =
        a.birthDate() != null
            && b.birthDate() != null
            && PairComparator.date(a.birthDate(), b.birthDate()) >= 1;
    boolean sameFamily =
        a.family() != null
            && b.family() != null
            && PairComparator.name(a.family(), b.family()) == 2;
    boolean sameSsn = PairComparator.ssn(a.ssn(), b.ssn()) == 1;
    if (sameBirth && sameFamily && !sameSsn && (clearlyDifferentGiven(a, b) || boyAndGirl(a, b))) {
      out.add(TWIN_PATTERN);
    }
    boolean differentBirth =
        a.birthDate() != null
            && b.birthDate() != null
            && PairComparator.date(a.birthDate(), b.birthDate()) == 0;
    if (differentBirth
        && sameFamily
        && !sameSsn
        && a.given() != null
        && b.given() != null
        && PairComparator.given(a.given(), b.given()) < 2) {
      out.add(SIBLING_PATTERN);
    }
    if (a.birthOrder() != null
        && b.birthOrder() != null
        && !a.birthOrder().equals(b.birthOrder())) {
      out.add(BIRTH_ORDER);
    }
    if ((a.multipleBirthKnown() || b.multipleBirthKnown())
        && sameBirth
        && !sameSsn
        && !out.contains(TWIN_PATTERN)
        && (differentGiven(a, b) || boyAndGirl(a, b))) {
      out.add(MULTIPLE_BIRTH);
    }
    if (a.given() != null
        && b.given() != null
        && a.family() != null
        && b.family() != null
        && PairComparator.given(a.given(), b.given()) == 0
        && PairComparator.name(a.family(), b.family()) == 0) {
      out.add(NAMES_DIFFER);
    }
    if (PairComparator.ssn(a.ssn(), b.ssn()) == 0) {
      out.add(DIFFERENT_SSN);
    }
    if (a.suffix() != null && b.suffix() != null && !a.suffix().equals(b.suffix())) {
      out.add(GENERATION);
    }
    if (generationApart(a.birthDate(), b.birthDate())) {
      out.add(AGE_GAP);
    }
    return out;
  }

  /**
   * Given names below the Jaro–Winkler partial level and not one name written twice ({@link
   * NameEquivalence}).
   */
  private static boolean clearlyDifferentGiven(PatientRecord a, PatientRecord b) {
    return a.given() != null
        && b.given() != null
        && PairComparator.given(a.given(), b.given()) == 0;
  }

  /**
   * Given names that do not agree fully (exact, nickname, Jaro–Winkler 0.94) and are not one name
   * written twice by {@link NameEquivalence} (a slip, a spelling, a short form): Sarah and Sandra.
   * Taken as different only where the data says multiple birth: without that flag, two mistyped
   * copies of one short name look the same, and the rule would cost more true links than it saves.
   */
  private static boolean differentGiven(PatientRecord a, PatientRecord b) {
    return a.given() != null
        && b.given() != null
        && PairComparator.given(a.given(), b.given()) < 2
        && !NameEquivalence.sameName(a.given(), b.given());
  }

  /** A boy and a girl whose given names are not exactly one name (Daniel and Danielle). */
  private static boolean boyAndGirl(PatientRecord a, PatientRecord b) {
    return a.sex() != null
        && b.sex() != null
        && PairComparator.exact(a.sex(), b.sex()) == 0
        && a.given() != null
        && b.given() != null
        && !a.given().equals(b.given())
        && !Nicknames.equivalent(a.given(), b.given());
  }

  /**
   * Whether two birth dates are a generation apart: years {@link #AGE_GAP_YEARS} or more apart,
   * unless day and month agree and the years differ by one mistyped or swapped digit (1960 for
   * 1980, 1968 for 1986).
   */
  static boolean generationApart(LocalDate a, LocalDate b) {
    if (a == null || b == null || Math.abs(a.getYear() - b.getYear()) < AGE_GAP_YEARS) {
      return false;
    }
    boolean sameDay =
        a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth();
    return !(sameDay
        && NameEquivalence.withinOneSlip(String.valueOf(a.getYear()), String.valueOf(b.getYear())));
  }
}
