package org.medmine.mining.nlp;

import java.util.Locale;

/** What kind of thing a lexicon concept is. */
public enum ConceptCategory {
  CONDITION,
  SYMPTOM,
  FINDING,
  DRUG,
  PROCEDURE,
  /** A concept taken from the warehouse whose kind the lexicon cannot tell. */
  OTHER;

  /** The category named in a lexicon file ({@code condition}, ...). */
  public static ConceptCategory of(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
