package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope rules and trigger families added in round 5 of the ConText work (docs/nlp.md), one test
 * per rule or family, on sentences written for it (none taken from a gold set).
 */
class ContextFamiliesRound5Test {
  private final TargetJudge judge = TargetJudge.standard();

  private ContextJudgement judged(String sentence, String target) {
    return judge.judge(sentence, target);
  }

  @Test
  void aTerminatorEndsWhatTheTerminatorsInsideItEnd() {
    // "; she" is matched whole, and still ends the negation as ";" does.
    assertThat(judged("No headache; she does report photophobia.", "photophobia").assertion())
        .isEqualTo(Assertion.AFFIRMED);
    // ", and he" is matched whole, and still returns the sentence to the patient as "he" does.
    assertThat(
            judged("His coworker had influenza last month, and he now has myalgias.", "myalgias")
                .experiencer())
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aSubjectPronounAfterARelativeWordStaysInThePeopleNounsClause() {
    assertThat(
            judged("A woman at the motel where he works has impetigo.", "impetigo").experiencer())
        .isEqualTo(Experiencer.OTHER);
  }

  @Test
  void whatFailedToEaseOrGoAwayIsStillThere() {
    for (String s :
        List.of(
            "Ibuprofen did not help the knee pain.",
            "The knee pain has not subsided.",
            "Naproxen hasn't touched the knee pain.")) {
      assertThat(judged(s, "knee pain").assertion()).as(s).isEqualTo(Assertion.AFFIRMED);
    }
    assertThat(judged("Not merely fatigue: she also has syncope.", "syncope").assertion())
        .isEqualTo(Assertion.AFFIRMED);
    assertThat(judged("There is no question that this is psoriasis.", "psoriasis").assertion())
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void absenceStatedAfterTheMentionNegatesIt() {
    assertThat(judged("Pulmonary embolism excluded by CTA.", "Pulmonary embolism").assertion())
        .isEqualTo(Assertion.NEGATED);
    assertThat(judged("The palpitations subsided overnight.", "palpitations").assertion())
        .isEqualTo(Assertion.NEGATED);
    // A drug stopped in a clause of its own is a past treatment, not an absent finding.
    assertThat(judged("Tried gabapentin, stopped for dizziness.", "gabapentin").assertion())
        .isEqualTo(Assertion.AFFIRMED);
  }

  @Test
  void beliefsSuggestionsAndQueriesAreUncertain() {
    for (String[] c :
        new String[][] {
          {"Felt to be a drug rash.", "drug rash"},
          {"It is doubtful that this is sarcoidosis.", "sarcoidosis"},
          {"Faint suggestion of a pleural effusion.", "pleural effusion"},
          {"Query early cellulitis.", "cellulitis"}
        }) {
      assertThat(judged(c[0], c[1]).assertion()).as(c[0]).isEqualTo(Assertion.POSSIBLE);
    }
  }

  @Test
  void invertedConditionsConsequencesAndVigilanceAreHypothetical() {
    for (String[] c :
        new String[][] {
          {"Should a fever develop, she will call the clinic.", "fever"},
          {"New chest pain should prompt an ED visit.", "chest pain"},
          {"High-dose steroids can result in osteoporosis.", "osteoporosis"},
          {"Cautioned that constipation is a common side effect.", "constipation"},
          {"Family will keep an eye out for jaundice.", "jaundice"},
          {"He is afraid of getting shingles again.", "shingles"},
          {"We discussed the possibility of a wound infection.", "wound infection"}
        }) {
      assertThat(judged(c[0], c[1]).assertion()).as(c[0]).isEqualTo(Assertion.HYPOTHETICAL);
    }
  }

  @Test
  void approximateAgesSpansRepeatsServiceAndDiagnosisYearsAreTimeCues() {
    for (String[] c :
        new String[][] {
          {"Tonsillectomy at around age 7.", "Tonsillectomy"},
          {"Migraines over the last 3 years.", "Migraines"},
          {"Eczema since infancy.", "Eczema"},
          {"Kidney stone twice before.", "Kidney stone"},
          {"Tinnitus from blast exposure during his deployment.", "Tinnitus"},
          {"Hypothyroidism diagnosed 2011, on levothyroxine.", "Hypothyroidism"},
          {"A nurse once noted a heart murmur.", "heart murmur"},
          {"She used to binge drink on weekends.", "binge drink"}
        }) {
      assertThat(judged(c[0], c[1]).temporality()).as(c[0]).isEqualTo(Temporality.HISTORICAL);
    }
    // Two weeks is recent.
    assertThat(judged("Cough over the past 2 weeks.", "Cough").temporality())
        .isEqualTo(Temporality.RECENT);
  }

  @Test
  void relativesAfterInOrAmongAndChildrenWithAPossessiveAreFamily() {
    assertThat(judged("Glaucoma in his paternal grandfather.", "Glaucoma").experiencer())
        .isEqualTo(Experiencer.FAMILY);
    assertThat(judged("His children both have asthma.", "asthma").experiencer())
        .isEqualTo(Experiencer.FAMILY);
    ContextJudgement none = judged("Melanoma: none among her siblings.", "Melanoma");
    assertThat(none.assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(none.experiencer()).isEqualTo(Experiencer.FAMILY);
    // A relative for whom something is recommended does not experience the finding.
    assertThat(
            judged(
                    "Cascade testing advised for his children given his Lynch syndrome.",
                    "Lynch syndrome")
                .experiencer())
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void formerSpousesMembersOfAGroupAndMorePeopleNounsAreOther() {
    for (String[] c :
        new String[][] {
          {"Her former husband has HIV.", "HIV"},
          {"Another resident on her floor has norovirus.", "norovirus"},
          {"His pastor was recently treated for tuberculosis.", "tuberculosis"},
          {"Mentor at the lab has COVID-19.", "COVID-19"}
        }) {
      assertThat(judged(c[0], c[1]).experiencer()).as(c[0]).isEqualTo(Experiencer.OTHER);
    }
  }
}
