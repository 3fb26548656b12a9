package org.medmine.mining.nlp;

/**
 * What a ConText trigger phrase does to the mentions in its scope. {@link #PSEUDO} phrases look
 * like triggers but are not ("no increase", "gram negative", "history of present illness"): matched
 * first, they keep the trigger words inside them from firing. {@link #TERMINATE} phrases end the
 * scope of the categories they name ("but", "however", "presents with"). {@link #INFORMANT} phrases
 * mark a relative who only reports on the patient ("per his wife", "mother states"), so the
 * relative's experiencer trigger does not fire.
 */
public enum TriggerCategory {
  NEGATED,
  POSSIBLE,
  HYPOTHETICAL,
  HISTORICAL,
  FAMILY,
  OTHER,
  PSEUDO,
  TERMINATE,
  INFORMANT;

  /** Whether the category decides the assertion of a mention. */
  public boolean isAssertion() {
    return this == NEGATED || this == POSSIBLE || this == HYPOTHETICAL;
  }

  /** Whether the category decides the experiencer of a mention. */
  public boolean isExperiencer() {
    return this == FAMILY || this == OTHER;
  }
}
