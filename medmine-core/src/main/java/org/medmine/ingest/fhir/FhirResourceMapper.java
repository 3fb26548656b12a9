package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.first;
import static org.medmine.ingest.fhir.FhirValues.firstCoding;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.periodEnd;
import static org.medmine.ingest.fhir.FhirValues.periodStart;
import static org.medmine.ingest.fhir.FhirValues.present;
import static org.medmine.ingest.fhir.FhirValues.reference;
import static org.medmine.ingest.fhir.FhirValues.referenceValue;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.fhir.FhirValues.Coding;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps one FHIR R4 clinical resource to warehouse rows (FHIR R4 §8–§12: Encounter, Condition,
 * Observation, MedicationRequest, MedicationAdministration, Procedure, Immunization,
 * AllergyIntolerance, Device, ImagingStudy, CarePlan, DocumentReference, DiagnosticReport).
 * Administrative and financial resources are mapped by {@link FhirAdministrativeMapper} and {@link
 * FhirClaimMapper}; allergies, devices, imaging studies, care plans and notes by {@link
 * FhirCareMapper}.
 *
 * <p>One mapper serves one run: it remembers the codes of Medication resources (bounded) so that a
 * MedicationRequest that references its Medication gets the drug code.
 */
final class FhirResourceMapper {
  private static final int MEDICATION_CACHE_LIMIT = 2_000_000;

  private final Map<String, Coding> medications = new HashMap<>();
  private final FhirAdministrativeMapper administrative = new FhirAdministrativeMapper();
  private final FhirClaimMapper claims = new FhirClaimMapper();

  /** Whether the mapper stores this resource type (others are counted as skipped). */
  static boolean supports(String type) {
    return switch (type) {
      case "Patient",
              "Organization",
              "Location",
              "Practitioner",
              "PractitionerRole",
              "Encounter",
              "Condition",
              "Observation",
              "MedicationRequest",
              "MedicationAdministration",
              "Medication",
              "Procedure",
              "Immunization",
              "AllergyIntolerance",
              "Device",
              "ImagingStudy",
              "CarePlan",
              "DocumentReference",
              "DiagnosticReport",
              "Claim",
              "ExplanationOfBenefit",
              "Consent",
              "QuestionnaireResponse",
              "Appointment" ->
          true;
      default -> false;
    };
  }

