package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicalTokenizerTest {
  private final ClinicalTokenizer tokenizer = ClinicalTokenizer.standard();

  private List<String> texts(String s) {
    return tokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void clinicalAbbreviationsWithPeriodsAndSlashesStayOneToken() {
    assertThat(texts("67 y.o. male s/p CABG, h/o DM, c/o CP, r/o MI"))
        .containsExactly(
            "67", "y.o.", "male", "s/p", "CABG", ",", "h/o", "DM", ",", "c/o", "CP", ",", "r/o",
            "MI");
    assertThat(texts("metoprolol 25 mg p.o. b.i.d. per Dr. Smith"))
        .containsExactly("metoprolol", "25", "mg", "p.o.", "b.i.d.", "per", "Dr.", "Smith");
  }

  @Test
  void anAbbreviationInsideAWordIsNotCutOut() {
    // "thesis" contains "s/p"-like letters nowhere, but "Mrs" must not take the "mr." of "Mr." out
    // of "Mrsa".
    assertThat(texts("MRSA screen")).containsExactly("MRSA", "screen");
    assertThat(texts("gaps/pauses")).containsExactly("gaps", "/", "pauses");
  }

  @Test
  void numbersKeepDecimalsRatiosAndPlus() {
    assertThat(texts("T 39.2, BP 152/94, strength 5/5, 2+ edema"))
        .containsExactly(
            "T", "39.2", ",", "BP", "152/94", ",", "strength", "5/5", ",", "2+", "edema");
  }

  @Test
  void hyphensSplitWordsAsJoiners() {
    List<Token> t = tokenizer.tokenize("non-tender");
    assertThat(t).extracting(Token::text).containsExactly("non", "-", "tender");
    assertThat(t.get(1).kind()).isEqualTo(Token.Kind.JOINER);
  }

  @Test
  void runTogetherSentencesSplitAtThePeriod() {
    assertThat(texts("Denies pain.Has nausea"))
        .containsExactly("Denies", "pain", ".", "Has", "nausea");
  }

  @Test
  void anInitialBeforeALowerCaseWordIsOneToken() {
    assertThat(texts("C. difficile colitis")).containsExactly("C.", "difficile", "colitis");
  }

  @Test
  void offsetsPointIntoTheText() {
    String s = "  h/o asthma";
    Token t = tokenizer.tokenize(s).get(1);
    assertThat(s.substring(t.start(), t.end())).isEqualTo("asthma");
    assertThat(t.lower()).isEqualTo("asthma");
  }
}
