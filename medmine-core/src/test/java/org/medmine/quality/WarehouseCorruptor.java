package org.medmine.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Injects known errors of every kind the check catalogue looks for into a clean warehouse, at rows
 * chosen by a seeded random draw, and records each injection (kind, the check expected to find it,
 * table, row). It also plants <em>decoys</em>: correct data in unusual form (weights in pounds,
 * glucose in mmol/L, temperatures in °F, valid ICD-10-CM and CPT codes) that no check may flag.
 * Patients touched by a patient-level error are kept out of the event-level ones, so each error
 * stays attributable to one kind.
 */
final class WarehouseCorruptor {
  /** One injected error (or, when {@code check} is null, one decoy). */
  record Injection(String kind, String check, String table, String source, String id) {
    String key() {
      return source + "/" + id;
    }
  }

  private final Connection c;
  private final Random random;
  private final int rowsPerKind;
  private final int patientsPerKind;
  private final List<Injection> injections = new ArrayList<>();
  private final Map<String, Set<String>> used = new HashMap<>();
  private final Set<String> reservedPatients = new HashSet<>();
  private final boolean lenient;
  private final List<String> notInjectable = new ArrayList<>();

  /**
   * {@code lenient}: a kind with no candidate rows in this population is listed in {@link
   * #notInjectable}, not an error.
   */
  WarehouseCorruptor(
      Connection c, long seed, int rowsPerKind, int patientsPerKind, boolean lenient) {
    this.c = c;
    this.lenient = lenient;
    this.random = new Random(seed);
    this.rowsPerKind = rowsPerKind;
    this.patientsPerKind = patientsPerKind;
  }