  /** Maps a resource whose id is known; throws {@link FhirFormatException} when it is not valid. */
  List<Row> map(String type, String id, JsonNode r) {
    return switch (type) {
      case "Patient" -> List.of(administrative.patient(id, r));
      case "Organization" -> List.of(administrative.organization(id, r));
      case "Location" -> List.of(administrative.location(id, r));
      case "Practitioner" -> List.of(administrative.practitioner(id, r));
      case "PractitionerRole" -> administrative.practitionerRole(id, r);
      case "Claim" -> claims.claim(id, r, subject(r, "patient", type), false);
      case "ExplanationOfBenefit" -> claims.claim(id, r, subject(r, "patient", type), true);
      case "Medication" -> medication(id, r);
      case "Encounter" -> List.of(encounter(id, r));
      case "Condition" -> List.of(condition(id, r));
      case "Observation" ->
          FhirDeviceReadingMapper.applies(r)
              ? FhirDeviceReadingMapper.map(id, r)
              : observation(id, r);
      case "DiagnosticReport" -> diagnosticReport(id, r);
      case "MedicationRequest" -> List.of(medicationRequest(id, r));
      case "MedicationAdministration" -> List.of(medicationAdministration(id, r));
      case "Procedure" -> List.of(procedure(id, r));
      case "Immunization" -> List.of(immunization(id, r));
      case "AllergyIntolerance" -> List.of(FhirCareMapper.allergy(id, r));
      case "Device" -> List.of(FhirCareMapper.device(id, r));
      case "ImagingStudy" -> List.of(FhirCareMapper.imagingStudy(id, r));
      case "CarePlan" -> List.of(FhirCareMapper.carePlan(id, r));
      case "DocumentReference" -> List.of(FhirCareMapper.note(id, r));
      case "Consent" -> List.of(FhirConsentMapper.consent(id, r));
      case "QuestionnaireResponse" -> FhirQuestionnaireResponseMapper.map(id, r);
      case "Appointment" -> List.of(FhirAppointmentMapper.map(id, r));
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }

  /** The patient a resource belongs to; a resource without one cannot be stored. */
  static String subject(JsonNode r, String field, String type) {
    String ref = reference(r, field, type);
    if (ref == null) {
      throw new FhirFormatException(
          type + "." + field + " is missing: the resource belongs to no patient");
    }
    return ref;
  }

  static Row row(
      Table table, String id, String patientId, JsonNode r, String encounterField, String type) {
    Row row = new Row(table).set("id", id).set("patient_id", patientId);
    if (encounterField != null) {
      row.set("encounter_id", reference(r, encounterField, type));
    }
    return row;
  }

  static Row code(Row row, Coding c) {
    return row.set("code_system", c.system())
        .set("code", c.code())
        .set("code_display", c.display());
  }

  private static Row reason(Row row, JsonNode r, String type) {
    Coding c = firstCoding(r, "reasonCode", type);
    if (c.code() != null) {
      row.setCode("reason", c.system(), c.code(), c.display());
    }
    return row;
  }

  private List<Row> medication(String id, JsonNode r) {
    if (medications.size() < MEDICATION_CACHE_LIMIT) {
      medications.put(id, coding(r, "code", "Medication"));
    }
    return List.of();
  }

  private Row encounter(String id, JsonNode r) {
    String t = "Encounter";
    Row row = row(Table.ENCOUNTER, id, subject(r, "subject", t), r, null, t);
    JsonNode cls = object(r, "class", t);
    if (cls != null) {
      String code = text(cls, "code", t + ".class");
      // encounter.class is the class the statistics group by: Synthea's own from its CSV; from
      // FHIR, which has
      // only the v3 ActCode, that code in lower case (so a class that exists never profiles as
      // missing).
      row.set("class_code", code)
          .set("class", code == null ? null : code.toLowerCase(java.util.Locale.ROOT));
    }
    code(row, firstCoding(r, "type", t));
    row.set("status", text(r, "status", t));
    row.set("start_time", periodStart(r, "period", t)).set("end_time", periodEnd(r, "period", t));
    JsonNode participant = first(r, "participant", t);
    if (participant != null) {
      row.set("provider_id", reference(participant, "individual", t + ".participant"));
    }
    row.set("organization_id", reference(r, "serviceProvider", t));
    JsonNode loc = first(r, "location", t);
    if (loc != null) {
      row.set("location_id", reference(loc, "location", t + ".location"));
    }
    reason(row, r, t);
    JsonNode hosp = object(r, "hospitalization", t);
    if (hosp != null) {
      row.set("discharge_disposition_code", coding(hosp, "dischargeDisposition", t).code());
    }
    return row;
  }

  private Row condition(String id, JsonNode r) {
    String t = "Condition";
    Row row = row(Table.CONDITION, id, subject(r, "subject", t), r, "encounter", t);
    code(row, coding(r, "code", t));
    row.set("category", firstCoding(r, "category", t).code());
    row.set("clinical_status", coding(r, "clinicalStatus", t).code());
    row.set("verification_status", coding(r, "verificationStatus", t).code());
    LocalDateTime onset = dateTime(r, "onsetDateTime", t);
    row.set("onset_time", onset != null ? onset : periodStart(r, "onsetPeriod", t));
    row.set("abatement_time", dateTime(r, "abatementDateTime", t));
    row.set("recorded_time", dateTime(r, "recordedDate", t));
    return row;
  }

  private List<Row> observation(String id, JsonNode r) {
    String t = "Observation";
    String patient = subject(r, "subject", t);
    Row obs = row(Table.OBSERVATION, id, patient, r, "encounter", t);
    code(obs, coding(r, "code", t));
    String category = firstCoding(r, "category", t).code();
    LocalDateTime effective = dateTime(r, "effectiveDateTime", t);
    if (effective == null) {
      effective = periodStart(r, "effectivePeriod", t);
    }
    if (effective == null) {
      effective = dateTime(r, "effectiveInstant", t);
    }
    LocalDateTime issued = dateTime(r, "issued", t);
    String status = text(r, "status", t);
    obs.set("category", category)
        .set("status", status)
        .set("effective_time", effective)
        .set("issued_time", issued);
    value(obs, r, t);
    List<Row> rows = new ArrayList<>();
    rows.add(obs);
    int i = 0;
    for (JsonNode component : array(r, "component", t)) {
      String path = t + ".component[" + i + "]";
      Row c = new Row(Table.OBSERVATION).set("id", id + "#c" + i).set("patient_id", patient);
      c.set("encounter_id", obs.get("encounter_id")).set("parent_id", id);
      c.set("category", category)
          .set("status", status)
          .set("effective_time", effective)
          .set("issued_time", issued);
      code(c, coding(component, "code", path));
      value(c, component, path);
      rows.add(c);
      i++;
    }
    return rows;
  }

  /**
   * Reads value[x] into value_type, value_number, value_unit, value_text and
   * value_system/code/display.
   */
  private static void value(Row row, JsonNode r, String path) {
    JsonNode q = object(r, "valueQuantity", path);
    if (q != null) {
      String unit = text(q, "code", path + ".valueQuantity");
      row.set("value_type", "quantity")
          .set("value_number", FhirValues.number(q, "value", path + ".valueQuantity"));
      row.set("value_unit", unit != null ? unit : text(q, "unit", path + ".valueQuantity"));
      return;
    }
    JsonNode cc = object(r, "valueCodeableConcept", path);
    if (cc != null) {
      Coding c = coding(cc, path + ".valueCodeableConcept");
      row.set("value_type", "codeable").set("value_text", c.display());
      row.setCode("value", c.system(), c.code(), c.display());
      return;
    }
    String s = text(r, "valueString", path);
    if (s != null) {
      row.set("value_type", "string").set("value_text", s);
      return;
    }
    Boolean b = FhirValues.bool(r, "valueBoolean", path);
    if (b != null) {
      row.set("value_type", "boolean")
          .set("value_text", b.toString())
          .set("value_number", b ? 1.0 : 0.0);
      return;
    }
    Double n = FhirValues.number(r, "valueInteger", path);
    if (n != null) {
      row.set("value_type", "integer").set("value_number", n);
      return;
    }
    LocalDateTime when = dateTime(r, "valueDateTime", path);
    if (when != null) {
      row.set("value_type", "datetime").set("value_text", when.toString());
      return;
    }
    row.set("value_type", "none");
  }

  private static List<Row> diagnosticReport(String id, JsonNode r) {
    String t = "DiagnosticReport";
    subject(r, "subject", t);
    Coding panel = coding(r, "code", t);
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : array(r, "result", t)) {
      String obs = referenceValue(result, t + ".result");
      if (obs != null) {
        rows.add(
            new Row(Table.OBSERVATION_PANEL)
                .set("id", id)
                .set("observation_id", obs)
                .set("panel_code", panel.code())
                .set("panel_display", panel.display()));
      }
    }
    return rows;
  }

