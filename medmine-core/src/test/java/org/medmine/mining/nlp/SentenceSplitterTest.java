package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    List<Token> tokens = ClinicalTokenizer.standard().tokenize(text);
    List<String> out = new ArrayList<>();
    for (int[] r : new SentenceSplitter().split(text, tokens)) {
      out.add(text.substring(tokens.get(r[0]).start(), tokens.get(r[1] - 1).end()));
    }
    return out;
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    assertThat(sentences("Pt is a 45 y.o. woman s/p TKR seen by Dr. Smith today. No fever."))
        .containsExactly("Pt is a 45 y.o. woman s/p TKR seen by Dr. Smith today.", "No fever.");
  }

  @Test
  void runTogetherTextSplits() {
    assertThat(sentences("Denies pain.Has nausea since last night"))
        .containsExactly("Denies pain.", "Has nausea since last night");
  }

  @Test
  void numberedListItemsAreSentencesEvenOnOneLine() {
    assertThat(sentences("Medications: 1. Metformin 500 mg BID 2. Lisinopril 10 mg daily"))
        .containsExactly("Medications: 1. Metformin 500 mg BID", "2. Lisinopril 10 mg daily");
  }

  @Test
  void lineBreaksEndListLinesButNotWrappedProse() {
    String text =
        "Allergies:\nPenicillin\nSulfa\nThe patient reports pain that\nradiates to the back";
    assertThat(sentences(text))
        .containsExactly(
            "Allergies:",
            "Penicillin",
            "Sulfa",
            "The patient reports pain that\nradiates to the back");
  }

  @Test
  void bulletsStartSentences() {
    assertThat(sentences("Plan:\n- start aspirin\n- follow up"))
        .containsExactly("Plan:", "- start aspirin", "- follow up");
  }

  @Test
  void decimalsAndQuestionMarks() {
    assertThat(sentences("Hgb 10.2 today. Pneumonia? Will treat."))
        .containsExactly("Hgb 10.2 today.", "Pneumonia?", "Will treat.");
  }

  @Test
  void aQuestionMarkThatOpensOrIsGluedToAWordDoesNotEndASentence() {
    assertThat(sentences("? early pneumonia on the film. Cough, ?asthma."))
        .containsExactly("? early pneumonia on the film.", "Cough, ?asthma.");
    assertThat(sentences("Fever, ? source. Rash?")).containsExactly("Fever, ? source.", "Rash?");
  }
}
