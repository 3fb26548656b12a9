package org.medmine.bench.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baseline behaves as Chapman et al. 2001 describe NegEx, limits included, and the scoring
 * counts right.
 */
class NegExBaselineTest {
  private final NegExBaseline negex = NegExBaseline.standard();

  @Test
  void preAndPostPhrasesWithinFiveWords() {
    assertThat(negex.assertion("The patient denies chest pain.", "chest pain"))
        .isEqualTo("negated");
    assertThat(negex.assertion("Pneumonia was ruled out.", "pneumonia")).isEqualTo("negated");
    assertThat(negex.assertion("Rule out pneumonia.", "pneumonia")).isEqualTo("possible");
    assertThat(negex.assertion("Patient reports chest pain.", "chest pain")).isEqualTo("affirmed");
  }

  @Test
  void theWindowIsFiveWordsAndTheTermCountsAsOne() {
    assertThat(negex.assertion("No one two three four five fever.", "fever")).isEqualTo("negated");
    assertThat(negex.assertion("No one two three four five six fever.", "fever"))
        .isEqualTo("affirmed");
  }

  @Test
  void pseudoNegationsAreSkippedAndNoConjunctionEndsTheScope() {
    assertThat(negex.assertion("No increase in dyspnea.", "dyspnea")).isEqualTo("affirmed");
    // NegEx 2001 has no terminators: "but" does not stop the negation (ConText's would).
    assertThat(negex.assertion("Denies fever but has cough.", "cough")).isEqualTo("negated");
  }

  @Test
  void scoresCountTruePositivesFalsePositivesAndFalseNegatives() {
    ClassScores s =
        ClassScores.of(
            "assertion",
            "negated",
            List.of("negated", "negated", "affirmed", "affirmed"),
            List.of("negated", "affirmed", "negated", "affirmed"));
    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isEqualTo(0.5);
  }

  @Test
  void theGoldHalvesAreWellFormed() {
    for (String half : List.of("context-gold-dev.tsv", "context-gold-heldout.tsv")) {
      List<GoldPair> pairs = GoldPair.read(half);
      assertThat(pairs).hasSizeGreaterThanOrEqualTo(250);
      for (GoldPair p : pairs) {
        assertThat(p.sentence().toLowerCase()).as(p.sentence()).contains(p.target().toLowerCase());
        for (GoldPair.Dimension d : GoldPair.Dimension.values()) {
          assertThat(d.classes).as(p.sentence()).contains(p.label(d));
        }
      }
    }
    assertThat(GoldPair.read("context-gold-dev.tsv"))
        .doesNotContainAnyElementsOf(GoldPair.read("context-gold-heldout.tsv"));
  }
}