  private Row medicationRequest(String id, JsonNode r) {
    String t = "MedicationRequest";
    Row row = row(Table.MEDICATION, id, subject(r, "subject", t), r, "encounter", t);
    row.set("kind", "request")
        .set("status", text(r, "status", t))
        .set("intent", text(r, "intent", t));
    row.set("category", firstCoding(r, "category", t).code());
    Coding drug = coding(r, "medicationCodeableConcept", t);
    String ref = reference(r, "medicationReference", t);
    if (drug.code() == null && ref != null) {
      drug = medications.getOrDefault(ref, Coding.NONE);
      row.set("medication_ref", ref);
    }
    code(row, drug);
    row.set("start_time", dateTime(r, "authoredOn", t));
    row.set("prescriber_id", reference(r, "requester", t));
    reason(row, r, t);
    JsonNode dosage = first(r, "dosageInstruction", t);
    if (dosage != null) {
      row.set("dosage_text", text(dosage, "text", t + ".dosageInstruction"));
      row.set("as_needed", FhirValues.bool(dosage, "asNeededBoolean", t + ".dosageInstruction"));
    }
    return row;
  }

  private static Row medicationAdministration(String id, JsonNode r) {
    String t = "MedicationAdministration";
    Row row = row(Table.MEDICATION, id, subject(r, "subject", t), r, "context", t);
    row.set("kind", "administration").set("status", text(r, "status", t));
    code(row, coding(r, "medicationCodeableConcept", t));
    row.set("medication_ref", reference(r, "medicationReference", t));
    LocalDateTime when = dateTime(r, "effectiveDateTime", t);
    row.set("start_time", when != null ? when : periodStart(r, "effectivePeriod", t));
    row.set("stop_time", periodEnd(r, "effectivePeriod", t));
    return reason(row, r, t);
  }

  private static Row procedure(String id, JsonNode r) {
    String t = "Procedure";
    Row row = row(Table.PROCEDURE, id, subject(r, "subject", t), r, "encounter", t);
    code(row, coding(r, "code", t)).set("status", text(r, "status", t));
    LocalDateTime when = dateTime(r, "performedDateTime", t);
    row.set("start_time", when != null ? when : periodStart(r, "performedPeriod", t));
    row.set("end_time", when != null ? when : periodEnd(r, "performedPeriod", t));
    row.set("location_id", reference(r, "location", t));
    return reason(row, r, t);
  }

  private static Row immunization(String id, JsonNode r) {
    String t = "Immunization";
    Row row = row(Table.IMMUNIZATION, id, subject(r, "patient", t), r, "encounter", t);
    code(row, coding(r, "vaccineCode", t)).set("status", text(r, "status", t));
    row.set("occurrence_time", dateTime(r, "occurrenceDateTime", t));
    return row.set("location_id", reference(r, "location", t));
  }

  static boolean hasValue(JsonNode n) {
    return present(n);
  }
}
