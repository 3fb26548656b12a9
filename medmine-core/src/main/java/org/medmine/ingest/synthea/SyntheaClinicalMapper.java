package org.medmine.ingest.synthea;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps Synthea's clinical CSV files (encounters, conditions, observations, medications, procedures,
 * immunizations, allergies, devices, imaging_studies, careplans) to the rows and columns the FHIR
 * mapper fills for the same resources. Columns the CSV does not carry (statuses, issued times,
 * observation components and panels) stay NULL rather than being invented.
 */
final class SyntheaClinicalMapper {
  static final String SNOMED = "http://snomed.info/sct";
  static final String LOINC = "http://loinc.org";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String CVX = "http://hl7.org/fhir/sid/cvx";
  private static final Pattern UDI_PART = Pattern.compile("\\((\\d{2})\\)([^(]*)");

  /**
   * Synthea's encounter class to the v3 ActCode FHIR's Encounter.class carries (as Synthea's own
   * FHIR exporter maps it: every ambulatory kind is AMB, skilled nursing is an inpatient stay,
   * hospice is home).
   */
  static String actCode(String encounterClass) {
    return switch (encounterClass.toLowerCase(Locale.ROOT)) {
      case "wellness", "ambulatory", "outpatient", "urgentcare" -> "AMB";
      case "emergency" -> "EMER";
      case "inpatient", "snf" -> "IMP";
      case "home", "hospice" -> "HH";
      case "virtual" -> "VR";
      default -> null;
    };
  }

  Row encounter(CsvLine l, String id) {
    Row row = row(Table.ENCOUNTER, l, id, false);
    String cls = l.required("ENCOUNTERCLASS");
    row.set("class", cls).set("class_code", actCode(cls));
    code(row, l, SNOMED);
    row.set("start_time", l.time("START")).set("end_time", l.time("STOP"));
    row.set("provider_id", l.text("PROVIDER")).set("organization_id", l.text("ORGANIZATION"));
    row.set("payer_id", l.text("PAYER"));
    reason(row, l);
    row.set("base_cost", l.money("BASE_ENCOUNTER_COST"))
        .set("total_cost", l.money("TOTAL_CLAIM_COST"));
    return row.set("payer_coverage", l.money("PAYER_COVERAGE"));
  }

  /**
   * A condition; Synthea's CSV has its onset and abatement as dates (FHIR has the full timestamp).
   */
  Row condition(CsvLine l, String id) {
    Row row = row(Table.CONDITION, l, id, true);
    code(row, l, system(l, SNOMED));
    row.set("onset_time", l.time("START")).set("abatement_time", l.time("STOP"));
    return row.set("clinical_status", l.text("STOP") == null ? "active" : "resolved");
  }

  /**
   * An observation. CSV writes one line per value: an Observation with components (blood pressure)
   * is one line per component and no line for the parent; TYPE numeric is a quantity, text a coded
   * or string value (the CSV cannot tell which).
   */
  Row observation(CsvLine l, String id) {
    Row row = row(Table.OBSERVATION, l, id, true);
    code(row, l, LOINC);
    row.set("category", l.text("CATEGORY")).set("effective_time", l.time("DATE"));
    String type = l.required("TYPE");
    switch (type) {
      case "numeric" ->
          row.set("value_type", "quantity")
              .set("value_number", l.number("VALUE"))
              .set("value_unit", l.text("UNITS"));
      case "text" ->
          row.set("value_type", "string")
              .set("value_text", l.text("VALUE"))
              .set("value_unit", l.text("UNITS"));
      default ->
          throw new SyntheaFormatException(
              l.file() + " column TYPE: '" + type + "' is neither numeric nor text");
    }
    return row;
  }

  Row medication(CsvLine l, String id) {
    Row row = row(Table.MEDICATION, l, id, true).set("kind", "request");
    code(row, l, RXNORM);
    row.set("start_time", l.time("START")).set("stop_time", l.time("STOP"));
    reason(row, l);
    row.set("dispenses", l.count("DISPENSES")).set("base_cost", l.money("BASE_COST"));
    row.set("total_cost", l.money("TOTALCOST")).set("payer_coverage", l.money("PAYER_COVERAGE"));
    return row.set("payer_id", l.text("PAYER"));
  }

  Row procedure(CsvLine l, String id) {
    Row row = row(Table.PROCEDURE, l, id, true);
    code(row, l, system(l, SNOMED));
    row.set("start_time", l.time("START")).set("end_time", l.time("STOP"));
    reason(row, l);
    return row.set("base_cost", l.money("BASE_COST"));
  }