  /** Injects every kind of error and every decoy; returns what was injected where. */
  List<Injection> corruptAll() throws SQLException {
    // Patient-level errors first; their patients are then excluded from the event-level errors.
    patientKind(
        "missing_birth_date",
        "compl_required_patient_birth_date",
        "TRUE",
        id -> "birth_date = NULL");
    patientKind(
        "age_over_120",
        "plaus_age_over_120",
        "death_time IS NULL",
        id -> "birth_date = DATE '1890-03-04'");
    patientKind(
        "ssn_format",
        "conf_patient_ssn_format",
        "ssn IS NOT NULL",
        id -> "ssn = replace(ssn, '-', '')");
    patientKind(
        "sex_value", "conf_patient_sex_value", "TRUE", id -> "sex = upper(substr(sex, 1, 1))");
    for (Injection i :
        patientKind("patient_no_encounter", "compl_patient_has_encounter", "TRUE", id -> null)) {
      exec(
          "DELETE FROM encounter WHERE source = '"
              + i.source()
              + "' AND patient_id = '"
              + i.id()
              + "'");
    }
    String free = "patient_id NOT IN (" + quoted(reservedPatients) + ")";

    rowKind(
        "loinc_check_digit",
        "conf_code_loinc",
        "observation",
        free + " AND code_system = 'http://loinc.org' AND regexp_full_match(code, '[0-9]+-[0-9]')",
        "code = substr(code, 1, length(code) - 1) || CAST((CAST(substr(code, length(code)) AS INTEGER) + 1) % 10 AS VARCHAR)");
    rowKind(
        "snomed_check_digit",
        "conf_code_snomed_condition",
        "condition",
        free + " AND code_system = 'http://snomed.info/sct'",
        "code = substr(code, 1, length(code) - 1) || CAST((CAST(substr(code, length(code)) AS INTEGER) + 3) % 10 AS VARCHAR)");
    for (Injection i :
        rowKind(
            "snomed_partition",
            "conf_code_snomed_procedure",
            "procedure",
            free + " AND code_system = 'http://snomed.info/sct'",
            "code = code")) {
      String code =
          scalar(
              "SELECT code FROM procedure WHERE source = '"
                  + i.source()
                  + "' AND id = '"
                  + i.id()
                  + "'");
      String payload =
          code.substring(0, code.length() - 3)
              + "01"; // partition 01: a description id, not a concept
      exec(
          "UPDATE procedure SET code = '"
              + payload
              + CodeValidators.verhoeffDigit(payload)
              + "' WHERE source = '"
              + i.source()
              + "' AND id = '"
              + i.id()
              + "'");
    }
    rowKind(
        "npi_check_digit",
        "conf_code_npi",
        "provider",
        "npi IS NOT NULL",
        "npi = substr(npi, 1, 9) || CAST((CAST(substr(npi, 10) AS INTEGER) + 1) % 10 AS VARCHAR)");
    rowKind(
        "icd10cm_format",
        "conf_code_icd10cm",
        "condition",
        free + " AND code_system = 'http://snomed.info/sct'",
        "code_system = 'http://hl7.org/fhir/sid/icd-10-cm', code = 'E1.19X'");
    rowKind(
        "cpt_format",
        "conf_code_cpt_hcpcs",
        "procedure",
        free + " AND code_system = 'http://snomed.info/sct'",
        "code_system = 'http://www.ama-assn.org/go/cpt', code = '9921'");
    rowKind(
        "rxnorm_format",
        "conf_code_rxnorm",
        "medication",
        free + " AND code_system = 'http://www.nlm.nih.gov/research/umls/rxnorm'",
        "code = 'RX' || code");
    rowKind(
        "ucum_invalid",
        "conf_code_ucum",
        "observation",
        free + " AND value_unit IN ('mm[Hg]', '/min', 'kg', 'mg/dL', 'cm')",
        "value_unit = CASE value_unit WHEN 'mm[Hg]' THEN 'mmHg' WHEN '/min' THEN 'beats/min' WHEN 'kg' THEN 'kilograms' WHEN 'mg/dL' THEN 'mg/dLL' ELSE 'centimetres' END");
    rowKind(
        "quantity_without_value",
        "conf_observation_quantity_has_number",
        "observation",
        free + " AND value_type = 'quantity' AND value_number IS NOT NULL",
        "value_number = NULL");
    rowKind(
        "fk_patient",
        "conf_fk_patient_condition",
        "condition",
        free,
        "patient_id = 'no-such-patient-' || id");
    rowKind(
        "fk_encounter",
        "conf_fk_encounter_observation",
        "observation",
        free + " AND encounter_id IS NOT NULL",
        "encounter_id = 'no-such-encounter-' || id");
    rowKind(
        "missing_observation_code",
        "compl_required_observation_code",
        "observation",
        free,
        "code = NULL");
    rowKind(
        "encounter_no_provider",
        "compl_encounter_provider",
        "encounter",
        free + " AND provider_id IS NOT NULL",
        "provider_id = NULL");
    for (Injection i :
        rowKind(
            "claim_no_lines",
            "compl_claim_has_lines",
            "claim",
            free + " AND kind = 'claim'",
            "status = status")) {
      exec(
          "DELETE FROM claim_line WHERE source = '"
              + i.source()
              + "' AND claim_id = '"
              + i.id()
              + "'");
    }
    rowKind(
        "before_birth",
        "plaus_before_birth_encounter",
        "encounter",
        free,
        "start_time = (SELECT CAST(p.birth_date AS TIMESTAMP) - INTERVAL 400 DAY FROM patient p WHERE p.source = encounter.source AND p.id = encounter.patient_id),"
            + " end_time = (SELECT CAST(p.birth_date AS TIMESTAMP) - INTERVAL 399 DAY FROM patient p WHERE p.source = encounter.source AND p.id = encounter.patient_id)");
    rowKind(
        "after_death",
        "plaus_after_death_encounter",
        "encounter",
        free + " AND patient_id IN (SELECT id FROM patient WHERE death_time IS NOT NULL)",
        "start_time = (SELECT p.death_time + INTERVAL 200 DAY FROM patient p WHERE p.source = encounter.source AND p.id = encounter.patient_id),"
            + " end_time = (SELECT p.death_time + INTERVAL 201 DAY FROM patient p WHERE p.source = encounter.source AND p.id = encounter.patient_id)");
    rowKind(
        "start_after_end",
        "plaus_start_before_end_encounter",
        "encounter",
        free + " AND end_time IS NOT NULL",
        "end_time = start_time - INTERVAL 2 HOUR");
    rowKind(
        "future_date",
        "plaus_future_observation",
        "observation",
        free,
        "effective_time = current_timestamp::TIMESTAMP + INTERVAL 700 DAY");
    rowKind(
        "sex_specific",
        "plaus_sex_specific_condition",
        "condition",
        free + " AND patient_id IN (SELECT id FROM patient WHERE sex = 'male')",
        "code_system = 'http://snomed.info/sct', code = '72892002', code_display = 'Normal pregnancy'");
    rowKind(
        "age_specific",
        "plaus_age_specific_dementia",
        "condition",
        free
            + " AND onset_time < (SELECT CAST(p.birth_date AS TIMESTAMP) + INTERVAL 30 YEAR FROM patient p WHERE p.source = condition.source AND p.id = condition.patient_id)",
        "code_system = 'http://snomed.info/sct', code = '26929004', code_display = 'Alzheimer''s disease (disorder)'");
    rowKind(
        "implausible_heart_rate",
        "plaus_value_range",
        "observation",
        free + " AND code = '8867-4' AND value_unit = '/min' AND value_number >= 35",
        "value_number = value_number * 10");
    rowKind(
        "implausible_temperature",
        "plaus_value_range",
        "observation",
        free + " AND code = '8310-5' AND value_unit = 'Cel'",
        "value_number = value_number + 40");
    rowKind(
        "implausible_weight_in_lb",
        "plaus_value_range",
        "observation",
        free + " AND code = '29463-7' AND value_unit = 'kg' AND value_number >= 45",
        "value_number = value_number * 10 / 0.45359237, value_unit = '[lb_av]'");
    for (Injection i :
        rowKind(
            "duplicate_row",
            "plaus_duplicate_observation",
            "observation",
            free + " AND parent_id IS NULL AND NOT contains(id, '#')",
            "id = id")) {
      exec(
          "INSERT INTO observation SELECT * REPLACE (id || '-dup' AS id) FROM observation WHERE source = '"
              + i.source()
              + "' AND id = '"
              + i.id()
              + "'");
      injections.set(
          injections.indexOf(i),
          new Injection(i.kind(), i.check(), i.table(), i.source(), i.id() + "-dup"));
      used.get("observation").add(i.id() + "-dup");
    }

    // Decoys: correct values in unusual but valid form. No check may flag them.
    rowKind(
        "decoy_weight_lb",
        null,
        "observation",
        free + " AND code = '29463-7' AND value_unit = 'kg'",
        "value_number = value_number / 0.45359237, value_unit = '[lb_av]'");
    rowKind(
        "decoy_glucose_mmol",
        null,
        "observation",
        free + " AND code IN ('2339-0', '2345-7') AND value_unit = 'mg/dL'",
        "value_number = value_number / 18.0156, value_unit = 'mmol/L'");
    rowKind(
        "decoy_temperature_f",
        null,
        "observation",
        free + " AND code = '8310-5' AND value_unit = 'Cel'",
        "value_number = value_number * 9 / 5 + 32, value_unit = '[degF]'");
    rowKind(
        "decoy_icd10cm",
        null,
        "condition",
        free + " AND code_system = 'http://snomed.info/sct'",
        "code_system = 'http://hl7.org/fhir/sid/icd-10-cm', code = 'E11.9'");
    rowKind(
        "decoy_cpt",
        null,
        "procedure",
        free + " AND code_system = 'http://snomed.info/sct'",
        "code_system = 'http://www.ama-assn.org/go/cpt', code = '99213'");
    return List.copyOf(injections);
  }

