package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirResourceMapper.code;
import static org.medmine.ingest.fhir.FhirResourceMapper.row;
import static org.medmine.ingest.fhir.FhirResourceMapper.subject;
import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.first;
import static org.medmine.ingest.fhir.FhirValues.firstCoding;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.periodEnd;
import static org.medmine.ingest.fhir.FhirValues.periodStart;
import static org.medmine.ingest.fhir.FhirValues.reference;
import static org.medmine.ingest.fhir.FhirValues.referenceValue;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import org.medmine.ingest.fhir.FhirValues.Coding;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps the FHIR R4 resources of a patient's care record that are not encounters, findings or drugs:
 * AllergyIntolerance, Device, ImagingStudy, CarePlan and DocumentReference (a note, its text
 * decoded).
 */
final class FhirCareMapper {
  private FhirCareMapper() {}

  static Row allergy(String id, JsonNode r) {
    String t = "AllergyIntolerance";
    Row row = row(Table.ALLERGY, id, subject(r, "patient", t), r, "encounter", t);
    code(row, coding(r, "code", t));
    row.set("clinical_status", coding(r, "clinicalStatus", t).code());
    row.set("verification_status", coding(r, "verificationStatus", t).code());
    row.set("type", text(r, "type", t)).set("criticality", text(r, "criticality", t));
    JsonNode category = first(r, "category", t);
    if (category != null) {
      if (!category.isTextual()) {
        throw new FhirFormatException(
            t + ".category: expected a code string, found " + FhirValues.kind(category));
      }
      row.set("category", category.asText());
    }
    LocalDateTime onset = dateTime(r, "onsetDateTime", t);
    row.set("start_time", onset != null ? onset : dateTime(r, "recordedDate", t));
    row.set("stop_time", dateTime(r, "lastOccurrence", t));
    JsonNode reaction = first(r, "reaction", t);
    if (reaction != null) {
      Coding m = firstCoding(reaction, "manifestation", t + ".reaction");
      row.setCode("reaction", m.system(), m.code(), m.display());
      row.set("reaction_severity", text(reaction, "severity", t + ".reaction"));
    }
    return row;
  }

  static Row device(String id, JsonNode r) {
    String t = "Device";
    Row row = row(Table.DEVICE, id, subject(r, "patient", t), r, null, t);
    code(row, coding(r, "type", t)).set("status", text(r, "status", t));
    JsonNode udi = first(r, "udiCarrier", t);
    if (udi != null) {
      row.set("udi_device_identifier", text(udi, "deviceIdentifier", t + ".udiCarrier"));
      row.set("udi_carrier", text(udi, "carrierHRF", t + ".udiCarrier"));
    }
    row.set("lot_number", text(r, "lotNumber", t)).set("serial_number", text(r, "serialNumber", t));
    row.set("manufacture_time", dateTime(r, "manufactureDate", t));
    return row.set("expiration_time", dateTime(r, "expirationDate", t));
  }

  static Row imagingStudy(String id, JsonNode r) {
    String t = "ImagingStudy";
    Row row = row(Table.IMAGING_STUDY, id, subject(r, "subject", t), r, "encounter", t);
    row.set("status", text(r, "status", t)).set("started_time", dateTime(r, "started", t));
    code(row, firstCoding(r, "procedureCode", t));
    row.set("number_of_series", longValue(FhirValues.number(r, "numberOfSeries", t)));
    row.set("number_of_instances", longValue(FhirValues.number(r, "numberOfInstances", t)));
    row.set("location_id", reference(r, "location", t));
    JsonNode series = first(r, "series", t);
    if (series != null) {
      String p = t + ".series";
      row.set("series_uid", text(series, "uid", p));
      JsonNode modality = object(series, "modality", p);
      if (modality != null) {
        row.set("modality_code", text(modality, "code", p))
            .set("modality_display", text(modality, "display", p));
      }
      JsonNode site = object(series, "bodySite", p);
      if (site != null) {
        row.setCode(
            "body_site", text(site, "system", p), text(site, "code", p), text(site, "display", p));
      }
      JsonNode instance = first(series, "instance", p);
      if (instance != null) {
        row.set("instance_uid", text(instance, "uid", p + ".instance"));
        JsonNode sop = object(instance, "sopClass", p + ".instance");
        row.set("sop_class_code", sop == null ? null : text(sop, "code", p + ".instance.sopClass"));
      }
    }
    return row;
  }

  private static Long longValue(Double d) {
    return d == null ? null : d.longValue();
  }

  static Row carePlan(String id, JsonNode r) {
    String t = "CarePlan";
    Row row = row(Table.CARE_PLAN, id, subject(r, "subject", t), r, "encounter", t);
    row.set("status", text(r, "status", t)).set("intent", text(r, "intent", t));
    Coding chosen = Coding.NONE;
    for (JsonNode category : array(r, "category", t)) {
      Coding c = coding(category, t + ".category");
      if (chosen.code() == null || "http://snomed.info/sct".equals(c.system())) {
        chosen = c;
      }
    }
    code(row, chosen);
    row.set("start_time", periodStart(r, "period", t)).set("stop_time", periodEnd(r, "period", t));
    long activities = 0;
    for (JsonNode a : array(r, "activity", t)) {
      activities++;
      if (row.get("reason_code") == null && a.has("detail")) {
        Coding reason = firstCoding(a.get("detail"), "reasonCode", t + ".activity.detail");
        if (reason.code() != null) {
          row.setCode("reason", reason.system(), reason.code(), reason.display());
        }
      }
    }
    return row.set("activity_count", activities);
  }

  static Row note(String id, JsonNode r) {
    String t = "DocumentReference";
    Row row = row(Table.NOTE, id, subject(r, "subject", t), r, null, t);
    JsonNode context = object(r, "context", t);
    if (context != null) {
      JsonNode enc = first(context, "encounter", t + ".context");
      if (enc != null) {
        row.set("encounter_id", referenceValue(enc, t + ".context.encounter"));
      }
    }
    code(row, coding(r, "type", t)).set("status", text(r, "status", t));
    row.set("note_time", dateTime(r, "date", t));
    JsonNode author = first(r, "author", t);
    if (author != null) {
      row.set("author_id", referenceValue(author, t + ".author"));
    }
    JsonNode content = first(r, "content", t);
    JsonNode attachment = content == null ? null : object(content, "attachment", t + ".content");
    if (attachment != null) {
      String type = text(attachment, "contentType", t + ".content.attachment");
      row.set("content_type", type);
      String data = text(attachment, "data", t + ".content.attachment");
      if (data != null && (type == null || type.startsWith("text/"))) {
        try {
          row.set("text", new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw new FhirFormatException(
              t + ".content.attachment.data is not valid base64: " + e.getMessage());
        }
      }
    }
    return row;
  }
}
