package org.medmine.mining.nlp;

/**
 * A concept found in text: the lexicon entry, the words as written, their offsets ({@code start}
 * inclusive, {@code end} exclusive) and how they matched.
 */
public record ConceptMention(
    LexiconEntry concept, String text, int start, int end, MatchKind kind) {

  /** How the words of a mention met the lexicon term. */
  public enum MatchKind {
    /** Word for word, ignoring case. */
    EXACT,
    /** Through the stems of inflected words ({@code coughing} for {@code cough}). */
    INFLECTED,
    /** Through a spelling correction of at least one word ({@code pnemonia}). */
    FUZZY
  }
}
