package org.medmine.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a note, from their headings ("MEDICATIONS:", "Labs:", "ALLERGIES:",
 * "IMPRESSION:"): lists of drugs, laboratory results and allergies are full of capitalised words
 * that are no one's name (brand names, organisms, assays), so in those sections a word list alone
 * is not evidence enough for a name or a town, while context cues still count. A heading is a line
 * start, one to five words, and a colon; it holds until the next heading. The section names follow
 * the common headings of discharge summaries (HL7 C-CDA section titles, LOINC document ontology),
 * written anew.
 */
final class NoteSections {
  /** What a section lists. */
  enum Kind {
    NARRATIVE,
    MEDICATIONS,
    LABS,
    ALLERGIES
  }

  private static final Pattern HEADING =
      Pattern.compile("(?m)^[ \\t]*([A-Za-z][A-Za-z/&' ]{1,40}):");
  private static final Set<String> MEDICATION_WORDS =
      Set.of(
          "medications",
          "medication",
          "meds",
          "discharge medications",
          "admission medications",
          "home medications",
          "medications on admission",
          "medications on discharge",
          "current medications",
          "outpatient medications",
          "drips",
          "infusions");
  private static final Set<String> LAB_WORDS =
      Set.of(
          "labs",
          "lab",
          "laboratory",
          "laboratory data",
          "pertinent results",
          "labs on admission",
          "labs on discharge",
          "micro",
          "microbiology",
          "cultures",
          "chemistry",
          "hematology");
  private static final Set<String> ALLERGY_WORDS =
      Set.of("allergies", "allergy", "adverse reactions");

  private final int[] starts;
  private final Kind[] kinds;

  private NoteSections(int[] starts, Kind[] kinds) {
    this.starts = starts;
    this.kinds = kinds;
  }

  /** The sections of a note. */
  static NoteSections of(String text) {
    int[] starts = new int[8];
    Kind[] kinds = new Kind[8];
    int n = 0;
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      String heading = m.group(1).strip().toLowerCase(Locale.ROOT);
      if (heading.split(" ").length > 5) {
        continue;
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        kinds = Arrays.copyOf(kinds, n * 2);
      }
      starts[n] = m.start();
      kinds[n] = kindOf(heading);
      n++;
    }
    return new NoteSections(Arrays.copyOf(starts, n), Arrays.copyOf(kinds, n));
  }

  private static Kind kindOf(String heading) {
    if (MEDICATION_WORDS.contains(heading)) {
      return Kind.MEDICATIONS;
    }
    if (LAB_WORDS.contains(heading)) {
      return Kind.LABS;
    }
    return ALLERGY_WORDS.contains(heading) ? Kind.ALLERGIES : Kind.NARRATIVE;
  }

  /** The kind of section the offset lies in ({@link Kind#NARRATIVE} before the first heading). */
  Kind at(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    int section = i >= 0 ? i : -i - 2;
    return section < 0 ? Kind.NARRATIVE : kinds[section];
  }

  /**
   * Whether the offset lies in a list of drugs, results or allergies, where a word list alone
   * proves no name.
   */
  boolean inList(int offset) {
    return at(offset) != Kind.NARRATIVE;
  }
}
