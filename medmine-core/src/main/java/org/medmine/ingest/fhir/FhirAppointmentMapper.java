package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirResourceMapper.code;
import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.firstCoding;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.medmine.ingest.fhir.FhirValues.Coding;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps a FHIR R4 Appointment (§12.10) to an {@code appointment} row. The patient is the participant
 * whose actor is a Patient (a reference {@code Patient/x}, or {@code actor.type} Patient); the
 * practitioner and location are the first participants of those types. The status is kept as the
 * source wrote it, so that {@code noshow} and {@code cancelled} can be mined.
 */
final class FhirAppointmentMapper {
  private FhirAppointmentMapper() {}

  static Row map(String id, JsonNode r) {
    String t = "Appointment";
    String patient = participant(r, "Patient", t);
    if (patient == null) {
      throw new FhirFormatException(
          t + ".participant has no Patient actor: the appointment belongs to no patient");
    }
    Row row = new Row(Table.APPOINTMENT).set("id", id).set("patient_id", patient);
    code(row, coding(r, "appointmentType", t)).set("status", text(r, "status", t));
    Coding service = firstCoding(r, "serviceType", t);
    row.setCode("service", service.system(), service.code(), service.display());
    Coding reason = firstCoding(r, "reasonCode", t);
    row.setCode("reason", reason.system(), reason.code(), reason.display());
    row.set("start_time", dateTime(r, "start", t)).set("end_time", dateTime(r, "end", t));
    Integer minutes = FhirValues.integer(r, "minutesDuration", t);
    row.set("minutes_duration", minutes == null ? null : minutes.longValue());
    row.set("created_time", dateTime(r, "created", t));
    row.set("practitioner_id", participant(r, "Practitioner", t));
    row.set("location_id", participant(r, "Location", t));
    return row.set("cancelation_reason", coding(r, "cancelationReason", t).code());
  }

  /** The id of the first participant whose actor is of {@code type}, else null. */
  private static String participant(JsonNode r, String type, String t) {
    int i = 0;
    for (JsonNode p : array(r, "participant", t)) {
      String path = t + ".participant[" + i++ + "]";
      JsonNode actor = object(p, "actor", path);
      if (actor == null) {
        continue;
      }
      String ref = text(actor, "reference", path + ".actor");
      String actorType = text(actor, "type", path + ".actor");
      boolean ofType =
          type.equals(actorType)
              || ref != null && (ref.startsWith(type + "/") || ref.contains("/" + type + "/"));
      if (ofType && ref != null) {
        return FhirValues.normalizeReference(ref);
      }
    }
    return null;
  }
}
