package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medmine census} over a feed ingested by {@code medmine ingest}: the bed table, its JSON
 * document, names only when asked (CensusAppTest refuses them to a clinician), a bad moment
 * refused.
 */
class CensusCommandTest {
  @TempDir static Path dir;
  static Path warehouse;

  static String adt(
      String event, String control, String patient, String cls, String loc, String at) {
    return "MSH|^~\\&|ADT1|GHH|MEDMINE|GHH|"
        + at
        + "||ADT^"
        + event
        + "|"
        + control
        + "|P|2.5.1\rEVN|"
        + event
        + "|"
        + at
        + "||||"
        + at
        + "\rPID|1||"
        + patient
        + "^^^GHH^MR||DOE^JANE\rPV1|1|"
        + cls
        + "|"
        + loc
        + "|".repeat(16)
        + "V"
        + patient
        + "\r";
  }

  @BeforeAll
  static void feed() throws Exception {
    Path f = dir.resolve("feed.hl7");
    Files.writeString(
        f,
        adt("A04", "M1", "P1", "E", "ED^1^^GHH", "202403010800")
            + adt("A06", "M2", "P1", "I", "ED^1^^GHH", "202403010900")
            + adt("A01", "M3", "P2", "I", "4E^401^A^GHH", "202403011000")
            + adt("A02", "M4", "P1", "I", "4E^402^B^GHH", "202403011200"));
    warehouse = dir.resolve("w.duckdb");
    CliTest.Run r =
        CliTest.medmine("ingest", "-w", warehouse.toString(), f.toString(), "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void printsTheBedsAndItsJsonIsTheResult() throws Exception {
    CliTest.Run table = CliTest.medmine("census", "-w", warehouse.toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out())
        .startsWith("census at 2024-03-01T12:00 (latest event): 2 in beds in 1 units")
        .contains("4E", "P1", "P2")
        .doesNotContain("JANE");
    CliTest.Run json =
        CliTest.medmine(
            "census",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--as-of",
            "2024-03-01T11:00");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.get("asOf").asText()).isEqualTo("2024-03-01T11:00");
    assertThat(doc.get("inHouse").asInt()).isEqualTo(2);
    assertThat(doc.at("/boarding/boardingNow").asInt()).isEqualTo(1);
    assertThat(doc.at("/boarding/episodes/0/hours").asDouble()).isEqualTo(2.0);
    assertThat(doc.get("patients").get(0).has("name")).isFalse();
    assertThat(doc.has("run")).isTrue();
  }

  @Test
  void namesWhenAskedByAnAdmin() {
    CliTest.Run named = CliTest.medmine("census", "-w", warehouse.toString(), "--names");
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).contains("JANE DOE");
  }

  @Test
  void aMomentThatIsNotATimeIsAUserError() {
    CliTest.Run r = CliTest.medmine("census", "-w", warehouse.toString(), "--as-of", "tomorrow");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }
}
