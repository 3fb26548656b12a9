package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmine.ingest.IngestResult;

/**
 * Files of messages: segment separators {@code \r}, {@code \n} or {@code \r\n}, MLLP-framed or not,
 * FHS/BHS batches; read = stored + quarantined + skipped; quarantine names the file and the message
 * number; a second ingest of the same file changes nothing.
 */
class Hl7v2FilesTest {
  @TempDir Path dir;

  private static String[] day() {
    return new String[] {
      Hl7MessageBuilder.adt("A01")
          .control("M1")
          .eventAt("202401021000")
          .patient("P1")
          .visit("V1", "I", "4E", "401", "A")
          .text(),
      Hl7MessageBuilder.adt("A02")
          .control("M2")
          .eventAt("202401031000")
          .patient("P1")
          .visit("V1", "I", "5W", "510", "B")
          .text(),
      Hl7MessageBuilder.adt("A03")
          .control("M3")
          .eventAt("202401041000")
          .patient("P1")
          .visit("V1", "I", "5W", "510", "B")
          .text()
    };
  }

  @ParameterizedTest(name = "separator {0}")
  @ValueSource(strings = {"\r", "\n", "\r\n"})
  void anySegmentSeparatorReadsTheSame(String separator) {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r = w.ingestText(Hl7MessageBuilder.file(separator, day()));
    assertThat(r.stored()).isEqualTo(3);
    assertThat(w.count("SELECT count(*) FROM encounter_location")).isEqualTo(2);
  }

  @Test
  void mllpFramedMessagesInAFileAreRead() {
    StringBuilder framed = new StringBuilder();
    for (String m : day()) {
      framed.append('\u000b').append(m).append("\u001c\r");
    }
    IngestResult r = new Hl7v2Warehouse(dir).ingestText(framed.toString());
    assertThat(r.read()).isEqualTo(3);
    assertThat(r.stored()).isEqualTo(3);
  }

  @Test
  void aBatchIsReadAndATrailerCountThatDiffersIsQuarantined() {
    String[] d = day();
    String batch =
        "FHS|^~\\&|ADT1|GHH\rBHS|^~\\&|ADT1|GHH\r"
            + d[0]
            + d[1]
            + "BTS|2\r"
            + "BHS|^~\\&|ADT1|GHH\r"
            + d[2]
            + "BTS|5\rFTS|2\r";
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r = w.ingestText(batch);
    assertThat(r.stored()).isEqualTo(3);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(w.row("SELECT position_kind, reason FROM quarantine"))
        .containsEntry("position_kind", "batch")
        .extractingByKey("reason")
        .asString()
        .contains("BTS-1 says the batch holds 5 messages, but it holds 1");
  }

  @Test
  void everyMessageIsStoredQuarantinedOrSkippedAndASecondIngestChangesNothing() {
    String[] d = day();
    String file =
        Hl7MessageBuilder.file(
            "\r",
            d[0],
            Hl7MessageBuilder.of("SIU", "S12").control("S1").patient("P1").text(),
            Hl7MessageBuilder.adt("A20").control("S2").patient("P1").text(),
            Hl7MessageBuilder.adt("A01")
                .control("Q1")
                .patient("P2")
                .visit("V2", "I", "4E", "402", "A")
                .pv1(44, "20241399")
                .text(),
            d[1],
            d[2]);
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult first = w.ingestText(file);
    assertThat(first.read()).isEqualTo(6);
    assertThat(first.stored()).isEqualTo(3);
    assertThat(first.quarantined()).isEqualTo(1);
    assertThat(first.skipped()).isEqualTo(2);
    assertThat(first.skippedByType()).containsEntry("SIU^S12", 1L).containsEntry("ADT^A20", 1L);
    var q =
        w.row(
            "SELECT file, position, position_kind, resource_type, resource_id, reason, raw_text FROM quarantine");
    assertThat(q)
        .containsEntry("position", 4L)
        .containsEntry("position_kind", "message")
        .containsEntry("resource_type", "ADT^A01")
        .containsEntry("resource_id", "Q1");
    assertThat(q.get("file").toString()).endsWith("feed-1.hl7");
    assertThat(q.get("reason").toString()).startsWith("PV1-44: '20241399' is not an HL7 date/time");
    assertThat(q.get("raw_text").toString())
        .startsWith("MSH|^~\\&|ADT1|GHH")
        .contains("PV1|1|I|4E^402^A^GHH");
    var before = w.rows("SELECT * FROM encounter_location ORDER BY id");

    IngestResult second = w.ingestBytes(file.getBytes(StandardCharsets.UTF_8));
    assertThat(second.read()).isEqualTo(6);
    assertThat(second.stored()).isZero();
    assertThat(second.skippedByType()).containsEntry("message received before (MSH-10)", 6L);
    assertThat(w.rows("SELECT * FROM encounter_location ORDER BY id")).isEqualTo(before);
    assertThat(w.count("SELECT count(*) FROM quarantine")).isEqualTo(1);
    assertThat(w.count("SELECT count(*) FROM ingest_run WHERE format = 'hl7v2'")).isEqualTo(2);
  }
}
