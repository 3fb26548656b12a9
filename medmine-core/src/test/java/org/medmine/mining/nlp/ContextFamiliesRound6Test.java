package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scope rule and trigger families added in round 6 of the ConText work (docs/nlp.md), one test
 * per family, on sentences written for it (none taken from a gold set). Each case is a sentence, a
 * target and the expected "assertion/temporality/experiencer".
 */
class ContextFamiliesRound6Test {
  private final TargetJudge judge = TargetJudge.standard();

  private void expect(String sentence, String target, String expected) {
    ContextJudgement j = judge.judge(sentence, target);
    String actual = (j.assertion() + "/" + j.temporality() + "/" + j.experiencer()).toLowerCase();
    assertThat(actual).as(sentence).isEqualTo(expected);
  }

  @Test
  void someoneWhoIsNotFamilyAndReportsOrDeniesSomethingSpeaksOfThemselves() {
    expect("His cellmate reports a productive cough.", "productive cough", "affirmed/recent/other");
    expect("Her housemate denies any diarrhea.", "diarrhea", "negated/recent/other");
    // Still an informant when the sentence names the patient after the verb.
    expect("His roommate says he has been vomiting.", "vomiting", "affirmed/recent/patient");
    // A parent reporting is the usual informant of a child.
    expect("Mother reports a barky cough.", "barky cough", "affirmed/recent/patient");
  }

  @Test
  void instructionsWrittenOutAreHypothetical() {
    expect("Ondansetron 4 mg q8h when needed for nausea.", "nausea", "hypothetical/recent/patient");
    expect("Return promptly for any chest pain.", "chest pain", "hypothetical/recent/patient");
    expect("Call 911 if fainting occurs.", "fainting", "hypothetical/recent/patient");
    expect("Steroids can sometimes unmask diabetes.", "diabetes", "hypothetical/recent/patient");
    expect("Recommend a colonoscopy at 45.", "colonoscopy", "hypothetical/recent/patient");
    expect("Repeat an echocardiogram next year.", "echocardiogram", "hypothetical/recent/patient");
    expect("Worried about eventually getting dementia.", "dementia", "hypothetical/recent/patient");
    // Education about a condition is about the patient's own condition (Synthea's care plans).
    expect(
        "- lifestyle education regarding hypertension", "hypertension", "affirmed/recent/patient");
  }

  @Test
  void uncertaintyFamilies() {
    expect(
        "The rash could stem from the new detergent or from scabies.",
        "scabies",
        "possible/recent/patient");
    expect("Working hypothesis is viral myocarditis.", "myocarditis", "possible/recent/patient");
    expect("It is unclear if he has angina.", "angina", "possible/recent/patient");
    expect("Currently being evaluated for lupus.", "lupus", "possible/recent/patient");
    expect("Sarcoidosis remains a consideration.", "Sarcoidosis", "possible/recent/patient");
  }

  @Test
  void timeCuesOfTheSameKindsAsThoseListed() {
    expect("A kidney stone, two winters back.", "kidney stone", "affirmed/historical/patient");
    expect("Gout for roughly 10 years.", "Gout", "affirmed/historical/patient");
    expect("In middle school she had scoliosis.", "scoliosis", "affirmed/historical/patient");
    expect("Asthma since he was a baby.", "Asthma", "affirmed/historical/patient");
    expect(
        "Preeclampsia with all three pregnancies.", "Preeclampsia", "affirmed/historical/patient");
    // A value hovering around a number is no age.
    expect("Creatinine sitting around 2 with CKD.", "CKD", "affirmed/recent/patient");
  }

  @Test
  void householdsSidesOfTheFamilyAndOtherPeople() {
    expect("Diabetes in the women on his mother's side.", "Diabetes", "affirmed/recent/family");
    expect("Everyone at home has conjunctivitis.", "conjunctivitis", "affirmed/recent/family");
    expect("Her 4-year-old boy has croup.", "croup", "affirmed/recent/family");
    expect("One of the nurses at her facility has shingles.", "shingles", "affirmed/recent/other");
    expect("Soldiers in his platoon have diarrhea.", "diarrhea", "affirmed/recent/other");
  }

  @Test
  void absenceAndItsLimits() {
    expect("Zero seizures on the new dose.", "seizures", "negated/recent/patient");
    expect("Night sweats have not recurred.", "Night sweats", "negated/recent/patient");
    expect("No nausea, only a mild headache.", "headache", "affirmed/recent/patient");
  }
}
