package org.medmine.ingest.hl7v2;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * PV1 (and PV2) to the {@code encounter} row, following the V2-to-FHIR IG's PV1[Encounter] and
 * PV2[Encounter] maps: PV1-19 visit number is the encounter's id, PV1-2 patient class its class
 * (the IG's PatientClass concept maps), PV1-3 assigned and PV1-6 prior location, PV1-4 admission
 * type its type, PV1-7 attending doctor, PV1-36 discharge disposition, PV1-44 admit and PV1-45
 * discharge date/time its period, PV2-3 admit reason its reason. The status and the location
 * history are not read here: they follow from the trigger event ({@link EncounterHistory}).
 */
final class VisitMapper {
  /** HL7 table 0004 (patient class) to v3 ActCode, as the IG's PatientClass[EncounterClass] map. */
  private static final Map<String, String> CLASS_CODE =
      Map.of("E", "EMER", "I", "IMP", "O", "AMB", "P", "PRENC");

  /** HL7 table 0004 names, stored in {@code encounter.class}. */
  private static final Map<String, String> CLASS_NAME =
      Map.of(
          "E",
          "emergency",
          "I",
          "inpatient",
          "O",
          "outpatient",
          "P",
          "preadmit",
          "R",
          "recurring patient",
          "B",
          "obstetrics",
          "C",
          "commercial account",
          "N",
          "not applicable",
          "U",
          "unknown");

  /**
   * What a PV1 says about a visit.
   *
   * @param encounterId PV1-19.1, or null when the message has none
   * @param patientClass PV1-2, or null
   * @param changes the encounter columns it sets
   * @param assigned PV1-3, or null
   * @param admitTime PV1-44 in UTC, or null
   * @param dischargeTime PV1-45 in UTC, or null
   */
  record Visit(
      String encounterId,
      String patientClass,
      FieldChanges changes,
      PlaceOfCare assigned,
      LocalDateTime admitTime,
      LocalDateTime dischargeTime) {}

  private VisitMapper() {}

  static Visit map(SegmentFields pv1, SegmentFields pv2, ZoneId zone) {
    FieldChanges c = new FieldChanges();
    String patientClass = pv1.get(2);
    if (!V2Values.blank(patientClass)) {
      String code = patientClass.strip().toUpperCase(Locale.ROOT);
      c.text("class_code", CLASS_CODE.getOrDefault(code, V2Values.EXPLICIT_NULL));
      c.set("class", CLASS_NAME.getOrDefault(code, code.toLowerCase(Locale.ROOT)));
    }
    String admissionType = pv1.get(4);
    if (!V2Values.blank(admissionType)) {
      c.set("code_system", "http://terminology.hl7.org/CodeSystem/v2-0007")
          .set("code", admissionType.strip());
    }
    c.text("provider_id", pv1.get(7));
    c.text("discharge_disposition_code", pv1.get(36));
    LocalDateTime admit = V2Values.time(pv1.get(44), zone, "PV1", 44);
    LocalDateTime discharge = V2Values.time(pv1.get(45), zone, "PV1", 45);
    c.set("start_time", admit).set("end_time", discharge);
    if (pv2 != null) {
      String reason = pv2.get(3, 1);
      if (!V2Values.blank(reason)) {
        c.set("reason_system", V2Values.system(pv2.get(3, 3)))
            .set("reason_code", reason)
            .set("reason_display", pv2.get(3, 2));
      }
    }
    String visit = pv1.get(19);
    return new Visit(
        V2Values.blank(visit) ? null : visit.strip(),
        V2Values.orNull(patientClass),
        c,
        PlaceOfCare.of(pv1, 3),
        admit,
        discharge);
  }
}
