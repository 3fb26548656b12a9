package org.medmine.privacy;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinical numbers of a note, which look like dates or phone numbers but are neither: blood
 * pressures ({@code 120/80}, ranges such as {@code 63-70/27}), blood gases ({@code 7.43/41/88}),
 * ratios and scores ({@code 1:2}, {@code 8/10} pain, {@code 4/5} strength, GCS {@code 3/15}), doses
 * and lab values with their unit ({@code 5-10 mg}, {@code 2/2 tabs}), and numbers that follow a
 * vital-sign or laboratory label. The date, phone, identifier and age detectors drop any candidate
 * that falls on one of these. Each number of the note is looked at once, with its neighbouring
 * words looked up in word sets. The rules are medmine's own, after the false alarms that
 * Neamatullah et al. (2008, "Automated de-identification of free-text medical records", BMC Med
 * Inform Decis Mak 8:32) describe for the PhysioNet deid software.
 */
final class ClinicalNumbers {
  private static final Pattern SEQUENCE =
      Pattern.compile(
          "(?<![\\d.])\\d+(?:\\.\\d+)?(?:s(?![\\p{L}]))?\\+?(?:\\s?[-/:]\\s?\\d+(?:\\.\\d+)?(?:s(?![\\p{L}]))?\\+?)*");
  private static final Set<String> UNITS =
      words(
          "mmhg",
          "hg",
          "cmh2o",
          "mg",
          "mcg",
          "ug",
          "ng",
          "g",
          "kg",
          "lb",
          "lbs",
          "ml",
          "cc",
          "l",
          "unit",
          "units",
          "u",
          "meq",
          "mmol",
          "iu",
          "bpm",
          "breaths",
          "beats",
          "hr",
          "hrs",
          "hour",
          "hours",
          "min",
          "mins",
          "minute",
          "minutes",
          "sec",
          "secs",
          "second",
          "seconds",
          "day",
          "days",
          "wk",
          "wks",
          "week",
          "weeks",
          "month",
          "months",
          "mo",
          "mos",
          "year",
          "years",
          "yr",
          "yrs",
          "times",
          "tab",
          "tabs",
          "tablet",
          "tablets",
          "cap",
          "caps",
          "capsule",
          "capsules",
          "puff",
          "puffs",
          "drop",
          "drops",
          "spray",
          "sprays",
          "dose",
          "doses",
          "cm",
          "mm",
          "inches",
          "ft",
          "feet",
          "liter",
          "liters",
          "lpm",
          "degree",
          "degrees",
          "deg",
          "pack",
          "packs",
          "ppd",
          "gtt",
          "amp",
          "amps",
          "vial",
          "vials",
          "bag",
          "bags",
          "episode",
          "episodes",
          "stool",
          "stools",
          "void",
          "voids",
          "step",
          "steps",
          "meter",
          "meters",
          "ounce",
          "ounces",
          "oz",
          "cal",
          "kcal",
          "calories",
          "cup",
          "cups",
          "point",
          "points",
          "pain",
          "strength",
          "scale",
          "%",
          "mcg/kg/min",
          "mg/dl",
          "mg/kg",
          "cc/hr",
          "ml/hr",
          "l/min",
          "units/hr",
          "mg/hr");
  private static final Set<String> LABELS =
      words(
          "bp",
          "nbp",
          "abp",
          "sbp",
          "dbp",
          "pressure",
          "pressures",
          "cuff",
          "map",
          "cvp",
          "pap",
          "pas",
          "pcwp",
          "wedge",
          "abg",
          "vbg",
          "gas",
          "gases",
          "p/f",
          "s/f",
          "i/o",
          "i&o",
          "ins",
          "outs",
          "uop",
          "hr",
          "rr",
          "resp",
          "sat",
          "sats",
          "spo2",
          "fio2",
          "peep",
          "tv",
          "vt",
          "rate",
          "ps",
          "psv",
          "ac",
          "simv",
          "cpap",
          "bipap",
          "ipap",
          "epap",
          "settings",
          "gcs",
          "pain",
          "strength",
          "motor",
          "score",
          "scale",
          "ratio",
          "range",
          "ranged",
          "ranging",
          "hct",
          "hgb",
          "h/h",
          "h&h",
          "na",
          "k",
          "k/bun",
          "bun/cr",
          "bun",
          "cr",
          "glucose",
          "fs",
          "fsbs",
          "bs",
          "inr",
          "ptt",
          "wbc",
          "plt",
          "plts",
          "lytes",
          "chem",
          "mg",
          "phos",
          "ca",
          "lactate",
          "ldl",
          "hdl",
          "tg",
          "ef",
          "lvef",
          "ci",
          "svr",
          "temp",
          "tmax",
          "wt",
          "weight",
          "ht",
          "height",
          "i:e",
          "ie",
          "mv",
          "ve",
          "pip",
          "plat",
          "compliance",
          "apgar",
          "apgars",
          "labile",
          "sbps",
          "maps",
          "hrs",
          "vent",
          "ett",
          "line",
          "gtt",
          "drip",
          "o2",
          "nc",
          "fio",
          "pco2",
          "po2",
          "ph",
          "hco3",
          "co2",
          "bicarb",
          "trop",
          "ck",
          "bnp",
          "ast",
          "alt",
          "tbili",
          "alb",
          "lipase",
          "amylase",
          "a1c",
          "hba1c",
          "tsh",
          "bmi",
          "sg",
          "osm",
          "net",
          "goal",
          "ruq",
          "liters",
          "uo",
          "output",
          "intake",
          "total",
          "balance",
          "urine",
          "x1",
          "x2");
  private static final Set<String> CONNECTORS =
      words(
          "of", "was", "is", "were", "are", "from", "to", "in", "the", "at", "between", "now",
          "still", "up", "down", "~", "approx", "about", ">", "<", "=", ":", "(", "now");
  private static final Pattern BP_SHAPE =
      Pattern.compile("(?:[4-9]\\d|[12]\\d\\d)(?:-\\d{2,3})?s?/\\d{2,3}.*");
  private static final Pattern RATIO = Pattern.compile("\\d{1,2}:\\d{1,2}");
  private static final Pattern SCORE = Pattern.compile("\\d{1,2}\\+?/(?:[2345]|10|15)\\+?");

