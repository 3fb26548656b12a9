package org.medmine.mining.nlp;

import java.util.List;

/**
 * One concept of the lexicon: a stable id, its category and mental-health marker, the preferred
 * term, every term it is written as (preferred term, synonyms, abbreviations, misspellings), its
 * codes, and the source and licence of the entry.
 */
public record LexiconEntry(
    String id,
    ConceptCategory category,
    MentalHealthMarker marker,
    String preferred,
    List<String> terms,
    List<ConceptCode> codes,
    String source,
    String licence) {
  public LexiconEntry {
    terms = List.copyOf(terms);
    codes = List.copyOf(codes);
  }

  /** The first code of the entry in {@code system}, or null. */
  public ConceptCode code(String system) {
    return codes.stream().filter(c -> c.system().equals(system)).findFirst().orElse(null);
  }
}
