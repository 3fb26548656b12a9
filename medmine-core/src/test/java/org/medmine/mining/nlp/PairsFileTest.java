package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

class PairsFileTest {
  @TempDir Path dir;

  @Test
  void oneResultPerLineInOrderSkippingTheHeaderAndBlankLines() throws IOException {
    Path f = dir.resolve("pairs.tsv");
    Files.writeString(
        f,
        "sentence\ttarget\tgold\nDenies chest pain.\tchest pain\tnegated\n\n"
            + "Mother with breast cancer.\tbreast cancer\nHistory of asthma.\tasthma\n");
    List<PairsFile.PairResult> r = PairsFile.judge(f, TargetJudge.standard());
    assertThat(r).extracting(PairsFile.PairResult::line).containsExactly(2, 4, 5);
    assertThat(r.get(0).judgement().assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(r.get(1).judgement().experiencer()).isEqualTo(Experiencer.FAMILY);
    assertThat(r.get(2).judgement().temporality()).isEqualTo(Temporality.HISTORICAL);
  }

  @Test
  void aLineWithoutATargetNamesTheFileAndLine() throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "No fever.\tfever\nNo cough.\n");
    assertThatThrownBy(() -> PairsFile.judge(f, TargetJudge.standard()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("Line 2 of " + f)
        .hasMessageContaining("a tab, and the target phrase");
  }

  @Test
  void aTargetMissingFromItsSentenceIsAUserError() throws IOException {
    Path f = dir.resolve("missing.tsv");
    Files.writeString(f, "No fever.\tcough\n");
    assertThatThrownBy(() -> PairsFile.judge(f, TargetJudge.standard()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("Line 1")
        .hasMessageContaining("\"cough\" does not occur");
  }

  @Test
  void bytesThatAreNotUtf8AreAUserError() throws IOException {
    Path f = dir.resolve("latin1.tsv");
    Files.write(f, new byte[] {'N', 'o', ' ', (byte) 0xE9, '\t', 'N', 'o', '\n'});
    assertThatThrownBy(() -> PairsFile.judge(f, TargetJudge.standard()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not UTF-8");
  }
}
