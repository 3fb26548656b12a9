package org.medmine.apps.operations;

import java.time.LocalDateTime;

/**
 * One stay of an inpatient or emergency encounter at a place of care, as {@code encounter_location}
 * holds it (FHIR R4 Encounter.location with its period; HL7 v2 PV1-3 as point of care, room, bed
 * and facility), with the event that opened it and the encounter's class.
 *
 * @param source the source the rows came from
 * @param patientId the patient
 * @param encounterId the encounter (HL7 v2 PV1-19)
 * @param facility PL.4, or null
 * @param pointOfCare PL.1, the unit
 * @param room PL.2, or null
 * @param bed PL.3, or null
 * @param locationId the most granular location's id
 * @param start when the stay began
 * @param end when it ended, or null while it is open
 * @param event the HL7 v2 trigger event that opened it (A01, A02, A04, A06, ...)
 * @param classCode the encounter's class now (v3 ActCode)
 */
record Stay(
    String source,
    String patientId,
    String encounterId,
    String facility,
    String pointOfCare,
    String room,
    String bed,
    String locationId,
    LocalDateTime start,
    LocalDateTime end,
    String event,
    String classCode) {
  /** Whether the patient was at this place at {@code t}: begun at or before, not yet ended. */
  boolean openAt(LocalDateTime t) {
    return !start.isAfter(t) && (end == null || end.isAfter(t));
  }

  /** Whether the stay had begun by {@code t}. */
  boolean begunBy(LocalDateTime t) {
    return !start.isAfter(t);
  }

  /** The encounter's key: (source, encounter id). */
  String visitKey() {
    return source + "\u0000" + encounterId;
  }

  /** The patient's key: (source, patient id). */
  String patientKey() {
    return source + "\u0000" + patientId;
  }
}
