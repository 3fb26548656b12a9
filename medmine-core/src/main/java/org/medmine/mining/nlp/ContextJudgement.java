package org.medmine.mining.nlp;

import java.util.List;

/**
 * What ConText concluded about one mention: its assertion, temporality and experiencer, and the
 * triggers (or section defaults, as {@code section:FAMILY_HISTORY}) that decided them, nearest
 * first.
 */
public record ContextJudgement(
    Assertion assertion, Temporality temporality, Experiencer experiencer, List<String> triggers) {
  public ContextJudgement {
    triggers = List.copyOf(triggers);
  }

  /** Whether the mention counts as the patient's own, present condition (a covariate). */
  public boolean isAssertedOfPatient() {
    return assertion == Assertion.AFFIRMED && experiencer == Experiencer.PATIENT;
  }
}
