package org.medmine.ingest.synthea;

import static org.medmine.ingest.synthea.SqlLine.lit;

import java.util.Map;

/**
 * The SQL twin of {@link SyntheaClinicalMapper} for the files without an id column and for imaging
 * studies and care plans: the same columns, in the same order, as SQL over the line (see {@link
 * SqlMapper}).
 */
final class SqlClinicalMapper {
  private static final String SNOMED = lit(SyntheaClinicalMapper.SNOMED);

  private SqlClinicalMapper() {}

  static void map(SyntheaCsvFile kind, Map<String, String> c, SqlLine l) {
    c.put("patient_id", l.required("PATIENT"));
    c.put("encounter_id", l.text("ENCOUNTER"));
    switch (kind) {
      case CONDITIONS -> {
        code(c, l, system(l, SNOMED));
        c.put("onset_time", l.time("START"));
        c.put("abatement_time", l.time("STOP"));
        c.put(
            "clinical_status",
            "CASE WHEN " + l.text("STOP") + " IS NULL THEN 'active' ELSE 'resolved' END");
      }
      case OBSERVATIONS -> observation(c, l);
      case MEDICATIONS -> {
        c.put("kind", "'request'");
        code(c, l, lit(SyntheaClinicalMapper.RXNORM));
        c.put("start_time", l.time("START"));
        c.put("stop_time", l.time("STOP"));
        reason(c, l);
        c.put("dispenses", l.count("DISPENSES"));
        c.put("base_cost", l.money("BASE_COST"));
        c.put("total_cost", l.money("TOTALCOST"));
        c.put("payer_coverage", l.money("PAYER_COVERAGE"));
        c.put("payer_id", l.text("PAYER"));
      }
      case PROCEDURES -> {
        code(c, l, system(l, SNOMED));
        c.put("start_time", l.time("START"));
        c.put("end_time", l.time("STOP"));
        reason(c, l);
        c.put("base_cost", l.money("BASE_COST"));
      }
      case IMMUNIZATIONS -> {
        code(c, l, lit(SyntheaClinicalMapper.CVX));
        c.put("occurrence_time", l.time("DATE"));
        c.put("base_cost", l.money("BASE_COST"));
      }
      case ALLERGIES -> allergy(c, l);
      case DEVICES -> device(c, l);
      case IMAGING_STUDIES -> imagingStudy(c, l);
      case CAREPLANS -> {
        code(c, l, SNOMED);
        c.put("start_time", l.time("START"));
        c.put("stop_time", l.time("STOP"));
        reason(c, l);
      }
      default -> throw new IllegalArgumentException(kind + " is not a clinical file");
    }
  }

  private static void observation(Map<String, String> c, SqlLine l) {
    code(c, l, lit(SyntheaClinicalMapper.LOINC));
    c.put("category", l.text("CATEGORY"));
    c.put("effective_time", l.time("DATE"));
    String type = l.required("TYPE");
    l.check(
        type + " NOT IN ('numeric', 'text')",
        lit(l.file() + " column TYPE: '") + " || " + type + " || ''' is neither numeric nor text'");
    String numeric = type + " = 'numeric'";
    c.put("value_type", "CASE WHEN " + numeric + " THEN 'quantity' ELSE 'string' END");
    String number = l.number("VALUE");
    l.restrictLastCheck(numeric);
    c.put("value_number", "CASE WHEN " + numeric + " THEN " + number + " END");
    c.put("value_text", "CASE WHEN NOT " + numeric + " THEN " + l.text("VALUE") + " END");
    c.put("value_unit", l.text("UNITS"));
  }

  private static void allergy(Map<String, String> c, SqlLine l) {
    code(c, l, system(l, SNOMED));
    c.put("type", "lower(" + l.text("TYPE") + ")");
    c.put("category", "lower(" + l.text("CATEGORY") + ")");
    c.put("start_time", l.time("START"));
    c.put("stop_time", l.time("STOP"));
    String reaction = l.text("REACTION1");
    String has = reaction + " IS NOT NULL";
    c.put("reaction_system", "CASE WHEN " + has + " THEN " + SNOMED + " END");
    c.put("reaction_code", reaction);
    c.put("reaction_display", "CASE WHEN " + has + " THEN " + l.text("DESCRIPTION1") + " END");
    c.put("reaction_severity", "CASE WHEN " + has + " THEN lower(" + l.text("SEVERITY1") + ") END");
  }

