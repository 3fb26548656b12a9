package org.medmine.privacy;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinical numbers of a note, which look like dates or phone numbers but are neither: blood pressures
 * ({@code 120/80}, ranges such as {@code 63-70/27}), blood gases ({@code 7.43/41/88}), ratios and scores
 * ({@code 1:2}, {@code 8/10} pain, {@code 4/5} strength, GCS {@code 3/15}), doses and lab values with their unit
 * ({@code 5-10 mg}, {@code 2/2 tabs}), and numbers that follow a vital-sign or laboratory label. The date, phone,
 * identifier and age detectors drop any candidate that falls on one of these. The rules are medmine's own, after
 * the false alarms that Neamatullah et al. (2008, "Automated de-identification of free-text medical records",
 * BMC Med Inform Decis Mak 8:32) describe for the PhysioNet deid software.
 */
final class ClinicalNumbers {
  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final String SEQ = NUM + "(?:\\s?[-/]\\s?" + NUM + ")*";
  private static final String UNIT =
      "(?:mm\\s?hg|mmhg|cm\\s?h2o|mg/dl|mg/kg|mcg/kg(?:/min)?|mg|mcg|ug|ng|g|kg|lbs?|ml|cc|l|units?|u|meq|mmol|iu|"
          + "%|bpm|breaths|beats|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|wks?|weeks?|months?|mos?|years?|"
          + "yrs?|times|tabs?|tablets?|caps?|capsules?|puffs?|drops?|sprays?|doses?|cm|mm|inches|ft|feet|"
          + "liters?|l/min|lpm|degrees?|deg|pack|packs|ppd|gtt|amps?|vials?|bags?|episodes?|stools?|voids?|"
          + "steps?|meters?|ounces?|oz|cal|kcal|calories|cups?|points?|pain|strength|scale)";
  private static final String LABEL =
      "(?i:bp|nbp|abp|sbp|dbp|blood pressure|pressures?|art line|a-line|aline|cuff|map|cvp|pap|pas|pcwp|wedge|"
          + "abg|vbg|gas(?:es)?|p/f|s/f|pf ratio|i/o|i&o|ins?/outs?|in/out|uop|hr|rr|resp|sats?|spo2|o2 sat|fio2|peep|"
          + "tv|vt|rate|ps|psv|ac|simv|cpap|bipap|ipap|epap|vent(?:ilator)? settings|settings|gcs|pain|strength|"
          + "motor|score|scale|ratio|ranged?|range|ranging|hct|hgb|h/h|h&h|na|k|bun/cr|bun|cr|glucose|fs|fsbs|bs|"
          + "inr|ptt|wbc|plt|lytes|chem|mg|phos|ca|lactate|ldl|hdl|tg|ef|lvef|stroke volume|co/ci|ci|svr|"
          + "temp|tmax|wt|weight|ht|height|i:e|ie|mv|ve|pip|plat|compliance|apgars?|apgar score)";

  private static final List<Pattern> PATTERNS = List.of(
      // a vital-sign or laboratory label, then its numbers: "BP 63-70/27", "ABG 7.43/41/88", "P/F 250"
      Pattern.compile("(?<![\\p{L}])" + LABEL + "(?![\\p{L}])\\s*(?:[:=]|of|was|is|were|are|from|to|in the|of the|"
          + "ranging|range|ranges|between|\\(|~|>|<)?\\s*(?:[:=]\\s*)?(" + SEQ + "(?:\\s*(?:to|and|-)\\s*" + SEQ + ")?)"),
      // a number or a sequence of numbers followed by its unit: "5-10 mg", "2/2 tabs", "8/10 pain"
      Pattern.compile("(?<![\\d.])(" + SEQ + ")\\s?(?i:" + UNIT + ")(?![\\p{L}])"),
      // blood-pressure shapes: systolic over diastolic, and ranges of them
      Pattern.compile("(?<![\\d./-])(?:(?:[4-9]\\d|[12]\\d\\d)(?:-\\d{2,3})?/\\d{2,3}(?:-\\d{2,3})?)(?:\\s?-\\s?\\d{2,3}/\\d{2,3})?(?![\\d./])"),
      // blood gases and other decimal sequences: "7.43/41/88/24", "5.6/67"
      Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?:/[\\d.]+)+"),
      Pattern.compile("(?<![\\d.])[\\d.]+(?:/[\\d.]+)*/\\d+\\.\\d+"),
      // ratios and scores: "1:2", "I:E 1:3", "3/15", "4+/4"
      Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{1,2}(?![\\d:])(?!\\s?(?i:am|pm|hrs?|h\\b))"),
      Pattern.compile("(?<![\\d./])\\d{1,2}\\+?/(?:[2345]|10|15)\\+?(?![\\d./])"),
      // numbers of three or more slashed parts where no part could be a year: lab sequences "140/4.0/101"
      Pattern.compile("(?<![\\d./])\\d{2,3}/\\d{2,3}/\\d{2,3}/[\\d./]+"));

  private ClinicalNumbers() {}

  /**
   * The offsets of {@code text} that belong to clinical numbers. A fraction of small numbers ({@code 3/4}) is only
   * taken for a score when no date cue ("on", "since", "dated") comes right before it.
   */
  static BitSet mask(String text) {
    BitSet mask = new BitSet(text.length());
    if (!hasDigit(text)) {
      return mask;
    }
    for (int p = 0; p < PATTERNS.size(); p++) {
      Matcher m = PATTERNS.get(p).matcher(text);
      while (m.find()) {
        int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
        if (p == 6 && DateCues.cueBefore(text, m.start(g))) {
          continue;
        }
        mask.set(m.start(g), m.end(g));
      }
    }
    return mask;
  }

  /** Whether any character of {@code [start, end)} is a clinical number. */
  static boolean overlaps(BitSet mask, int start, int end) {
    int next = mask.nextSetBit(start);
    return next >= 0 && next < end;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
