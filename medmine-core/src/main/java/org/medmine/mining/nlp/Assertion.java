package org.medmine.mining.nlp;

import java.util.Locale;

/** Whether a mention is asserted of its experiencer, in the ConText model (Harkema et al. 2009). */
public enum Assertion {
  /** Stated as present. */
  AFFIRMED,
  /** Stated as absent: denied, not found, ruled out, resolved. */
  NEGATED,
  /** Stated with uncertainty: possible, probable, suspected, to rule out, unlikely. */
  POSSIBLE,
  /** Mentioned as something that may happen: return if, risk of, to prevent, as needed for. */
  HYPOTHETICAL;

  /** The lower-case name used in JSON and files ({@code affirmed}, ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
