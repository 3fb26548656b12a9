package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/**
 * {@code medmine nlp} in its three modes: over the warehouse (note_concept written, counts and
 * throughput printed), over text files (their mentions), and over sentence/target pairs (one JSON
 * result per input line, in order, with assertion, temporality and experiencer); bad input is one
 * sentence and exit 2.
 */
class NlpCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void overTheWarehouseItWritesNoteConceptAndReportsCountsAndThroughput() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    String w = dir.resolve("w.duckdb").toString();
    Path html = dir.resolve("nlp.html");
    CliTest.Run r =
        CliTest.medmine(
            "nlp",
            "-w",
            w,
            "--threads",
            "2",
            "--format",
            "json",
            "--plaintext",
            "--html",
            html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("table").asText()).isEqualTo("note_concept");
    assertThat(doc.get("notes").asLong()).isGreaterThan(1000);
    assertThat(doc.get("rowsWritten").asLong())
        .isEqualTo(doc.get("mentions").asLong())
        .isPositive();
    long byAssertion = 0;
    for (JsonNode n : doc.get("judgements").get("assertion")) {
      byAssertion += n.asLong();
    }
    assertThat(byAssertion).isEqualTo(doc.get("mentions").asLong());
    assertThat(doc.get("judgements").get("assertion").get("negated").asLong()).isPositive();
    assertThat(doc.get("throughput").get("threads").asInt()).isEqualTo(2);
    assertThat(doc.get("throughput").get("notesPerSecond").asDouble()).isPositive();
    assertThat(doc.get("topConcepts")).hasSize(10);
    assertThat(doc.get("examples")).isNotEmpty();
    assertThat(doc.get("mentalHealth")).isNotEmpty();
    assertThat(doc.get("run").get("app").asText()).isEqualTo("nlp");
    assertThat(Files.readString(html)).contains("Clinical NLP", "notes/s", "note_concept");
    CliTest.Run text = CliTest.medmine("nlp", "-w", w, "--threads", "1");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("rows of note_concept", "notes/s", "Most mentioned concepts");
  }

  @Test
  void textFilesArePrintedWithTheirMentions() throws Exception {
    Path note = dir.resolve("note.txt");
    Files.writeString(
        note,
        "HPI: 54 y.o. man c/o chest pain, denies fever.\n"
            + "Family history: mother with breast cancer.\n");
    CliTest.Run r = CliTest.medmine("nlp", "--text", note.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode mentions = JSON.readTree(r.out()).get("files").get(0).get("mentions");
    List<String> seen = new ArrayList<>();
    for (JsonNode m : mentions) {
      seen.add(
          m.get("text").asText()
              + " "
              + m.get("assertion").asText()
              + " "
              + m.get("experiencer").asText());
    }
    assertThat(seen)
        .containsExactly(
            "chest pain affirmed patient",
            "fever negated patient",
            "breast cancer affirmed family");
    CliTest.Run table = CliTest.medmine("nlp", "--text", note.toString());
    assertThat(table.out()).contains("3 mentions", "FAMILY_HISTORY", "[negated:, denies]");
  }

  @Test
  void pairsGiveOneJsonResultPerLineInOrder() throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(
        pairs,
        "sentence\ttarget\tgold\n"
            + "The patient denies chest pain.\tchest pain\tnegated\n"
            + "Mother has diabetes.\tdiabetes\taffirmed\n"
            + "\n"
            + "Rule out pneumonia.\tpneumonia\tpossible\n"
            + "Return if fever develops.\tfever\thypothetical\n"
            + "History of MI in 2010.\tMI\taffirmed\n");
    CliTest.Run r = CliTest.medmine("nlp", "--pairs", pairs.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode results = JSON.readTree(r.out()).get("pairs");
    List<String> got = new ArrayList<>();
    for (JsonNode p : results) {
      assertThat(p.has("triggers")).isTrue();
      got.add(
          p.get("line").asInt()
              + " "
              + p.get("target").asText()
              + " "
              + p.get("assertion").asText()
              + " "
              + p.get("temporality").asText()
              + " "
              + p.get("experiencer").asText());
    }
    assertThat(got)
        .containsExactly(
            "2 chest pain negated recent patient",
            "3 diabetes affirmed recent family",
            "5 pneumonia possible recent patient",
            "6 fever hypothetical recent patient",
            "7 MI affirmed historical patient");
  }

  @Test
  void badInputIsOneSentenceAndExitTwo() throws Exception {
    Path noTarget = dir.resolve("no-target.tsv");
    Files.writeString(noTarget, "Denies cough.\tcough\nno tab on this line\n");
    Path notThere = dir.resolve("absent.tsv");
    Files.writeString(notThere, "Denies cough.\tfever\n");
    Path note = dir.resolve("n.txt");
    Files.writeString(note, "Cough.");
    assertUserError(
        CliTest.medmine("nlp", "--pairs", noTarget.toString()), "Line 2 of", "has no target");
    assertUserError(
        CliTest.medmine("nlp", "--pairs", notThere.toString()),
        "Line 1 of",
        "does not occur in its sentence");
    assertUserError(
        CliTest.medmine("nlp", "--text", dir.resolve("missing.txt").toString()), "No such file");
    assertUserError(
        CliTest.medmine("nlp", "--pairs", dir.resolve("missing.tsv").toString()), "No such file");
    assertUserError(
        CliTest.medmine("nlp", "--text", note.toString(), "--pairs", noTarget.toString()),
        "not both");
    assertUserError(CliTest.medmine("nlp", "--threads", "0"), "--threads must be between");
  }

  private static void assertUserError(CliTest.Run r, String... parts) {
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains(parts).doesNotContain("Exception", "\tat ");
  }
}
