package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The concepts the matcher looks for: the shipped open lexicon (resource {@code lexicon.tsv},
 * written for medmine, CC0) and, added by an application, the codes and display names of a
 * warehouse ({@link #withDisplays}): a display whose term is already a shipped term adds its code
 * to that concept; any other becomes a concept of its own. Immutable.
 */
public final class Lexicon {
  private final List<LexiconEntry> entries;

  private Lexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The shipped lexicon. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  /** A lexicon of the given entries. */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(entries);
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /**
   * This lexicon grown by warehouse concepts: for each (system, code, display) the display's terms
   * ({@link DisplayTerms}) are looked up; a known term adds the code to its concept, else a new
   * concept {@code system|code} of the given category is made, its marker read from the display.
   */
  public Lexicon withDisplays(List<WarehouseConcept> concepts) {
    Map<String, LexiconEntry> byId = new LinkedHashMap<>();
    Map<String, String> idByTerm = new HashMap<>();
    for (LexiconEntry e : entries) {
      byId.put(e.id(), e);
      e.terms().forEach(t -> idByTerm.putIfAbsent(t.toLowerCase(Locale.ROOT), e.id()));
    }
    for (WarehouseConcept c : concepts) {
      List<String> terms = DisplayTerms.of(c.display(), c.system());
      String known =
          terms.stream().map(idByTerm::get).filter(id -> id != null).findFirst().orElse(null);
      ConceptCode code = new ConceptCode(c.system(), c.code(), "warehouse");
      if (known != null) {
        LexiconEntry e = byId.get(known);
        List<ConceptCode> codes = new ArrayList<>(e.codes());
        if (!codes.contains(code)) {
          codes.add(code);
        }
        byId.put(
            known,
            new LexiconEntry(
                e.id(),
                e.category(),
                e.marker(),
                e.preferred(),
                e.terms(),
                codes,
                e.source(),
                e.licence()));
      } else if (!terms.isEmpty()) {
        String id = c.system() + "|" + c.code();
        byId.putIfAbsent(
            id,
            new LexiconEntry(
                id,
                c.category(),
                MentalHealthMarker.ofDisplay(c.display()),
                terms.get(0),
                terms,
                List.of(code),
                "warehouse",
                "as the warehouse's source data"));
        terms.forEach(t -> idByTerm.putIfAbsent(t, id));
      }
    }
    return new Lexicon(new ArrayList<>(byId.values()));
  }

  /** A concept of the warehouse: a code, its display and the category of the table it came from. */
  public record WarehouseConcept(
      String system, String code, String display, ConceptCategory category) {}

  private static final class Holder {
    static final Lexicon STANDARD = fromLines(ClinicalTokenizer.readLines("lexicon.tsv"));
  }

  /**
   * A lexicon from the lines of a lexicon file (the header line, starting {@code id}, is skipped).
   */
  static Lexicon fromLines(List<String> lines) {
    List<LexiconEntry> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("id\t")) {
        continue;
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 10);
      List<String> terms = new ArrayList<>(List.of(f[3].strip()));
      for (String s : f[4] == null ? new String[0] : f[4].split(";")) {
        if (!s.isBlank()) {
          terms.add(s.strip());
        }
      }
      List<ConceptCode> codes = new ArrayList<>();
      if (f[5] != null && !f[5].isBlank()) {
        codes.add(new ConceptCode(ConceptCode.SNOMED, f[5].strip(), f[7].strip()));
      }
      if (f[6] != null && !f[6].isBlank()) {
        codes.add(new ConceptCode(ConceptCode.RXNORM, f[6].strip(), f[7].strip()));
      }
      out.add(
          new LexiconEntry(
              f[0].strip(),
              ConceptCategory.of(f[1]),
              MentalHealthMarker.of(f[2]),
              f[3].strip(),
              terms,
              codes,
              f[8].strip(),
              f[9].strip()));
    }
    return new Lexicon(out);
  }
}
