package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sections of a note by their headers: a known header (resource {@code sections.tsv}: kind, then the
 * header as clinicians write it, e.g. {@code HPI}, {@code Hx of present illness}, {@code PMHx}, {@code FHx},
 * {@code A/P}) at the start of a line or after a sentence end, followed by a colon ({@code FAMILY HISTORY:
 * ...}), or alone on a line, optionally as a Markdown heading ({@code # Chief Complaint}, as Synthea writes its
 * notes). Unknown headers in capitals followed by a colon on their own line start an {@link SectionKind#OTHER}
 * section. Headers are matched case-insensitively, with any spacing. Thread-safe.
 */
public final class SectionDetector {
  private final Pattern headers;
  private final Map<String, SectionKind> kinds;

  private SectionDetector(Map<String, SectionKind> kinds) {
    this.kinds = kinds;
    List<String> names = new ArrayList<>(kinds.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String n : names) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q"));
    }
    String known = "(?<known>" + alternation + ")";
    String unknown = "(?<unknown>[A-Z][A-Z /&]{2,40})";
    this.headers = Pattern.compile(
        "(?:^|(?<=[.!?]\\s{1,4}))[ \\t]*(?:#+[ \\t]*)?(?:" + known + "[ \\t]*(?::|(?=[ \\t]*$))|" + unknown + ":[ \\t]*$)",
        Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  }

  /** The detector with the shipped header list. */
  public static SectionDetector standard() {
    return Holder.STANDARD;
  }

  /** The sections of {@code text}, in order, covering it whole. */
  public List<Section> sections(String text) {
    List<Section> out = new ArrayList<>();
    Matcher m = headers.matcher(text);
    int start = 0;
    SectionKind kind = SectionKind.OTHER;
    String header = "";
    while (m.find()) {
      if (m.group("unknown") != null && !m.group("unknown").equals(m.group("unknown").toUpperCase(Locale.ROOT))) {
        continue; // an unknown header must be written in capitals
      }
      if (m.start() > start || !header.isEmpty()) {
        out.add(new Section(kind, header, start, m.start()));
      }
      start = m.start();
      header = m.group().strip();
      kind = m.group("known") != null ? kindOf(m.group("known")) : SectionKind.OTHER;
    }
    out.add(new Section(kind, header, start, text.length()));
    return out;
  }

  private SectionKind kindOf(String written) {
    return kinds.getOrDefault(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), SectionKind.OTHER);
  }

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
