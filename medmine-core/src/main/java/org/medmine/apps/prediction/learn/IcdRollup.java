package org.medmine.apps.prediction.learn;

import java.util.Locale;

/**
 * The two levels above a diagnosis code: its 3-character category and its chapter, for ICD-9-CM
 * (chapters 1-17 by the numeric ranges of the tabular list, plus the V and E supplementary
 * classifications) and ICD-10-CM (chapters 1-22 by first letter and range, as the 2024 tabular list
 * draws them). A code the ranges do not know rolls up to {@code ?}.
 */
public final class IcdRollup {
  private static final int[] ICD9_CHAPTER_STARTS = {
    1, 140, 240, 280, 290, 320, 390, 460, 520, 580, 630, 680, 710, 740, 760, 780, 800
  };

  /** ICD-10-CM chapter ends, as first letter and two digits, in chapter order. */
  private static final String[] ICD10_CHAPTER_ENDS = {
    "B99", "D49", "D89", "E89", "F99", "G99", "H59", "H95", "I99", "J99", "K95", "L99", "M99",
    "N99", "O9Z", "P96", "Q99", "R99", "T88", "Y99", "Z99"
  };

  private IcdRollup() {}

  /** The 3-character category: {@code 250} of {@code 250.83}, {@code E11} of {@code E11.9}. */
  public static String category(String code, boolean icd9) {
    String c = code.strip().toUpperCase(Locale.ROOT).replace(".", "");
    int length = icd9 && c.startsWith("E") ? 4 : 3;
    return c.length() <= length ? c : c.substring(0, length);
  }

  /** The chapter, as {@code ICD-9 ch.3} or {@code ICD-10 ch.4}, or {@code ?}. */
  public static String chapter(String code, boolean icd9) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    return icd9 ? icd9Chapter(c) : icd10Chapter(c);
  }

  private static String icd9Chapter(String c) {
    if (c.startsWith("V")) {
      return "ICD-9 V";
    }
    if (c.startsWith("E")) {
      return "ICD-9 E";
    }
    int number;
    try {
      number = Integer.parseInt(category(c, true));
    } catch (NumberFormatException e) {
      return "?";
    }
    for (int k = ICD9_CHAPTER_STARTS.length - 1; k >= 0; k--) {
      if (number >= ICD9_CHAPTER_STARTS[k] && number <= 999) {
        return "ICD-9 ch." + (k + 1);
      }
    }
    return "?";
  }

  private static String icd10Chapter(String c) {
    if (c.length() < 3 || !Character.isLetter(c.charAt(0))) {
      return "?";
    }
    if (c.charAt(0) == 'U') {
      return "ICD-10 ch.22";
    }
    String head = c.substring(0, 3);
    for (int k = 0; k < ICD10_CHAPTER_ENDS.length; k++) {
      if (head.compareTo(ICD10_CHAPTER_ENDS[k]) <= 0) {
        return "ICD-10 ch." + (k + 1);
      }
    }
    return "?";
  }
}
