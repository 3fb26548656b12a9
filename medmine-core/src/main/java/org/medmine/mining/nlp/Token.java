package org.medmine.mining.nlp;

/**
 * One token of a text: its characters as written, their lower-case form, where they are ({@code
 * start} inclusive, {@code end} exclusive, as offsets into the text) and what kind of token it is.
 */
public record Token(String text, String lower, int start, int end, Kind kind) {

  /** What a token is made of. */
  public enum Kind {
    /**
     * Letters (with digits inside), or a clinical abbreviation such as {@code s/p} or {@code y.o.}.
     */
    WORD,
    /** Digits, with decimals, ratios ({@code 152/94}) or a trailing {@code +}. */
    NUMBER,
    /** Punctuation that breaks a phrase: {@code . , ; : ? ! ( )}. */
    PUNCTUATION,
    /** Punctuation a phrase may run across: hyphens and slashes between words. */
    JOINER
  }

  /** Whether the token carries words or numbers (not punctuation). */
  public boolean isContent() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }
}
