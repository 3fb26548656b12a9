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
  void aPseudoTriggerWinsOverATriggerItOverlaps() {
    assertThat(assertion("Today there is no significant change in his tremor.", "tremor"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void aLongerTriggerStartingInsideAShorterOneWins() {
    // "is unlikely" (backward) and "unlikely to be" (forward) overlap: the longer one wins, so the
    // subject is not made uncertain, only what it is said to be.
    assertThat(assertion("The cough is unlikely to be infectious.", "cough"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void terminatorsYieldToATriggerTheyFollow() {
    assertThat(assertion("Her husband denies that she has had any seizures.", "seizures"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(assertion("No one at home has had diarrhea.", "diarrhea"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Agitation on day two, which cleared with haloperidol.", "Agitation"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(assertion("The wheezing may be secondary to reflux.", "reflux"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("The wheezing may be secondary to reflux.", "wheezing"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void aTerminatorInsideACommaClauseDoesNotEndAScopeAcrossIt() {
    assertThat(assertion("The headache, which had been throbbing, has now resolved.", "headache"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void aTimeAgoReachesBothWays() {
    assertThat(time("Three years ago she had a mastectomy.", "mastectomy"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Admitted six months ago for sepsis.", "sepsis"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Two days ago she developed a rash.", "rash")).isEqualTo(Temporality.RECENT);
  }

  @Test
  void noneWithATimeWordDeniesOnlyTheRecentEpisodes() {
    String s = "Panic attacks in the past, none recently.";
    assertThat(assertion(s, "Panic attacks")).isEqualTo(Assertion.AFFIRMED);
    assertThat(time(s, "Panic attacks")).isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void aFutureMentionIsNotHistorical() {
    ContextJudgement j = judge.judge("A mammogram is recommended at age 40.", "mammogram");
    assertThat(j.assertion()).isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(j.temporality()).isEqualTo(Temporality.RECENT);
  }

  @Test
  void peopleNounsNameOtherExperiencersBeforeAndAfter() {
    assertThat(who("His supervisor had shingles.", "shingles")).isEqualTo(Experiencer.OTHER);
    assertThat(who("Pertussis was confirmed in her nanny.", "Pertussis"))
        .isEqualTo(Experiencer.OTHER);
    assertThat(who("She was exposed to a patient with measles.", "measles"))
        .isEqualTo(Experiencer.OTHER);
    assertThat(who("Others on the bus were vomiting too.", "vomiting"))
        .isEqualTo(Experiencer.OTHER);
  }

  @Test
  void aRoleNounNamesAnotherPersonOnlyWithADeterminer() {
    assertThat(who("Retired teacher with COPD.", "COPD")).isEqualTo(Experiencer.PATIENT);
    assertThat(who("Her teacher has had a fever all week.", "fever")).isEqualTo(Experiencer.OTHER);
    assertThat(who("He works as a coach and has knee pain.", "knee pain"))
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aRelativeOfThePatientIsFamily() {
    assertThat(who("The father of the patient has emphysema.", "emphysema"))
        .isEqualTo(Experiencer.FAMILY);
  }

  @Test
  void aRelativeWhoIsAdvisedIsNotTheExperiencer() {
    ContextJudgement j =
        judge.judge("His wife was advised to call for any chest pain.", "chest pain");
    assertThat(j.experiencer()).isEqualTo(Experiencer.PATIENT);
    assertThat(j.assertion()).isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void aClauseOfThePatientsOwnAfterACommaEndsAnExperiencer() {
    assertThat(who("Stayed with her sister last month, denies fever.", "fever"))
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void vocabularyOfTheSecondRound() {
    assertThat(assertion("Question of a small pneumothorax.", "pneumothorax"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Vasculitis is in the differential.", "Vasculitis"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Viral load was undetectable.", "Viral load"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(assertion("He will need a stress test if the pain recurs.", "stress test"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Monitor closely for hypotension.", "hypotension"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Recheck potassium next week for hypokalemia.", "hypokalemia"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Family history negative for glaucoma.", "glaucoma"))
        .isEqualTo(Assertion.NEGATED);
    assertThat(time("She once had a reaction to sulfa.", "reaction"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("His uncle passed away from lung cancer.", "lung cancer"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Nocturia for a month.", "Nocturia")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Preeclampsia during her second pregnancy.", "Preeclampsia"))
        .isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void aNegatingPrefixNegatesTheWordItIsPartOf() {
    assertThat(assertion("She is a lifelong nondrinker.", "drinker")).isEqualTo(Assertion.NEGATED);
  }

  @Test
  void contractionsNegateAndPossessivesNameTheirOwner() {
    assertThat(assertion("She doesn't have a cough.", "cough")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("He is no longer anemic.", "anemic")).isEqualTo(Assertion.NEGATED);
    assertThat(who("Her husband's flu started on Monday.", "flu")).isEqualTo(Experiencer.FAMILY);
    assertThat(assertion("The father denies that the child has had any rashes.", "rashes"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void exclusionNegatesButAWorkupToExcludeIsUncertain() {
    assertThat(assertion("The ultrasound excluded a DVT.", "DVT")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Sarcoidosis must be excluded.", "Sarcoidosis"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Fever, ? source.", "Fever")).isEqualTo(Assertion.AFFIRMED);
    assertThat(
            assertion(
                "Metoprolol was not increased despite persistent palpitations.", "palpitations"))
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(assertion("Migraines as a teenager, none since.", "Migraines"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void moreTimeCuesOfTheThirdRound() {
    assertThat(time("Tinnitus since childhood.", "Tinnitus")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Pneumonia back in 2019.", "Pneumonia")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Ovarian cyst (2018).", "Ovarian cyst")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Her aunt had lupus in her thirties.", "lupus"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Croup as a toddler.", "Croup")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("In 2014 she had a hysterectomy.", "hysterectomy"))
        .isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void futureTimesAndStandingOrdersAreHypothetical() {
    assertThat(assertion("Repeat ultrasound in 6 months.", "ultrasound"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Nitroglycerin for chest pain as directed.", "chest pain"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Potential for bleeding was discussed.", "bleeding"))
        .isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void someoneWhoWorriesOrIsInstructedIsNotTheExperiencer() {
    ContextJudgement j = judge.judge("Her teacher is concerned about dyslexia.", "dyslexia");
    assertThat(j.experiencer()).isEqualTo(Experiencer.PATIENT);
    assertThat(j.assertion()).isEqualTo(Assertion.POSSIBLE);
    assertThat(who("Parents instructed to watch for fever.", "fever"))
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aFormerPartnerIsOtherAndNotATimeCue() {
    ContextJudgement j = judge.judge("Her former roommate has hepatitis C.", "hepatitis C");
    assertThat(j.experiencer()).isEqualTo(Experiencer.OTHER);
    assertThat(j.temporality()).isEqualTo(Temporality.RECENT);
    assertThat(who("Influenza is going around at her office.", "Influenza"))
        .isEqualTo(Experiencer.OTHER);
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
