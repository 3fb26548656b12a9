package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestResult;

/**
 * A40 merges patients, re-pointing every row; A17 swaps two patients' beds; A08 updates without
 * erasing.
 */
class PatientEventsTest {
  @TempDir Path dir;

  private static String admit(
      String control, String patient, String visit, String room, String bed) {
    return Hl7MessageBuilder.adt("A01")
        .control(control)
        .eventAt("202401021000")
        .patient(patient)
        .visit(visit, "I", "4E", room, bed)
        .text();
  }

  @Test
  void mergeRePointsEveryRowOfTheMergedPatient() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        Hl7MessageBuilder.adt("A01")
            .control("M1")
            .eventAt("202401021000")
            .patient("OLD")
            .name("DOE", "JANE")
            .born("19800101")
            .pid(13, "(555)555-0101")
            .visit("V1", "I", "4E", "401", "A")
            .text(),
        Hl7MessageBuilder.oru()
            .control("M2")
            .patient("OLD")
            .visit("V1", "I", null, null, null)
            .order("F1", "2093-3", "Chol")
            .result("NM", "2093-3", "Cholesterol", "190", "mg/dL", null, null, "F")
            .text(),
        Hl7MessageBuilder.vxu()
            .control("M3")
            .patient("OLD")
            .vaccine("IZ1", "08", "HepB", "20240101", null)
            .text(),
        admit("M4", "NEW", "V2", "402", "B"));
    IngestResult merge =
        w.ingest(
            Hl7MessageBuilder.adt("A40")
                .control("M5")
                .patient("NEW")
                .name("DOE", "JANE")
                .born("19800101")
                .mergedFrom("OLD")
                .text());
    assertThat(merge.stored()).isEqualTo(1);
    assertThat(w.rows("SELECT id, phone FROM patient"))
        .containsExactly(java.util.Map.of("id", "NEW", "phone", "(555)555-0101"));
    for (String table :
        new String[] {"encounter", "encounter_location", "observation", "immunization"}) {
      assertThat(w.count("SELECT count(*) FROM " + table + " WHERE patient_id = 'OLD'"))
          .as(table)
          .isZero();
    }
    assertThat(w.count("SELECT count(*) FROM encounter WHERE patient_id = 'NEW'")).isEqualTo(2);
    assertThat(w.count("SELECT count(*) FROM observation WHERE patient_id = 'NEW'")).isEqualTo(1);
    assertThat(w.count("SELECT count(*) FROM immunization WHERE patient_id = 'NEW'")).isEqualTo(1);
    assertThat(w.count("SELECT count(*) FROM encounter_location WHERE patient_id = 'NEW'"))
        .isEqualTo(2);
  }

  @Test
  void mergeOfAPatientMedmineDoesNotHoldIsQuarantined() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r =
        w.ingest(
            admit("M1", "NEW", "V1", "401", "A"),
            Hl7MessageBuilder.adt("A40").control("M2").patient("NEW").mergedFrom("NOBODY").text());
    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(w.row("SELECT position, reason FROM quarantine"))
        .containsEntry("position", 2L)
        .extractingByKey("reason")
        .asString()
        .contains("MRG-1")
        .contains("NOBODY");
  }

  @Test
  void swapMovesEachPatientToTheOthersBed() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        admit("M1", "P1", "V1", "401", "A"),
        admit("M2", "P2", "V2", "402", "B"),
        Hl7MessageBuilder.adt("A17")
            .control("M3")
            .eventAt("202401031000")
            .patient("P1")
            .visit("V1", "I", "4E", "402", "B")
            .patient("P2")
            .visit("V2", "I", "4E", "401", "A")
            .text());
    assertThat(
            w.rows(
                "SELECT patient_id, location_id FROM encounter_location WHERE end_time IS NULL ORDER BY patient_id"))
        .containsExactly(
            java.util.Map.of("patient_id", "P1", "location_id", "4E^402^B^GHH"),
            java.util.Map.of("patient_id", "P2", "location_id", "4E^401^A^GHH"));
    assertThat(w.count("SELECT count(*) FROM encounter_location")).isEqualTo(4);
  }

  @Test
  void anUpdateChangesWhatItSaysAndClearsOnlyExplicitNulls() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        Hl7MessageBuilder.adt("A01")
            .control("M1")
            .patient("P1")
            .name("DOE", "JANE")
            .pid(13, "(555)555-0101")
            .pid(16, "S")
            .visit("V1", "I", "4E", "401", "A")
            .text(),
        Hl7MessageBuilder.adt("A08")
            .control("M2")
            .patient("P1")
            .pid(11, "9 ELM ST^^DURHAM^NC^27701")
            .pid(16, "\"\"")
            .visit("V1", "I", "4E", "401", "A")
            .text());
    assertThat(w.row("SELECT family_name, phone, city, marital_status FROM patient"))
        .containsEntry("family_name", "DOE")
        .containsEntry("phone", "(555)555-0101")
        .containsEntry("city", "DURHAM")
        .containsEntry("marital_status", null);
    assertThat(w.row("SELECT status FROM encounter")).containsEntry("status", "in-progress");
  }

  @Test
  void aVisitOwnedByAnotherPatientIsRefusedUntilTheyAreMerged() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r =
        w.ingest(
            admit("M1", "P1", "V1", "401", "A"),
            Hl7MessageBuilder.adt("A02")
                .control("M2")
                .patient("P2")
                .visit("V1", "I", "5W", "510", "A")
                .text());
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(w.row("SELECT reason FROM quarantine").get("reason").toString())
        .contains("belongs to patient P1");
    assertThat(w.row("SELECT location_id FROM encounter"))
        .containsEntry("location_id", "4E^401^A^GHH");
  }
}
