package org.medmine.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * The words that put a bare number into date context: a short form such as {@code 7-22} or a year
 * standing alone is taken for a date only after one of these ("on 7-22", "since 2015", "admitted
 * 7/22") or before one ("7-22 at 14:00"), since without them the same shapes are usually ranges,
 * scores or counts.
 */
final class DateCues {
  private static final Set<String> BEFORE =
      Set.copyOf(
          java.util.Arrays.asList(
              "on",
              "since",
              "from",
              "until",
              "till",
              "til",
              "thru",
              "through",
              "dated",
              "date",
              "dates",
              "of",
              "by",
              "due",
              "starting",
              "started",
              "start",
              "beginning",
              "ending",
              "after",
              "before",
              "as",
              "last",
              "next",
              "effective",
              "dos",
              "admitted",
              "admission",
              "discharged",
              "discharge",
              "d/c",
              "dc'd",
              "s/p",
              "in",
              "during",
              "circa",
              "ca",
              "around",
              "approx",
              "approximately",
              "back",
              "early",
              "late",
              "mid",
              "year",
              "yr",
              "seen",
              "visit",
              "visited",
              "surgery",
              "done",
              "performed",
              "placed",
              "removed",
              "changed",
              "drawn",
              "sent",
              "obtained",
              "collected",
              "resulted",
              "repeat",
              "repeated",
              "prior",
              "previous",
              "previously",
              "dob",
              "born",
              "birth",
              "died",
              "expired",
              "deceased",
              "death",
              "and",
              "&",
              "to",
              "-",
              "thru",
              "between",
              "vs",
              "versus",
              "compared",
              "comparison",
              "scheduled",
              "appointment",
              "appt",
              "f/u",
              "followup",
              "follow-up",
              "returned",
              "return",
              "rtc",
              "until",
              "expires",
              "exp",
              "issued",
              "signed",
              "dictated",
              "transcribed",
              "reviewed",
              "updated",
              "entered",
              "today",
              "echo",
              "ekg",
              "ecg",
              "cxr",
              "ct",
              "cta",
              "mri",
              "us",
              "u/s",
              "labs",
              "cx",
              "culture",
              "cultures",
              "ercp",
              "egd",
              "cath",
              "tte",
              "tee",
              "eeg",
              "film",
              "films",
              "study",
              "exam",
              "xr"));
  private static final Set<String> AFTER =
      Set.copyOf(
          java.util.Arrays.asList(
              "at",
              "admission",
              "admit",
              "discharge",
              "visit",
              "note",
              "the",
              "was",
              "-",
              "to",
              "and",
              "&",
              "through",
              "thru",
              "until",
              "when",
              "where",
              "with",
              "for",
              "showed",
              "shows",
              "revealed",
              "cxr",
              "ct",
              "mri",
              "echo",
              "ekg",
              "ecg",
              "labs",
              "lab",
              "culture",
              "cultures",
              "surgery",
              "procedure",
              "study",
              "exam",
              "report"));

  private DateCues() {}

  /**
   * Whether the word right before {@code offset} (skipping spaces, commas and parentheses) is a
   * date cue.
   */
  static boolean cueBefore(String text, int offset) {
    String w = wordBefore(text, offset);
    return w != null && BEFORE.contains(w);
  }

  /** Whether the word right after {@code offset} is a date cue (or a time "14:00" follows). */
  static boolean cueAfter(String text, int offset) {
    int i = offset;
    while (i < text.length()
        && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == ')')) {
      i++;
    }
    if (i + 4 < text.length()
        && Character.isDigit(text.charAt(i))
        && text.substring(i, Math.min(text.length(), i + 5)).matches("\\d{1,2}:\\d{2}.*")) {
      return true;
    }
    int j = i;
    while (j < text.length()
        && !Character.isWhitespace(text.charAt(j))
        && ",.;:()".indexOf(text.charAt(j)) < 0) {
      j++;
    }
    return j > i && AFTER.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  /**
   * The lower-case word (or symbol) right before {@code offset}, or null at the start of the text.
   */
  static String wordBefore(String text, int offset) {
    int i = offset - 1;
    while (i >= 0
        && (text.charAt(i) == ' '
            || text.charAt(i) == ','
            || text.charAt(i) == '('
            || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return null;
    }
    int end = i + 1;
    while (i >= 0
        && !Character.isWhitespace(text.charAt(i))
        && ",;()".indexOf(text.charAt(i)) < 0) {
      i--;
    }
    String w = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    return w.length() > 1 && w.endsWith(":") || w.length() > 1 && w.endsWith(".")
        ? w.substring(0, w.length() - 1)
        : w;
  }
}