  /** The kinds this population had no candidate rows for (lenient mode only). */
  List<String> notInjectable() {
    return notInjectable;
  }

  private List<Injection> patientKind(
      String kind, String check, String where, Function<String, String> set) throws SQLException {
    List<String[]> rows =
        candidates(
            "patient",
            "source, id",
            where
                + (reservedPatients.isEmpty()
                    ? ""
                    : " AND id NOT IN (" + quoted(reservedPatients) + ")"));
    List<Injection> out = new ArrayList<>();
    for (String[] r : rows.subList(0, Math.min(patientsPerKind, rows.size()))) {
      String assignment = set.apply(r[1]);
      if (assignment != null) {
        exec(
            "UPDATE patient SET "
                + assignment
                + " WHERE source = '"
                + r[0]
                + "' AND id = '"
                + r[1]
                + "'");
      }
      reservedPatients.add(r[1]);
      out.add(new Injection(kind, check, "patient", r[0], r[1]));
    }
    injections.addAll(out);
    return out;
  }

  private List<Injection> rowKind(String kind, String check, String table, String where, String set)
      throws SQLException {
    Set<String> taken = used.computeIfAbsent(table, t -> new HashSet<>());
    List<Injection> out = new ArrayList<>();
    for (String[] r : candidates(table, "source, id", where)) {
      if (out.size() == rowsPerKind) {
        break;
      }
      if (taken.add(r[1])) {
        exec(
            "UPDATE "
                + table
                + " SET "
                + set
                + " WHERE source = '"
                + r[0]
                + "' AND id = '"
                + r[1]
                + "'");
        out.add(new Injection(kind, check, table, r[0], r[1]));
      }
    }
    if (out.isEmpty() && lenient) {
      notInjectable.add(kind);
    } else if (out.isEmpty()) {
      throw new IllegalStateException(
          "no candidate rows for " + kind + ": the population is too small");
    }
    injections.addAll(out);
    return out;
  }

  private List<String[]> candidates(String table, String columns, String where)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + columns
                    + " FROM "
                    + table
                    + " WHERE "
                    + where
                    + " ORDER BY source, id")) {
      while (rs.next()) {
        rows.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    Collections.shuffle(rows, random);
    return rows;
  }

  private String scalar(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String quoted(Set<String> ids) {
    return ids.isEmpty()
        ? "''"
        : String.join(", ", ids.stream().sorted().map(id -> "'" + id + "'").toList());
  }
}