  Row immunization(CsvLine l, String id) {
    Row row = row(Table.IMMUNIZATION, l, id, true);
    code(row, l, CVX);
    return row.set("occurrence_time", l.time("DATE")).set("base_cost", l.money("BASE_COST"));
  }

  Row allergy(CsvLine l, String id) {
    Row row = row(Table.ALLERGY, l, id, true);
    code(row, l, system(l, SNOMED));
    row.set("type", lower(l.text("TYPE"))).set("category", lower(l.text("CATEGORY")));
    row.set("start_time", l.time("START")).set("stop_time", l.time("STOP"));
    if (l.text("REACTION1") != null) {
      row.setCode("reaction", SNOMED, l.text("REACTION1"), l.text("DESCRIPTION1"));
      row.set("reaction_severity", lower(l.text("SEVERITY1")));
    }
    return row;
  }

  /**
   * A device; its UDI (GS1 human-readable form) gives the device identifier, lot and serial number.
   */
  Row device(CsvLine l, String id) {
    Row row = row(Table.DEVICE, l, id, true);
    code(row, l, SNOMED);
    row.set("start_time", l.time("START")).set("stop_time", l.time("STOP"));
    String udi = l.text("UDI");
    row.set("udi_carrier", udi);
    if (udi != null) {
      Matcher m = UDI_PART.matcher(udi);
      while (m.find()) {
        switch (m.group(1)) {
          case "01" -> row.set("udi_device_identifier", m.group(2));
          case "10" -> row.set("lot_number", m.group(2));
          case "21" -> row.set("serial_number", m.group(2));
          default -> {}
        }
      }
    }
    return row;
  }

  /**
   * An imaging study. CSV writes one line per instance, all with the study's Id: the lines of a
   * study are upserts of the same row, as FHIR's one ImagingStudy is one row.
   */
  Row imagingStudy(CsvLine l, String id) {
    Row row = row(Table.IMAGING_STUDY, l, id, true);
    row.set("started_time", l.time("DATE"));
    row.set("code_system", SNOMED).set("code", l.text("PROCEDURE_CODE"));
    row.set("modality_code", l.text("MODALITY_CODE"))
        .set("modality_display", l.text("MODALITY_DESCRIPTION"));
    row.setCode("body_site", SNOMED, l.text("BODYSITE_CODE"), l.text("BODYSITE_DESCRIPTION"));
    row.set("series_uid", l.text("SERIES_UID")).set("instance_uid", l.text("INSTANCE_UID"));
    return row.set("sop_class_code", l.text("SOP_CODE"));
  }

  Row carePlan(CsvLine l, String id) {
    Row row = row(Table.CARE_PLAN, l, id, true);
    code(row, l, SNOMED);
    row.set("start_time", l.time("START")).set("stop_time", l.time("STOP"));
    return reason(row, l);
  }

  private static Row row(Table table, CsvLine l, String id, boolean hasEncounter) {
    Row row = new Row(table).set("id", id).set("patient_id", l.required("PATIENT"));
    return hasEncounter ? row.set("encounter_id", l.text("ENCOUNTER")) : row;
  }

  private static void code(Row row, CsvLine l, String system) {
    String code = l.text("CODE");
    row.set("code_system", code == null ? null : system)
        .set("code", code)
        .set("code_display", l.text("DESCRIPTION"));
  }

  private static Row reason(Row row, CsvLine l) {
    String code = l.text("REASONCODE");
    if (code != null) {
      row.setCode("reason", SNOMED, code, l.text("REASONDESCRIPTION"));
    }
    return row;
  }

  /**
   * The canonical URI of a SYSTEM column (a URI already, or Synthea's short name), else the
   * default.
   */
  private static String system(CsvLine l, String fallback) {
    String s = l.text("SYSTEM");
    if (s == null) {
      return fallback;
    }
    return switch (s.toUpperCase(Locale.ROOT)) {
      case "SNOMED-CT", "SNOMED", "SNOMEDCT", "SCT" -> SNOMED;
      case "RXNORM" -> RXNORM;
      case "LOINC" -> LOINC;
      case "CVX" -> CVX;
      case "ICD10", "ICD-10", "ICD-10-CM" -> "http://hl7.org/fhir/sid/icd-10-cm";
      default -> s;
    };
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
