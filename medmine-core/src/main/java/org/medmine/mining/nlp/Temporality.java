package org.medmine.mining.nlp;

import java.util.Locale;

/**
 * When a mention happened, in the ConText model (Harkema et al. 2009): historical when the text
 * places its occurrence or onset more than about two weeks before the note, recent otherwise.
 */
public enum Temporality {
  RECENT,
  HISTORICAL;

  /** The lower-case name used in JSON and files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
