package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.first;
import static org.medmine.ingest.fhir.FhirValues.firstCoding;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.reference;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.fhir.FhirValues.Coding;
import org.medmine.model.OmbCategories;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps Patient (with the US Core race and ethnicity extensions), Organization, Location and
 * Practitioner.
 */
final class FhirAdministrativeMapper {
  static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
  static final String NPI = "http://hl7.org/fhir/sid/us-npi";

  Row patient(String id, JsonNode r) {
    String t = "Patient";
    Row row = new Row(Table.PATIENT).set("id", id);
    for (JsonNode ident : array(r, "identifier", t)) {
      String type = coding(ident, "type", t + ".identifier").code();
      String value = text(ident, "value", t + ".identifier");
      if (type != null) {
        switch (type) {
          case "MR" -> row.set("mrn", value);
          case "SS" -> row.set("ssn", value);
          case "DL" -> row.set("drivers_license", value);
          case "PPN" -> row.set("passport", value);
          default -> {}
        }
      }
    }
    names(row, r, t);
    row.set("birth_date", FhirValues.date(r, "birthDate", t));
    row.set("death_time", FhirValues.dateTime(r, "deceasedDateTime", t));
    row.set("sex", text(r, "gender", t));
    multipleBirth(row, r, t);
    row.set("marital_status", coding(r, "maritalStatus", t).code());
    JsonNode comm = first(r, "communication", t);
    if (comm != null) {
      row.set("language", coding(comm, "language", t + ".communication").code());
    }
    extensions(row, r, t);
    address(row, first(r, "address", t), t);
    telecom(row, r, t);
    return row;
  }

  /**
   * The official name (else the first that is not the maiden name) and the maiden name's family
   * part.
   */
  private static void names(Row row, JsonNode r, String t) {
    JsonNode official = null;
    for (JsonNode name : array(r, "name", t)) {
      String use = text(name, "use", t + ".name");
      if ("maiden".equals(use)) {
        row.set("maiden_name", text(name, "family", t + ".name"));
      } else if (official == null || "official".equals(use)) {
        official = name;
      }
    }
    if (official != null) {
      row.set("family_name", text(official, "family", t + ".name"));
      row.set("given_name", joined(official, "given", t + ".name"));
      row.set("prefix", joined(official, "prefix", t + ".name"));
      row.set("suffix", joined(official, "suffix", t + ".name"));
    }
  }

  /** US Core race and ethnicity (their OMB category) and the birth place extension. */
  private static void extensions(Row row, JsonNode r, String t) {
    for (JsonNode ext : array(r, "extension", t)) {
      String url = text(ext, "url", t + ".extension");
      if ((US_CORE + "us-core-race").equals(url)) {
        String code = ombCategory(ext);
        row.set("race_code", code).set("race", OmbCategories.name(code));
      } else if ((US_CORE + "us-core-ethnicity").equals(url)) {
        String code = ombCategory(ext);
        row.set("ethnicity_code", code).set("ethnicity", OmbCategories.name(code));
      } else if ("http://hl7.org/fhir/StructureDefinition/patient-birthPlace".equals(url)) {
        JsonNode a = object(ext, "valueAddress", t + ".extension");
        if (a != null) {
          row.set(
              "birth_place",
              String.join(
                  ", ", nonNull(text(a, "city", t), text(a, "state", t), text(a, "country", t))));
        }
      }
    }
  }

  /**
   * Patient.multipleBirth[x] (FHIR R4): the boolean says whether the patient is part of a multiple
   * birth; the integer is the birth order, which also says the patient is.
   */
  private static void multipleBirth(Row row, JsonNode r, String t) {
    Integer order = FhirValues.integer(r, "multipleBirthInteger", t);
    if (order != null) {
      row.set("birth_order", order).set("multiple_birth", true);
    } else {
      row.set("multiple_birth", FhirValues.bool(r, "multipleBirthBoolean", t));
    }
  }

  private static String ombCategory(JsonNode ext) {
    for (JsonNode inner : array(ext, "extension", "Patient.extension")) {
      if ("ombCategory".equals(text(inner, "url", "Patient.extension.extension"))) {
        JsonNode c = object(inner, "valueCoding", "Patient.extension.extension");
        return c == null ? null : text(c, "code", "Patient.extension.valueCoding");
      }
    }
    return null;
  }

