package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per ConText trigger family and scope rule, on sentences written for it. */
class ContextAnalyzerTest {
  private final TargetJudge judge = TargetJudge.standard();

  private Assertion assertion(String sentence, String target) {
    return judge.judge(sentence, target).assertion();
  }

  private Temporality time(String sentence, String target) {
    return judge.judge(sentence, target).temporality();
  }

  private Experiencer who(String sentence, String target) {
    return judge.judge(sentence, target).experiencer();
  }

  @Test
  void preNegationReachesEveryItemOfAList() {
    String s = "Denies fever, chills, nausea, vomiting, or abdominal pain.";
    assertThat(assertion(s, "fever")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion(s, "abdominal pain")).isEqualTo(Assertion.NEGATED);
    assertThat(judge.judge(s, "vomiting").triggers()).containsExactly("negated:denies");
  }

  @Test
  void postNegationLooksBackward() {
    assertThat(assertion("Pulmonary embolism was ruled out.", "Pulmonary embolism"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Pedal pulses are absent.", "Pedal pulses")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Chest pain free since admission.", "Chest pain"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void aPreTriggerDoesNotReachBackward() {
    assertThat(assertion("Chest pain, no fever.", "Chest pain")).isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void pseudoTriggersDoNotNegate() {
    assertThat(assertion("No increase in shortness of breath.", "shortness of breath"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(assertion("Gram-negative rods consistent with pneumonia.", "pneumonia"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(assertion("Not only fatigue but also joint pain.", "fatigue"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void aMentionInsideANegatingPseudoTriggerIsNegated() {
    assertThat(assertion("She reports no change in her vision.", "change in her vision"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void terminatorsEndTheScope() {
    assertThat(assertion("Denies headache but endorses blurry vision.", "blurry vision"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(
            assertion(
                "No chest pain; however, she reports exertional dyspnea.", "exertional dyspnea"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(assertion("Without fever, the patient presents with a rash.", "rash"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void theSentenceEndEndsTheScope() {
    assertThat(assertion("No fever. Reports a productive cough.", "productive cough"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(assertion("No fever. Reports a productive cough.", "fever"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void aMaximumScopeLimitsAShortTrigger() {
    // "non" reaches one word: the next finding is untouched.
    assertThat(assertion("Abdomen non-tender, distended.", "tender")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Abdomen non-tender, distended.", "distended"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void possibilityBeforeAndAfter() {
    assertThat(assertion("Possible pneumonia in the left lower lobe.", "pneumonia"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Rule out myocardial infarction.", "myocardial infarction"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Pulmonary embolism cannot be excluded.", "Pulmonary embolism"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("UTI is unlikely given the urinalysis.", "UTI"))
        .isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void aNegationGovernsAPossibilityInsideIt() {
    assertThat(assertion("No lesions suspicious for melanoma.", "melanoma"))
        .isEqualTo(Assertion.NEGATED);
    // With punctuation between, they are separate clauses: the nearer trigger wins.
    assertThat(assertion("No fever, possible pneumonia.", "pneumonia"))
        .isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void hypotheticalConditionsAndInstructions() {
    assertThat(assertion("Return to the ED if chest pain recurs.", "chest pain"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Enoxaparin for DVT prophylaxis.", "DVT"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Counseled on the risk of bleeding.", "bleeding"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Zofran PRN nausea.", "nausea")).isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void aConditionGovernsANegationInsideIt() {
    assertThat(assertion("Return if no relief of the pain.", "pain"))
        .isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void historicalPhrasesAndTimeExpressions() {
    assertThat(time("History of hypertension.", "hypertension")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("s/p cholecystectomy.", "cholecystectomy")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("He quit smoking 15 years ago.", "smoking")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Chest pain started 2 days ago.", "Chest pain")).isEqualTo(Temporality.RECENT);
    assertThat(time("Cellulitis in 2015.", "Cellulitis")).isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void aTimeExpressionAfterAMentionDoesNotReachForward() {
    String s = "Stroke three years ago with residual right-sided weakness.";
    assertThat(time(s, "Stroke")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time(s, "right-sided weakness")).isEqualTo(Temporality.RECENT);
  }

  @Test
  void pseudoHistoricalPhrasesAreNotHistory() {
    assertThat(time("History of present illness: cough for two days.", "cough"))
        .isEqualTo(Temporality.RECENT);
    assertThat(time("Family history of colon cancer.", "colon cancer"))
        .isEqualTo(Temporality.RECENT);
  }

  @Test
  void historyAndNegationTogether() {
    ContextJudgement j = judge.judge("No history of suicide attempts.", "suicide attempts");
    assertThat(j.assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(j.temporality()).isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void familyMembersBeforeAndAfter() {
    assertThat(who("Mother with breast cancer.", "breast cancer")).isEqualTo(Experiencer.FAMILY);
    assertThat(who("Diabetes in mother and maternal grandmother.", "Diabetes"))
        .isEqualTo(Experiencer.FAMILY);
    assertThat(
            who("Daughter with asthma; patient has no breathing problems.", "breathing problems"))
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aRelativeWhoOnlyReportsLeavesThePatientTheExperiencer() {
    assertThat(who("Per his wife, he has been more confused.", "confused"))
        .isEqualTo(Experiencer.PATIENT);
    assertThat(who("Mom states the baby has been pulling at his ear.", "pulling at his ear"))
        .isEqualTo(Experiencer.PATIENT);
    assertThat(who("Accompanied by his son, who reports two falls.", "falls"))
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void otherExperiencers() {
    assertThat(who("Her roommate was recently diagnosed with influenza.", "influenza"))
        .isEqualTo(Experiencer.OTHER);
    assertThat(who("Sick contacts at daycare with similar cough.", "cough"))
        .isEqualTo(Experiencer.OTHER);
  }

  @Test
  void theNearestAssertionTriggerWins() {
    ContextJudgement j = judge.judge("Denies fever; possible early pneumonia.", "pneumonia");
    assertThat(j.assertion()).isEqualTo(Assertion.POSSIBLE);
    assertThat(j.triggers()).containsExactly("possible:possible");
  }

  @Test
  void anUnmarkedMentionIsAffirmedRecentAndThePatients() {
    ContextJudgement j = judge.judge("Patient reports intermittent chest pain.", "chest pain");
    assertThat(j)
        .isEqualTo(
            new ContextJudgement(
                Assertion.AFFIRMED, Temporality.RECENT, Experiencer.PATIENT, java.util.List.of()));
    assertThat(j.isAssertedOfPatient()).isTrue();
  }
}
