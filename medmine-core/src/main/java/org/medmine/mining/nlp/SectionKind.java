package org.medmine.mining.nlp;

/**
 * The sections of a clinical note that medmine recognises, with the ConText defaults a section
 * gives its mentions: the family history section makes the experiencer a family member, the past
 * medical and surgical history sections make a mention historical. Triggers in the sentence
 * override the default.
 */
public enum SectionKind {
  CHIEF_COMPLAINT,
  HISTORY_OF_PRESENT_ILLNESS,
  PAST_MEDICAL_HISTORY,
  PAST_SURGICAL_HISTORY,
  MEDICATIONS,
  ALLERGIES,
  FAMILY_HISTORY,
  SOCIAL_HISTORY,
  REVIEW_OF_SYSTEMS,
  PHYSICAL_EXAM,
  RESULTS,
  HOSPITAL_COURSE,
  ASSESSMENT_AND_PLAN,
  INSTRUCTIONS,
  /** A header medmine does not know, or text before the first header. */
  OTHER;

  /** Whether mentions in this section are historical unless a trigger says otherwise. */
  public boolean historicalByDefault() {
    return this == PAST_MEDICAL_HISTORY || this == PAST_SURGICAL_HISTORY;
  }

  /**
   * Whether mentions in this section are experienced by a family member unless a trigger says
   * otherwise.
   */
  public boolean familyByDefault() {
    return this == FAMILY_HISTORY;
  }
}
