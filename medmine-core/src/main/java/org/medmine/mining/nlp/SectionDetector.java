package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the sections of a note by their headers: a known header (resource {@code sections.tsv}:
 * kind, then the header as clinicians write it, e.g. {@code HPI}, {@code Hx of present illness},
 * {@code PMHx}, {@code FHx}, {@code A/P}) at the start of a line or after a sentence end, followed
 * by a colon ({@code FAMILY HISTORY: ...}), or alone on a line, optionally as a Markdown heading
 * ({@code # Chief Complaint}, as Synthea writes its notes). An unknown header in capitals ending
 * its line with a colon starts an {@link SectionKind#OTHER} section. Headers are matched
 * case-insensitively, with any spacing, by looking the words before the colon (or the whole line)
 * up in a table, only where a header may start. Thread-safe.
 */
public final class SectionDetector {
  private static final int LONGEST_HEADER = 60;
  private final Map<String, SectionKind> kinds;

  private SectionDetector(Map<String, SectionKind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The detector with the shipped header list. */
  public static SectionDetector standard() {
    return Holder.STANDARD;
  }

  /** The sections of {@code text}, in order, covering it whole. */
  public List<Section> sections(String text) {
    List<Section> out = new ArrayList<>();
    int start = 0;
    SectionKind kind = SectionKind.OTHER;
    String header = "";
    for (int at = 0; at >= 0 && at < text.length(); at = nextCandidate(text, at)) {
      Header h = headerAt(text, at);
      if (h == null) {
        continue;
      }
      if (at > start || !header.isEmpty()) {
        out.add(new Section(kind, header, start, at));
      }
      start = at;
      header = h.written();
      kind = h.kind();
    }
    out.add(new Section(kind, header, start, text.length()));
    return out;
  }

  /** The header starting at {@code at}, or null. */
  private Header headerAt(String text, int at) {
    int i = at;
    while (i < text.length()
        && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '#')) {
      i++;
    }
    int j = i;
    while (j < text.length()
        && j - i <= LONGEST_HEADER
        && text.charAt(j) != ':'
        && text.charAt(j) != '\n') {
      j++;
    }
    if (j == i || j - i > LONGEST_HEADER) {
      return null;
    }
    boolean colon = j < text.length() && text.charAt(j) == ':';
    String words = text.substring(i, j).strip();
    SectionKind known = kinds.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (known != null) {
      return new Header(known, text.substring(i, colon ? j + 1 : j).strip());
    }
    boolean restOfLineEmpty = colon && text.substring(j + 1, lineEnd(text, j)).isBlank();
    boolean capitals =
        words.length() >= 3
            && words.chars().anyMatch(Character::isLetter)
            && words
                .chars()
                .allMatch(c -> Character.isUpperCase(c) || c == ' ' || c == '/' || c == '&');
    return restOfLineEmpty && capitals ? new Header(SectionKind.OTHER, words + ":") : null;
  }

  private static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    return n < 0 ? text.length() : n;
  }

  /**
   * The next place after {@code at} where a header may start: a line start, or after a sentence end
   * and spaces.
   */
  private static int nextCandidate(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?')
          && i + 1 < text.length()
          && text.charAt(i + 1) == ' ') {
        int j = i + 1;
        while (j < text.length() && j - i <= 4 && text.charAt(j) == ' ') {
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  private record Header(SectionKind kind, String written) {}

  private static final class Holder {
    static final SectionDetector STANDARD = fromLines(ClinicalTokenizer.readLines("sections.tsv"));
  }

  /** A detector from lines of {@code KIND<TAB>header}. */
  static SectionDetector fromLines(List<String> lines) {
    Map<String, SectionKind> kinds = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      kinds.put(f[1].strip().toLowerCase(Locale.ROOT), SectionKind.valueOf(f[0].strip()));
    }
    return new SectionDetector(kinds);
  }
}