  private static List<String> nonNull(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static String joined(JsonNode parent, String field, String path) {
    List<String> parts = new ArrayList<>();
    for (JsonNode n : array(parent, field, path)) {
      if (!n.isTextual()) {
        throw new FhirFormatException(
            path + "." + field + ": expected strings, found " + FhirValues.kind(n));
      }
      parts.add(n.asText());
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static void address(Row row, JsonNode a, String t) {
    if (a == null) {
      return;
    }
    String p = t + ".address";
    row.set("address_line", joined(a, "line", p))
        .set("city", text(a, "city", p))
        .set("state", text(a, "state", p));
    row.set("postal_code", text(a, "postalCode", p));
    if (row.table() == Table.PATIENT) {
      row.set("country", text(a, "country", p)).set("county", text(a, "district", p));
    }
    for (JsonNode ext : array(a, "extension", p)) {
      if ("http://hl7.org/fhir/StructureDefinition/geolocation".equals(text(ext, "url", p))) {
        for (JsonNode inner : array(ext, "extension", p)) {
          String url = text(inner, "url", p);
          Double v = FhirValues.number(inner, "valueDecimal", p + ".geolocation");
          if ("latitude".equals(url)) {
            row.set("latitude", v);
          } else if ("longitude".equals(url)) {
            row.set("longitude", v);
          }
        }
      }
    }
  }

  private static void telecom(Row row, JsonNode r, String t) {
    for (JsonNode tel : array(r, "telecom", t)) {
      String system = text(tel, "system", t + ".telecom");
      String value = text(tel, "value", t + ".telecom");
      if ("phone".equals(system) && row.get("phone") == null) {
        row.set("phone", value);
      } else if ("email".equals(system)
          && row.table() != Table.ORGANIZATION
          && row.table() != Table.LOCATION) {
        row.set("email", value);
      }
    }
  }

  private static void identifier(Row row, JsonNode r, String t) {
    JsonNode ident = first(r, "identifier", t);
    if (ident != null) {
      row.set("identifier_system", text(ident, "system", t + ".identifier"));
      row.set("identifier_value", text(ident, "value", t + ".identifier"));
    }
  }

  Row organization(String id, JsonNode r) {
    String t = "Organization";
    Row row = new Row(Table.ORGANIZATION).set("id", id).set("name", text(r, "name", t));
    identifier(row, r, t);
    row.set("type_code", firstCoding(r, "type", t).code());
    address(row, first(r, "address", t), t);
    telecom(row, r, t);
    return row;
  }

  Row location(String id, JsonNode r) {
    String t = "Location";
    Row row = new Row(Table.LOCATION).set("id", id).set("name", text(r, "name", t));
    identifier(row, r, t);
    row.set("organization_id", reference(r, "managingOrganization", t));
    address(row, object(r, "address", t), t);
    JsonNode position = object(r, "position", t);
    if (position != null) {
      row.set("latitude", FhirValues.number(position, "latitude", t + ".position"));
      row.set("longitude", FhirValues.number(position, "longitude", t + ".position"));
    }
    return row;
  }

  Row practitioner(String id, JsonNode r) {
    String t = "Practitioner";
    Row row = new Row(Table.PROVIDER).set("id", id).set("sex", text(r, "gender", t));
    for (JsonNode ident : array(r, "identifier", t)) {
      if (NPI.equals(text(ident, "system", t + ".identifier"))) {
        row.set("npi", text(ident, "value", t + ".identifier"));
      }
    }
    JsonNode name = first(r, "name", t);
    if (name != null) {
      row.set("family_name", text(name, "family", t + ".name"))
          .set("given_name", joined(name, "given", t + ".name"));
      row.set("prefix", joined(name, "prefix", t + ".name"));
    }
    address(row, first(r, "address", t), t);
    telecom(row, r, t);
    return row;
  }

  List<Row> practitionerRole(String id, JsonNode r) {
    String t = "PractitionerRole";
    String practitioner = FhirValues.reference(r, "practitioner", t, "Practitioner");
    if (practitioner == null) {
      throw new FhirFormatException(
          t + ".practitioner is missing: the role belongs to no practitioner");
    }
    Coding specialty = firstCoding(r, "specialty", t);
    JsonNode location = first(r, "location", t);
    return List.of(
        new Row(Table.PROVIDER_ROLE)
            .set("id", id)
            .set("practitioner_ref", practitioner)
            .set("organization_id", FhirValues.reference(r, "organization", t, "Organization"))
            .set(
                "location_id",
                location == null
                    ? null
                    : FhirValues.referenceOrIdentifier(location, t + ".location", "Location"))
            .setCode("specialty", specialty.system(), specialty.code(), specialty.display()));
  }
}
