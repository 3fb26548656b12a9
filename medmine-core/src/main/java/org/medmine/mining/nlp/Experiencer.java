package org.medmine.mining.nlp;

import java.util.Locale;

/**
 * Who experiences a mention, in the ConText model (Harkema et al. 2009), with family apart from
 * others.
 */
public enum Experiencer {
  PATIENT,
  /** A relative or household family member (the family history section by default). */
  FAMILY,
  /** Anyone else: a friend, partner, roommate, coworker, contact, donor. */
  OTHER;

  /** The lower-case name used in JSON and files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
