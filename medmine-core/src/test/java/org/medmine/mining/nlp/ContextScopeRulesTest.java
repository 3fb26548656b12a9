package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scope rules added in round 4 of the ConText work (docs/nlp.md), one test per rule, on
 * sentences written for it.
 */
class ContextScopeRulesTest {
  private final TargetJudge judge = TargetJudge.standard();

  @Test
  void aFrontedExceptionKeepsItsMentionFromALaterNegation() {
    ContextJudgement j =
        judge.judge("Apart from a dry cough, the review is negative.", "dry cough");
    assertThat(j.assertion()).isEqualTo(Assertion.AFFIRMED);
    assertThat(judge.judge("Except for itching, ROS otherwise negative.", "itching").assertion())
        .isEqualTo(Assertion.AFFIRMED);
    // The rest of the sentence is still negated by it.
    assertThat(judge.judge("Besides a rash, no fever and no chills.", "chills").assertion())
        .isEqualTo(Assertion.NEGATED);
  }

  @Test
  void aTwoWayPossibilityThatOpensAClauseReachesForwardOnly() {
    String s = "Impression: bronchitis, less likely early pneumonia.";
    assertThat(judge.judge(s, "bronchitis").assertion()).isEqualTo(Assertion.AFFIRMED);
    assertThat(judge.judge(s, "pneumonia").assertion()).isEqualTo(Assertion.POSSIBLE);
    // Closing its clause it still looks back.
    assertThat(judge.judge("Early pneumonia, less likely.", "pneumonia").assertion())
        .isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void theFirstOfTwoPeopleNounsJoinedByAPrepositionNamesTheExperiencer() {
    assertThat(judge.judge("A teammate of her brother has mumps.", "mumps").experiencer())
        .isEqualTo(Experiencer.OTHER);
    assertThat(judge.judge("A coworker of his wife has pertussis.", "pertussis").experiencer())
        .isEqualTo(Experiencer.OTHER);
    // Not joined so, the relative still names the experiencer.
    assertThat(judge.judge("Her friend says her brother has mumps.", "mumps").experiencer())
        .isEqualTo(Experiencer.FAMILY);
  }

  @Test
  void aPronounRightAfterAPeopleNounOpensARelativeClause() {
    assertThat(judge.judge("The woman she rooms with has lice.", "lice").experiencer())
        .isEqualTo(Experiencer.OTHER);
    // A pronoun farther on still ends the relative's scope.
    assertThat(judge.judge("His mother visited and he has gout.", "gout").experiencer())
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aLongerTerminatorStartingWithASubjectPronounStillEndsAPersonsScope() {
    // "he has" ends assertions; the pronoun in it ends the relative's scope as well.
    assertThat(judge.judge("Her sister is well and she has a cold.", "cold").experiencer())
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void genericPeopleNounsWithADeterminerAreOtherPeople() {
    assertThat(judge.judge("A man in his building has tuberculosis.", "tuberculosis").experiencer())
        .isEqualTo(Experiencer.OTHER);
    assertThat(judge.judge("The person who sat next to her had measles.", "measles").experiencer())
        .isEqualTo(Experiencer.OTHER);
    // The patient's own description is not another person.
    assertThat(judge.judge("She is a woman with asthma.", "asthma").experiencer())
        .isEqualTo(Experiencer.PATIENT);
  }

  @Test
  void aRelativeWhoReceivesSomethingIsNotTheExperiencer() {
    String s = "Epinephrine pens given to his father for any future anaphylaxis.";
    ContextJudgement j = judge.judge(s, "anaphylaxis");
    assertThat(j.experiencer()).isEqualTo(Experiencer.PATIENT);
    assertThat(j.assertion()).isEqualTo(Assertion.HYPOTHETICAL);
  }

  @Test
  void nobodyInTheHomeIsFamilyAndNegated() {
    ContextJudgement j = judge.judge("No one else in the house has diarrhea.", "diarrhea");
    assertThat(j.assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(j.experiencer()).isEqualTo(Experiencer.FAMILY);
  }
}
