package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The trigger families added in round 4 of the ConText work (docs/nlp.md): time cues, modal
 * uncertainty, future and instruction, stopping, isolation precautions; one test per family, on
 * sentences written for it.
 */
class TriggerFamiliesTest {
  private final TargetJudge judge = TargetJudge.standard();

  private Temporality time(String sentence, String target) {
    return judge.judge(sentence, target).temporality();
  }

  private Assertion assertion(String sentence, String target) {
    return judge.judge(sentence, target).assertion();
  }

  @Test
  void anAgeAfterAtIsATimeCueButAClockOrADoseIsNot() {
    assertThat(time("At 19 he was treated for gonorrhea.", "gonorrhea"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Her uncle had a stroke at 61.", "stroke")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Chest pain started at 3 pm.", "Chest pain")).isEqualTo(Temporality.RECENT);
    assertThat(time("Dyspnea at 2 liters of oxygen.", "Dyspnea")).isEqualTo(Temporality.RECENT);
  }

  @Test
  void decadesSchoolYearsAndStagesOfLifeAreTimeCues() {
    assertThat(time("Hepatitis A in the 1980s.", "Hepatitis A")).isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Diagnosed with dyslexia in middle school.", "dyslexia"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Drank heavily throughout his thirties.", "Drank heavily"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Anemia after her second pregnancy.", "Anemia"))
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(time("Rheumatic fever when she was a child.", "Rheumatic fever"))
        .isEqualTo(Temporality.HISTORICAL);
    // Saturations in the 90s are not a decade.
    assertThat(time("Hypoxia, saturations in the 80s.", "Hypoxia")).isEqualTo(Temporality.RECENT);
  }

  @Test
  void aBareYearRightAfterAMentionDatesIt() {
    assertThat(time("Appendectomy 2004, uncomplicated.", "Appendectomy"))
        .isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void aModalVerbOfMeaningIsUncertain() {
    assertThat(assertion("The opacity might represent atelectasis.", "atelectasis"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("These symptoms could be due to anemia.", "anemia"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Tremor, presumably essential tremor.", "essential tremor"))
        .isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void notYetExcludedAndAPossibilityAreUncertain() {
    assertThat(assertion("Endocarditis has not yet been excluded.", "Endocarditis"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Lyme disease remains a possibility.", "Lyme disease"))
        .isEqualTo(Assertion.POSSIBLE);
    assertThat(assertion("Leading consideration is viral myocarditis.", "viral myocarditis"))
        .isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void futurePassivesPlansAndNeedsAreHypothetical() {
    assertThat(assertion("A hemoglobin A1c is to be checked next month.", "hemoglobin A1c"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Ortho plans a rotator cuff repair in spring.", "rotator cuff repair"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("She may need dialysis in the future.", "dialysis"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("Watch the stoma for bleeding.", "bleeding"))
        .isEqualTo(Assertion.HYPOTHETICAL);
    assertThat(assertion("He was taught how to recognize hypoglycemia.", "hypoglycemia"))
        .isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void whatHasStoppedOrNotReturnedIsNegated() {
    assertThat(assertion("The vertigo has stopped.", "vertigo")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Her hiccups have not returned.", "hiccups")).isEqualTo(Assertion.NEGATED);
    assertThat(assertion("Serologies today exclude hepatitis B.", "hepatitis B"))
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void isolationPrecautionsDoNotMakeTheirOrganismHypothetical() {
    assertThat(assertion("Kept on droplet precautions for influenza.", "influenza"))
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void noneWithASpanOfTimeIsNotANegationOfWhatCameBefore() {
    assertThat(assertion("Remote heroin use, none in over ten years.", "heroin use"))
        .isEqualTo(Assertion.AFFIRMED);
  }
}
