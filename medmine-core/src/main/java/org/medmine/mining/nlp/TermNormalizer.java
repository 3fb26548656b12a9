package org.medmine.mining.nlp;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The form a word is matched by, so that inflections meet ({@code coughs}, {@code coughing} and
 * {@code cough}; {@code diabetic} and {@code diabetes}): the Snowball English (Porter2) stem
 * (Porter 2001, "Snowball: a language for stemming algorithms"; the implementation shipped with
 * Apache Lucene) of the lower-case word. Words shorter than four letters, and words that are not
 * all letters (abbreviations such as {@code s/p}, numbers), are kept as they are. Not thread-safe
 * (the stemmer keeps state): one instance per thread.
 */
public final class TermNormalizer {
  private final EnglishStemmer stemmer = new EnglishStemmer();

  /** The match key of a lower-case word. */
  public String key(String lower) {
    if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)) {
      return lower;
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