  private ClinicalNumbers() {}

  /**
   * The offsets of {@code text} that belong to clinical numbers. A fraction of small numbers
   * ({@code 3/4}) is only taken for a score when no date cue ("on", "since", "dated") comes right
   * before it.
   */
  static BitSet mask(String text) {
    BitSet mask = new BitSet(text.length());
    Matcher m = SEQUENCE.matcher(text);
    boolean previousMasked = false;
    int previousEnd = -10;
    while (m.find()) {
      String n = m.group();
      boolean clinical =
          shape(n, text, m.start())
              || unitAfter(text, m.end())
              || labelBefore(text, m.start())
              || previousMasked && continues(text, previousEnd, m.start());
      if (clinical) {
        mask.set(m.start(), m.end());
      }
      previousMasked = clinical;
      previousEnd = m.end();
    }
    return mask;
  }

  /** Whether any character of {@code [start, end)} is a clinical number. */
  static boolean overlaps(BitSet mask, int start, int end) {
    int next = mask.nextSetBit(start);
    return next >= 0 && next < end;
  }

  /**
   * Shapes that are clinical on their own: blood pressures, decimals with slashes, ratios, scores,
   * long lists.
   */
  private static boolean shape(String n, String text, int start) {
    int slashes = count(n, '/');
    if (slashes > 0 && (n.indexOf('.') >= 0 || BP_SHAPE.matcher(n).matches() || slashes >= 3)) {
      return true;
    }
    if (RATIO.matcher(n).matches() && !timeAfter(text, start + n.length())) {
      return !n.matches("\\d{1,2}:\\d{2}");
    }
    return SCORE.matcher(n).matches() && !DateCues.cueBefore(text, start);
  }

  private static boolean timeAfter(String text, int end) {
    String rest =
        text.substring(end, Math.min(text.length(), end + 4)).toLowerCase(Locale.ROOT).strip();
    return rest.startsWith("am") || rest.startsWith("pm");
  }

  /** Whether a unit follows the number ("5-10 mg", "2/2 tabs", "8/10 pain", "30-50 cc/hr"). */
  private static boolean unitAfter(String text, int end) {
    int i = end;
    if (i < text.length() && text.charAt(i) == '%') {
      return true;
    }
    if (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length()
        && (Character.isLetter(text.charAt(j))
            || text.charAt(j) == '/'
            || text.charAt(j) == '2' && j > i && text.charAt(j - 1) == 'h')) {
      j++;
    }
    if (j == i
        || j < text.length() && Character.isDigit(text.charAt(j)) && text.charAt(j - 1) != 'x') {
      return j > i && text.charAt(i) == 'x' && j == i + 1;
    }
    String w = text.substring(i, j).toLowerCase(Locale.ROOT);
    int slash = w.indexOf('/');
    return UNITS.contains(w) || slash > 0 && UNITS.contains(w.substring(0, slash));
  }

  /** Whether a vital-sign or laboratory label comes before the number, past connecting words. */
  private static boolean labelBefore(String text, int start) {
    int end = start;
    for (int words = 0; words < 3; words++) {
      int i = end - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i--;
      }
      if (i < 0 || text.charAt(i) == '\n') {
        return false;
      }
      int wordEnd = i + 1;
      while (i >= 0
          && !Character.isWhitespace(text.charAt(i))
          && text.charAt(i) != ','
          && text.charAt(i) != ';') {
        i--;
      }
      String w = text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
      String bare = w.replaceAll("[:=(~]+$", "");
      if (LABELS.contains(bare)) {
        return true;
      }
      if (!(CONNECTORS.contains(w) || CONNECTORS.contains(bare) || bare.isEmpty())
          || i >= 0 && text.charAt(i) == ',') {
        return false;
      }
      end = i + 1;
    }
    return false;
  }

  /** A number continuing a masked one: "90s to 110s", "63-70 and 80". */
  private static boolean continues(String text, int previousEnd, int start) {
    String between = text.substring(previousEnd, start).strip().toLowerCase(Locale.ROOT);
    return between.isEmpty()
        || between.equals("to")
        || between.equals("and")
        || between.equals("-")
        || between.equals("->");
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
