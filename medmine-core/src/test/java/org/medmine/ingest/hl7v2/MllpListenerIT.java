package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.hl7v2.MllpTestClient.Ack;
import org.medmine.warehouse.Warehouse;

/**
 * The listener on a real socket (127.0.0.1, a free port) and a real warehouse: it acknowledges
 * after storing, answers a resent message as before without storing it twice (also after a
 * restart), rejects what it cannot store with AE or AR and the HL7 error code, quarantines it with
 * its raw text, and keeps going.
 */
class MllpListenerIT {
  @TempDir Path dir;
  private final List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void noWarehouseFailures() {
    assertThat(failures).as("warehouse failures while listening").isEmpty();
  }

  private static final MllpListener.Options OPTIONS =
      new MllpListener.Options("127.0.0.1", 0, "ghh", null);

  private static String admit(String control, String patient, String visit, String bed) {
    return Hl7MessageBuilder.adt("A01")
        .control(control)
        .eventAt("202401021000")
        .patient(patient)
        .visit(visit, "I", "4E", "401", bed)
        .text();
  }

  @Test
  void acknowledgesEachMessageAfterStoringIt() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    try (Warehouse warehouse = Warehouse.open(w.file())) {
      try (MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add);
          MllpTestClient c = new MllpTestClient(l.port())) {
        Ack a = c.send(admit("M1", "P1", "V1", "A"));
        assertThat(a.code()).isEqualTo("AA");
        assertThat(a.controlId()).isEqualTo("M1");
        Ack r =
            c.send(
                Hl7MessageBuilder.oru()
                    .control("M2")
                    .patient("P1")
                    .visit("V1", "I", null, null, null)
                    .order("F1", "24331-1", "Lipid panel")
                    .result("NM", "2093-3", "Cholesterol", "196", "mg/dL", "<200", "N", "F")
                    .text());
        assertThat(r.code()).isEqualTo("AA");
      }
    }
    assertThat(w.row("SELECT status, location_id FROM encounter"))
        .containsEntry("status", "in-progress")
        .containsEntry("location_id", "4E^401^A^GHH");
    assertThat(w.row("SELECT value_number, value_unit, reference_range_high FROM observation"))
        .containsEntry("value_number", 196.0)
        .containsEntry("value_unit", "mg/dL")
        .containsEntry("reference_range_high", 200.0);
    assertThat(w.count("SELECT count(*) FROM hl7v2_message WHERE status = 'stored'")).isEqualTo(2);
  }

  @Test
  void aResentMessageIsAnsweredAsBeforeAndStoredOnceAlsoAfterARestart() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    String transfer =
        Hl7MessageBuilder.adt("A02")
            .control("M2")
            .eventAt("202401031000")
            .patient("P1")
            .visit("V1", "I", "5W", "510", "B")
            .text();
    try (Warehouse warehouse = Warehouse.open(w.file())) {
      try (MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add);
          MllpTestClient c = new MllpTestClient(l.port())) {
        assertThat(c.send(admit("M1", "P1", "V1", "A")).code()).isEqualTo("AA");
        assertThat(c.send(transfer).code()).isEqualTo("AA");
        assertThat(c.send(transfer).code()).isEqualTo("AA");
        assertThat(l.stats().counts().duplicates()).isEqualTo(1);
      }
      try (MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add);
          MllpTestClient c = new MllpTestClient(l.port())) {
        assertThat(c.send(transfer).code()).isEqualTo("AA");
        assertThat(l.stats().counts().duplicates()).isEqualTo(1);
        assertThat(l.stats().counts().stored()).isZero();
      }
    }
    assertThat(w.count("SELECT count(*) FROM encounter_location")).isEqualTo(2);
    assertThat(w.count("SELECT count(*) FROM hl7v2_message")).isEqualTo(2);
  }

  @Test
  void whatCannotBeStoredIsRejectedWithItsReasonQuarantinedAndTheListenerGoesOn() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    byte[] latin1 =
        Hl7MessageBuilder.adt("A01")
            .control("E4")
            .charset("UNICODE UTF-8")
            .patient("P9")
            .name("GARCÍA", "JOSÉ")
            .visit("V9", "E", "ED", "1", null)
            .text()
            .getBytes(StandardCharsets.ISO_8859_1);
    List<Ack> acks = new ArrayList<>();
    try (Warehouse warehouse = Warehouse.open(w.file())) {
      try (MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add);
          MllpTestClient c = new MllpTestClient(l.port())) {
        acks.add(
            c.send(
                Hl7MessageBuilder.adt("A01")
                    .version("2.1")
                    .control("E1")
                    .patient("P1")
                    .visit("V1", "I", "4E", "1", null)
                    .text()));
        acks.add(c.send(Hl7MessageBuilder.of("MDM", "T02").control("E2").patient("P1").text()));
        acks.add(
            c.send(
                Hl7MessageBuilder.adt("A01")
                    .control("E3")
                    .patient("")
                    .visit("V3", "I", "4E", "1", null)
                    .text()));
        acks.add(c.send(latin1));
        acks.add(
            c.send(
                Hl7MessageBuilder.oru()
                    .control("E5")
                    .patient("P1")
                    .order("F1", "2093-3", "Chol")
                    .result("NM", "2093-3", "Cholesterol", "high", "mg/dL", null, null, "F")
                    .text()));
        acks.add(c.send("this is not HL7"));
        acks.add(c.send(admit("OK1", "P1", "V1", "A")));
      }
      try (MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add)) {
        try (MllpTestClient c = new MllpTestClient(l.port())) {
          String cut = admit("T1", "P2", "V2", "B");
          c.sendRaw(
              ("\u000b" + cut.substring(0, cut.length() / 2)).getBytes(StandardCharsets.US_ASCII));
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (l.stats().answered() < 1 && System.nanoTime() < deadline) {
          Thread.sleep(10); // the connection closed mid-frame: what it sent is read and quarantined
        }
      }
    }
    assertThat(acks)
        .extracting(Ack::code)
        .containsExactly("AR", "AR", "AE", "AE", "AE", "AE", "AA");
    assertThat(acks)
        .extracting(Ack::errorCode)
        .containsExactly("203", "200", "101", "102", "102", "100", null);
    assertThat(acks.get(0).errorText()).contains("version '2.1'");
    assertThat(acks.get(2).errorText()).contains("PID-3");
    assertThat(acks.get(3).errorText()).contains("is not UTF-8").contains("UNICODE UTF-8");
    assertThat(acks.get(4).errorText()).contains("'high' is not a number");
    var quarantined =
        w.rows("SELECT coalesce(resource_id, '-') AS id, reason, raw_text FROM quarantine");
    assertThat(quarantined)
        .extracting(q -> q.get("id"))
        .containsExactlyInAnyOrder("E1", "E3", "E4", "E5", "-", "T1");
    assertThat(raw(quarantined, "E4")).contains("GARC\u00cdA");
    assertThat(raw(quarantined, "-")).isEqualTo("this is not HL7");
    assertThat(
            quarantined.stream()
                .filter(q -> q.get("id").equals("T1"))
                .findFirst()
                .orElseThrow()
                .get("reason"))
        .asString()
        .contains("truncated");
    assertThat(w.row("SELECT status FROM encounter WHERE id = 'V1'"))
        .containsEntry("status", "in-progress");
    assertThat(w.rows("SELECT control_id, status, ack_code FROM hl7v2_message ORDER BY sequence"))
        .extracting(m -> m.get("control_id") + " " + m.get("status") + " " + m.get("ack_code"))
        .containsExactly(
            "E1 quarantined AR",
            "E2 skipped AR",
            "E3 quarantined AE",
            "E4 quarantined AE",
            "E5 quarantined AE",
            "OK1 stored AA",
            "T1 quarantined AE");
  }

  private static String raw(java.util.List<java.util.Map<String, Object>> rows, String id) {
    return rows.stream()
        .filter(q -> q.get("id").equals(id))
        .findFirst()
        .orElseThrow()
        .get("raw_text")
        .toString();
  }

  @Test
  void aSenderMaySendAheadAndGetsItsAcknowledgmentsInOrder() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    int n = 300;
    List<String> controlIds = new ArrayList<>();
    try (Warehouse warehouse = Warehouse.open(w.file());
        MllpListener l = MllpListener.start(warehouse, OPTIONS, failures::add);
        MllpTestClient c = new MllpTestClient(l.port())) {
      for (int i = 0; i < n; i++) {
        c.sendOnly(
            admit("P" + i, "PAT" + i, "VIS" + i, "B" + i).getBytes(StandardCharsets.US_ASCII));
      }
      for (int i = 0; i < n; i++) {
        Ack a = c.receive();
        assertThat(a.code()).isEqualTo("AA");
        controlIds.add(a.controlId());
      }
      assertThat(l.stats().counts().commits())
          .as("messages sent ahead share commits")
          .isLessThan(n);
    }
    assertThat(controlIds)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, n).mapToObj(i -> "P" + i).toList());
    assertThat(w.count("SELECT count(*) FROM encounter_location WHERE end_time IS NULL"))
        .isEqualTo(n);
  }
}
