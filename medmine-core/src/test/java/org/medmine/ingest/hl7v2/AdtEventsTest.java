package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestResult;

/**
 * ADT events change the encounter and its location history as HL7 v2.5 chapter 3 defines them:
 * admit, transfer, discharge, and the cancel events A11, A12 and A13 undo theirs.
 */
class AdtEventsTest {
  @TempDir Path dir;

  private static Hl7MessageBuilder admit(String control, String at) {
    return Hl7MessageBuilder.adt("A01")
        .control(control)
        .eventAt(at)
        .patient("P1")
        .name("EVERYMAN", "ADAM")
        .born("19610615")
        .sex("M")
        .visit("V1", "I", "4E", "401", "A")
        .pv1(44, at)
        .pv1(7, "004777^ATTEND^AARON");
  }

  private static Hl7MessageBuilder transfer(String control, String at, String room, String bed) {
    return Hl7MessageBuilder.adt("A02")
        .control(control)
        .eventAt(at)
        .patient("P1")
        .visit("V1", "I", "5W", room, bed);
  }

  @Test
  void admitTransferDischargeMakeThreeMovesOfOneEncounter() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r =
        w.ingest(
            admit("M1", "202401021000").text(),
            transfer("M2", "202401031200", "510", "B").text(),
            Hl7MessageBuilder.adt("A03")
                .control("M3")
                .eventAt("202401051530")
                .patient("P1")
                .visit("V1", "I", "5W", "510", "B")
                .pv1(36, "01")
                .pv1(45, "202401051530")
                .text());
    assertThat(r.read()).isEqualTo(3);
    assertThat(r.stored()).isEqualTo(3);
    var encounter = w.row("SELECT * FROM encounter WHERE source = 'ghh'");
    assertThat(encounter)
        .containsEntry("id", "V1")
        .containsEntry("patient_id", "P1")
        .containsEntry("class_code", "IMP")
        .containsEntry("class", "inpatient")
        .containsEntry("status", "finished")
        .containsEntry("start_time", "2024-01-02T10:00")
        .containsEntry("end_time", "2024-01-05T15:30")
        .containsEntry("location_id", "5W^510^B^GHH")
        .containsEntry("provider_id", "004777")
        .containsEntry("discharge_disposition_code", "01");
    var stays =
        w.rows(
            "SELECT location_id, point_of_care, room, bed, status, start_time, end_time, event_code"
                + " FROM encounter_location ORDER BY start_time");
    assertThat(stays).hasSize(2);
    assertThat(stays.get(0))
        .containsEntry("location_id", "4E^401^A^GHH")
        .containsEntry("status", "completed")
        .containsEntry("start_time", "2024-01-02T10:00")
        .containsEntry("end_time", "2024-01-03T12:00")
        .containsEntry("event_code", "A01");
    assertThat(stays.get(1))
        .containsEntry("point_of_care", "5W")
        .containsEntry("room", "510")
        .containsEntry("bed", "B")
        .containsEntry("status", "completed")
        .containsEntry("start_time", "2024-01-03T12:00")
        .containsEntry("end_time", "2024-01-05T15:30")
        .containsEntry("event_code", "A02");
    assertThat(w.row("SELECT * FROM patient"))
        .containsEntry("id", "P1")
        .containsEntry("family_name", "EVERYMAN")
        .containsEntry("given_name", "ADAM")
        .containsEntry("birth_date", "1961-06-15")
        .containsEntry("sex", "male")
        .containsEntry("mrn", "P1");
    assertThat(w.rows("SELECT id, physical_type, part_of_id FROM location ORDER BY id"))
        .extracting(m -> m.get("id"))
        .contains("^^^GHH", "4E^^^GHH", "4E^401^^GHH", "4E^401^A^GHH", "5W^510^B^GHH");
  }

  @Test
  void admittingAnEmergencyPatientWhereTheyLieOpensAStayThereWithTheEvent() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        Hl7MessageBuilder.adt("A04")
            .control("M1")
            .eventAt("202401020800")
            .patient("P1")
            .visit("V1", "E", "ED", "3", null)
            .text(),
        Hl7MessageBuilder.adt("A06")
            .control("M2")
            .eventAt("202401020930")
            .patient("P1")
            .visit("V1", "I", "ED", "3", null)
            .text(),
        Hl7MessageBuilder.adt("A08")
            .control("M3")
            .eventAt("202401021000")
            .patient("P1")
            .visit("V1", "I", "ED", "3", null)
            .text());
    var stays =
        w.rows(
            "SELECT location_id, status, start_time, end_time, event_code FROM encounter_location"
                + " ORDER BY start_time");
    assertThat(stays)
        .extracting(s -> s.get("event_code") + " " + s.get("start_time") + "-" + s.get("end_time"))
        .containsExactly("A04 2024-01-02T08:00-2024-01-02T09:30", "A06 2024-01-02T09:30-null");
    assertThat(stays).extracting(s -> s.get("location_id")).containsOnly("ED^3^^GHH");
    assertThat(w.row("SELECT class_code, location_id FROM encounter"))
        .containsEntry("class_code", "IMP")
        .containsEntry("location_id", "ED^3^^GHH");
  }

  @Test
  void cancelledAdmissionLeavesACancelledEncounterWithNoStay() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        admit("M1", "202401021000").text(),
        Hl7MessageBuilder.adt("A11")
            .control("M2")
            .eventAt("202401021030")
            .patient("P1")
            .visit("V1", "I", "4E", "401", "A")
            .text());
    assertThat(w.row("SELECT status, location_id, end_time FROM encounter"))
        .containsEntry("status", "cancelled")
        .containsEntry("location_id", null)
        .containsEntry("end_time", null);
    assertThat(w.count("SELECT count(*) FROM encounter_location")).isZero();
  }

  @Test
  void cancelledTransferReopensTheStayBeforeIt() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        admit("M1", "202401021000").text(),
        transfer("M2", "202401031200", "510", "B").text(),
        Hl7MessageBuilder.adt("A12")
            .control("M3")
            .eventAt("202401031300")
            .patient("P1")
            .visit("V1", "I", "4E", "401", "A")
            .text());
    assertThat(w.row("SELECT status, location_id FROM encounter"))
        .containsEntry("status", "in-progress")
        .containsEntry("location_id", "4E^401^A^GHH");
    var stays = w.rows("SELECT location_id, status, end_time FROM encounter_location");
    assertThat(stays).hasSize(1);
    assertThat(stays.get(0))
        .containsEntry("location_id", "4E^401^A^GHH")
        .containsEntry("status", "active")
        .containsEntry("end_time", null);
  }

  @Test
  void cancelledDischargePutsThePatientBackInTheirBed() {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    w.ingest(
        admit("M1", "202401021000").text(),
        Hl7MessageBuilder.adt("A03")
            .control("M2")
            .eventAt("202401041000")
            .patient("P1")
            .visit("V1", "I", "4E", "401", "A")
            .text(),
        Hl7MessageBuilder.adt("A13")
            .control("M3")
            .eventAt("202401041100")
            .patient("P1")
            .visit("V1", "I", "4E", "401", "A")
            .text());
    assertThat(w.row("SELECT status, end_time, location_id FROM encounter"))
        .containsEntry("status", "in-progress")
        .containsEntry("end_time", null)
        .containsEntry("location_id", "4E^401^A^GHH");
    assertThat(w.row("SELECT status, end_time FROM encounter_location"))
        .containsEntry("status", "active")
        .containsEntry("end_time", null);
  }
}
