package org.medmine.quality.linkage;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Whether two normalized given names can be one person's name as registration desks write it: the
 * same string, nicknames of one name (William ~ Bill), one keyboard slip apart (one letter
 * substituted, dropped, added, or two neighbours swapped: the Damerau–Levenshtein distance of 1),
 * or one spelling of one sound (Catherine ~ Kathryn by Double Metaphone, Philips 2000), or a short
 * form (Barb ~ Barbara). Names that are none of these are "clearly different": the given names of
 * twins, or of siblings and spouses.
 */
final class NameEquivalence {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private NameEquivalence() {}

  /** Whether {@code a} and {@code b} may be the same given name written twice. */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    return a.equals(b)
        || Nicknames.equivalent(a, b)
        || withinOneSlip(a, b)
        || soundAlike(a, b)
        || shortFormOf(a, b)
        || shortFormOf(b, a);
  }

  /**
   * Whether {@code a}, at least three letters, begins {@code b} (Barb for Barbara, Chris for
   * Christopher).
   */
  static boolean shortFormOf(String a, String b) {
    return a.length() >= 3 && a.length() < b.length() && b.startsWith(a);
  }

  /** The phonetic code that blocking keys use (Double Metaphone, primary). */
  static String phonetic(String name) {
    return name == null ? null : METAPHONE.doubleMetaphone(name);
  }

  /**
   * Both names at least three letters long with the same primary Double Metaphone code. The
   * alternate codes are too generous for this (Willie's alternate FL is Veal's primary).
   */
  static boolean soundAlike(String a, String b) {
    if (a.length() < 3 || b.length() < 3) {
      return false;
    }
    return METAPHONE.doubleMetaphone(a).equals(METAPHONE.doubleMetaphone(b));
  }

  /** Damerau–Levenshtein (optimal string alignment) distance at most one. */
  static boolean withinOneSlip(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
