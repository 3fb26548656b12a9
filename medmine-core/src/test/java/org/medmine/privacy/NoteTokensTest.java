package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens that survive clinical text: run-together vitals, names with apostrophes and hyphens,
 * all-caps notes.
 */
class NoteTokensTest {
  private static List<String> texts(NoteTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.text(i));
    }
    return out;
  }

  @Test
  void splitsRunTogetherVitalsAndKeepsNumbersWhole() {
    assertThat(texts(NoteTokens.of("BP120/80,HR72 ABG 7.43/41/88")))
        .containsExactly("BP", "120/80", ",", "HR", "72", "ABG", "7.43/41/88");
  }

  @Test
  void keepsApostrophesAndHyphensInsideWords() {
    NoteTokens t = NoteTokens.of("Mr. O'Brien, Swan-Ganz in place; Parkinson's.");
    assertThat(texts(t))
        .containsExactly(
            "Mr", ".", "O'Brien", ",", "Swan-Ganz", "in", "place", ";", "Parkinson's", ".");
    assertThat(t.shape(2)).isEqualTo(NoteTokens.Shape.MIXED);
    assertThat(t.shape(0)).isEqualTo(NoteTokens.Shape.CAPITALISED);
  }

  @Test
  void tellsAnAllCapsNoteFromAnAbbreviationInAMixedOne() {
    assertThat(
            NoteTokens.of("PT SEEN BY DR SMITH TODAY, SON AT BEDSIDE, PLAN TO D/C HOME.")
                .upperCaseNote())
        .isTrue();
    assertThat(
            NoteTokens.of("Pt seen by Dr Smith today in the ICU; BP stable on the floor.")
                .upperCaseNote())
        .isFalse();
  }

  @Test
  void knowsLineBreaksAndSentenceStarts() {
    NoteTokens t = NoteTokens.of("Seen.\nSmith called");
    assertThat(t.sentenceStart(2)).isTrue();
    assertThat(t.sameLine(0, 2)).isFalse();
    assertThat(t.sameLine(2, 3)).isTrue();
  }
}
