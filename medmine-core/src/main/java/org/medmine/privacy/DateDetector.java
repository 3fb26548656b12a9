package org.medmine.privacy;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in every form notes write them (HIPAA §164.514(b)(2)(i)(C)): ISO and slashed dates
 * with a year, month names and their abbreviations in either order, short forms {@code 7/22} and
 * {@code 7-22}, ordinals ({@code the 22nd}), holidays, and years standing alone in date context
 * ("since 2015"). A candidate on a clinical number ({@link ClinicalNumbers}) is dropped; short
 * forms must be valid month and day, and a hyphenated one or a bare year also needs a date cue
 * ({@link DateCues}).
 */
final class DateDetector {
  private static final String MONTH =
      "(?:(?i:january|february|april|june|july|august|september|october|november|"
          + "december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)|March|MARCH|Mar|MAR|May|MAY)";
  private static final String ORD = "(?:st|nd|rd|th|ST|ND|RD|TH)";
  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final String YEAR = "(?:19|20)\\d{2}";

  private static final Pattern ISO =
      Pattern.compile(
          B
              + YEAR
              + "-\\d{1,2}-\\d{1,2}"
              + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
              + E);
  private static final Pattern YMD = Pattern.compile(B + YEAR + "/\\d{1,2}/\\d{1,2}" + E);
  private static final Pattern MDY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[./-]\\d)");
  private static final Pattern MD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./-])(\\d{1,2})([/-])(\\d{1,2})(?![\\p{N}\\p{L}]|[./-]\\d)");
  private static final Pattern SHORT_RANGE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./-])(\\d{1,2})/(\\d{1,2})(\\s?-\\s?)(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}]|[./-]\\d)");
  private static final Pattern NAMED =
      Pattern.compile(
          B
              + "(?:"
              + MONTH
              + "\\.?[ -]?\\d{1,2}"
              + ORD
              + "?(?:,?[ -]?(?:"
              + YEAR
              + "|'\\d{2}))?"
              + "|\\d{1,2}"
              + ORD
              + "?[ -]?(?:of )?"
              + MONTH
              + "\\.?(?:,?[ -]?(?:"
              + YEAR
              + "|'?\\d{2}(?!\\d)))?"
              + "|"
              + MONTH
              + "\\.?,?[ -]?(?:of )?(?:"
              + YEAR
              + "|'\\d{2})"
              + ")"
              + E);
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "(?i:\\b(?:in|early|mid|late|since|during|until|till|by|"
              + "through|thru|last|next|this|of|before|after)\\s+|\\bmid-)((?i:january|february|april|june|july|august|september|"
              + "october|november|december)|March|MARCH|May|MAY)"
              + E);
  private static final Pattern ORDINAL =
      Pattern.compile(B + "(?:the )?([1-9]|[12]\\d|3[01])" + ORD + E);
  private static final Pattern HOLIDAY =
      Pattern.compile(
          B
              + "(?:(?:Christmas|New Year's|New Years|Halloween|"
              + "Valentine's|Thanksgiving|Easter|Memorial|Labor|Independence|Veterans|Veterans'|Presidents'?|Columbus|"
              + "Mother's|Father's|MLK|Martin Luther King|Boxing|St\\.? Patrick's|Good Friday)(?: (?:Day|Eve|Weekend|Sunday))?"
              + "|Fourth of July|4th of July|July 4th|Hanukkah|Chanukah|Passover|Yom Kippur|Rosh Hashanah|Ramadan|Eid|Diwali"
              + "|Kwanzaa|Lunar New Year|Chinese New Year)"
              + E);
  private static final Pattern BARE_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,/#$-])(?:'(\\d{2})|("
              + YEAR
              + "))(?:s)?(?![\\p{N}]|[.,]\\d|\\p{L}(?<!s))");
  private static final List<String> ORDINAL_NOUNS =
      List.of(
          "percentile",
          "intercostal",
          "ics",
          "rib",
          "toe",
          "finger",
          "digit",
          "metatarsal",
          "cranial",
          "nerve",
          "degree",
          "grade",
          "time",
          "dose",
          "floor",
          "line",
          "attempt",
          "trimester",
          "generation",
          "cycle",
          "day",
          "week",
          "month",
          "year",
          "cousin",
          "child",
          "pregnancy",
          "order",
          "ventricle",
          "heart",
          "sound",
          "hd",
          "pod",
          "decade",
          "lumbar",
          "cervical",
          "thoracic",
          "sacral",
          "vertebra",
          "web",
          "space",
          "layer",
          "party",
          "round",
          "course",
          "session",
          "visit",
          "admission",
          "episode",
          "grader",
          "st",
          "street",
          "ave",
          "avenue",
          "and",
          "or",
          "to",
          "division",
          "position",
          "place",
          "stage",
          "degree");

  private static final List<String> MONTH_KEYS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> HOLIDAY_KEYS =
      List.of(
          "christmas",
          "year",
          "halloween",
          "valentine",
          "thanksgiving",
          "easter",
          "day",
          "july",
          "hanukkah",
          "chanukah",
          "passover",
          "kippur",
          "hashanah",
          "ramadan",
          "eid",
          "diwali",
          "kwanzaa",
          "good friday");

  private DateDetector() {}

  /** Adds every date candidate of {@code text} that does not fall on a clinical number. */
  static void find(String text, BitSet clinical, List<PhiCandidate> out) {
    add(ISO, text, clinical, out, "date-iso", false);
    add(YMD, text, clinical, out, "date-ymd", false);
    String lower = text.toLowerCase(Locale.ROOT);
    if (MONTH_KEYS.stream().anyMatch(lower::contains)) {
      add(NAMED, text, clinical, out, "date-month-name", false);
      Matcher alone = MONTH_ALONE.matcher(text);
      while (alone.find()) {
        out.add(
            PhiCandidate.of(
                alone.start(1), alone.end(1), PhiType.DATE, "date-month", PhiCandidate.WEAK));
      }
    }
    if (HOLIDAY_KEYS.stream().anyMatch(lower::contains)) {
      add(HOLIDAY, text, clinical, out, "date-holiday", false);
    }
    Matcher m = MDY.matcher(text);
    while (m.find()) {
      if (valid(m.group(1), m.group(3))
          && !ClinicalNumbers.overlaps(clinical, m.start(), m.end())) {
        out.add(
            PhiCandidate.of(
                m.start(), m.end(), PhiType.DATE, "date-numeric", PhiCandidate.CONTEXT));
      }
    }
    Matcher r = SHORT_RANGE.matcher(text);
    while (r.find()) {
      if (valid(r.group(1), r.group(2)) && valid(r.group(4), r.group(5))) {
        out.add(
            PhiCandidate.of(
                r.start(1), r.end(2), PhiType.DATE, "date-short", PhiCandidate.CONTEXT));
        out.add(
            PhiCandidate.of(
                r.start(4), r.end(5), PhiType.DATE, "date-short", PhiCandidate.CONTEXT));
      }
    }
    shortDates(text, clinical, out);
    ordinals(text, out);
    years(text, clinical, out);
  }

  private static void add(
      Pattern p,
      String text,
      BitSet clinical,
      List<PhiCandidate> out,
      String detector,
      boolean masked) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!masked || !ClinicalNumbers.overlaps(clinical, m.start(), m.end())) {
        out.add(PhiCandidate.of(m.start(), m.end(), PhiType.DATE, detector, PhiCandidate.CONTEXT));
      }
    }
  }

  /**
   * {@code 7/22} and {@code 7-22}: valid month and day, not a clinical number; a hyphen needs a
   * date cue.
   */
  private static void shortDates(String text, BitSet clinical, List<PhiCandidate> out) {
    Matcher m = MD.matcher(text);
    while (m.find()) {
      if (!valid(m.group(1), m.group(3))
          || ClinicalNumbers.overlaps(clinical, m.start(), m.end())) {
        continue;
      }
      boolean cued =
          DateCues.cueBefore(text, m.start())
              || DateCues.cueAfter(text, m.end())
              || listedWithDate(text, m.start());
      if (m.group(2).equals("/") || cued) {
        out.add(
            PhiCandidate.of(m.start(), m.end(), PhiType.DATE, "date-short", PhiCandidate.CONTEXT));
      }
    }
  }

  /**
   * A day given as an ordinal ("the 22nd"), unless a noun shows it counts something ("3rd rib").
   */
  private static void ordinals(String text, List<PhiCandidate> out) {
    Matcher m = ORDINAL.matcher(text);
    while (m.find()) {
      String next = nextWord(text, m.end());
      String before = DateCues.wordBefore(text, m.start());
      if (next != null && ORDINAL_NOUNS.contains(next)
          || "the".equals(before) && next != null && next.equals("of")) {
        continue;
      }
      int start = m.start(1);
      out.add(PhiCandidate.of(start, m.end(), PhiType.DATE, "date-ordinal", PhiCandidate.CONTEXT));
    }
  }

  /**
   * A year standing alone ("since 2015", "in '98", "2012 CT"), in date context and not a clinical
   * number.
   */
  private static void years(String text, BitSet clinical, List<PhiCandidate> out) {
    Matcher m = BARE_YEAR.matcher(text);
    while (m.find()) {
      int g = m.group(2) != null ? 2 : 1;
      int start = g == 2 ? m.start(2) : m.start();
      if (ClinicalNumbers.overlaps(clinical, m.start(g), m.end(g))) {
        continue;
      }
      boolean cued = DateCues.cueBefore(text, start) || DateCues.cueAfter(text, m.end());
      boolean parenthesised =
          start > 0
              && text.charAt(start - 1) == '('
              && m.end() < text.length()
              && text.charAt(m.end()) == ')';
      if (g == 2 ? cued || parenthesised || yearLike(text, m.end()) : cued || parenthesised) {
        out.add(PhiCandidate.of(start, m.end(g), PhiType.DATE, "date-year", PhiCandidate.CONTEXT));
      }
    }
  }

  /**
   * A four-digit year followed by a report word or a plain end of clause (". ", "," or line end).
   */
  private static boolean yearLike(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return c == '.' || c == ',' || c == ';' || c == ')' || c == '\n' || c == ':';
  }

  private static boolean listedWithDate(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i--;
    }
    return i >= 2
        && Character.isDigit(text.charAt(i))
        && (text.charAt(i - 1) == '-' || text.charAt(i - 2) == '-');
  }

  static boolean valid(String month, String day) {
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }

  private static String nextWord(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i ? text.substring(i, j).toLowerCase(java.util.Locale.ROOT) : null;
  }
}