  /**
   * The UDI's parts as the Java mapper's regular expression finds them (the last of a repeated part
   * wins).
   */
  private static void device(Map<String, String> c, SqlLine l) {
    code(c, l, SNOMED);
    c.put("start_time", l.time("START"));
    c.put("stop_time", l.time("STOP"));
    String udi = l.text("UDI");
    c.put("udi_carrier", udi);
    c.put("udi_device_identifier", udiPart(udi, "01"));
    c.put("lot_number", udiPart(udi, "10"));
    c.put("serial_number", udiPart(udi, "21"));
  }

  private static String udiPart(String udi, String ai) {
    return "list_extract(list_reverse(regexp_extract_all("
        + udi
        + ", '\\("
        + ai
        + "\\)([^(]*)', 1)), 1)";
  }

  private static void imagingStudy(Map<String, String> c, SqlLine l) {
    c.put("started_time", l.time("DATE"));
    c.put("code_system", SNOMED);
    c.put("code", l.text("PROCEDURE_CODE"));
    c.put("modality_code", l.text("MODALITY_CODE"));
    c.put("modality_display", l.text("MODALITY_DESCRIPTION"));
    String site = l.text("BODYSITE_CODE");
    c.put("body_site_system", SNOMED); // as Row.setCode: the system even without a code
    c.put("body_site_code", site);
    c.put("body_site_display", l.text("BODYSITE_DESCRIPTION"));
    c.put("series_uid", l.text("SERIES_UID"));
    c.put("instance_uid", l.text("INSTANCE_UID"));
    c.put("sop_class_code", l.text("SOP_CODE"));
  }

  static void code(Map<String, String> c, SqlLine l, String system) {
    String code = l.text("CODE");
    c.put("code_system", "CASE WHEN " + code + " IS NOT NULL THEN " + system + " END");
    c.put("code", code);
    c.put("code_display", l.text("DESCRIPTION"));
  }

  static void reason(Map<String, String> c, SqlLine l) {
    String code = l.text("REASONCODE");
    c.put("reason_system", "CASE WHEN " + code + " IS NOT NULL THEN " + SNOMED + " END");
    c.put("reason_code", code);
    c.put(
        "reason_display",
        "CASE WHEN " + code + " IS NOT NULL THEN " + l.text("REASONDESCRIPTION") + " END");
  }

  /**
   * The canonical URI of the SYSTEM column (a URI already, or Synthea's short name), else {@code
   * fallback}.
   */
  static String system(SqlLine l, String fallback) {
    String s = l.text("SYSTEM");
    return "CASE WHEN "
        + s
        + " IS NULL THEN "
        + fallback
        + " ELSE CASE upper("
        + s
        + ")"
        + " WHEN 'SNOMED-CT' THEN "
        + SNOMED
        + " WHEN 'SNOMED' THEN "
        + SNOMED
        + " WHEN 'SNOMEDCT' THEN "
        + SNOMED
        + " WHEN 'SCT' THEN "
        + SNOMED
        + " WHEN 'RXNORM' THEN "
        + lit(SyntheaClinicalMapper.RXNORM)
        + " WHEN 'LOINC' THEN "
        + lit(SyntheaClinicalMapper.LOINC)
        + " WHEN 'CVX' THEN "
        + lit(SyntheaClinicalMapper.CVX)
        + " WHEN 'ICD10' THEN 'http://hl7.org/fhir/sid/icd-10-cm' WHEN 'ICD-10'"
        + " THEN 'http://hl7.org/fhir/sid/icd-10-cm' WHEN 'ICD-10-CM' THEN 'http://hl7.org/fhir/sid/icd-10-cm'"
        + " ELSE "
        + s
        + " END END";
  }
}
