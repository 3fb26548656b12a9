package org.medmine.ingest.synthea;

import static org.medmine.ingest.synthea.SqlLine.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.model.Table;

/**
 * The SQL twin of {@link SyntheaAdministrativeMapper}, {@link SyntheaClinicalMapper} and the claim
 * line of {@link SyntheaClaimMapper}: for each file, the warehouse columns as SQL expressions over
 * the line (see {@link SqlLine}), column for column and in the same order, so that both paths store
 * the same values and quarantine a bad line for the same reason. A change to a Java mapper must be
 * made here too; SyntheaCsvNativeTest compares the two paths on the same export.
 */
final class SqlMapper {
  private SqlMapper() {}

  /** The table a file's lines go to (claims_transactions.csv: its CHARGE lines). */
  static Table table(SyntheaCsvFile kind) {
    return switch (kind) {
      case PATIENTS -> Table.PATIENT;
      case ORGANIZATIONS -> Table.ORGANIZATION;
      case PROVIDERS -> Table.PROVIDER;
      case PAYERS -> Table.PAYER;
      case ENCOUNTERS -> Table.ENCOUNTER;
      case CONDITIONS -> Table.CONDITION;
      case OBSERVATIONS -> Table.OBSERVATION;
      case MEDICATIONS -> Table.MEDICATION;
      case PROCEDURES -> Table.PROCEDURE;
      case IMMUNIZATIONS -> Table.IMMUNIZATION;
      case ALLERGIES -> Table.ALLERGY;
      case DEVICES -> Table.DEVICE;
      case IMAGING_STUDIES -> Table.IMAGING_STUDY;
      case CAREPLANS -> Table.CARE_PLAN;
      case CLAIMS_TRANSACTIONS -> Table.CLAIM_LINE;
      case CLAIMS -> Table.CLAIM;
    };
  }

  /**
   * The columns of the row a line maps to, as SQL over the line; {@code id} is the line's id
   * expression.
   */
  static Map<String, String> columns(SyntheaCsvFile kind, SqlLine l, String id) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("id", id);
    switch (kind) {
      case PATIENTS -> patient(c, l, id);
      case ORGANIZATIONS -> {
        c.put("name", l.text("NAME"));
        c.put("identifier_system", lit("https://github.com/synthetichealth/synthea"));
        c.put("identifier_value", id);
        address(c, l, "STATE");
        c.put("phone", l.text("PHONE"));
        c.put("revenue", l.money("REVENUE"));
        c.put("utilization", l.count("UTILIZATION"));
      }
      case PROVIDERS -> provider(c, l);
      case PAYERS -> payer(c, l);
      case ENCOUNTERS -> encounter(c, l);
      case CLAIMS_TRANSACTIONS -> chargeLine(c, l);
      case CLAIMS -> claim(c, l, id);
      default -> SqlClinicalMapper.map(kind, c, l);
    }
    return c;
  }

  private static void patient(Map<String, String> c, SqlLine l, String id) {
    c.put("mrn", id);
    c.put("ssn", l.text("SSN"));
    c.put("drivers_license", l.text("DRIVERS"));
    c.put("passport", l.text("PASSPORT"));
    c.put("prefix", l.text("PREFIX"));
    String first = l.text("FIRST");
    String middle = l.text("MIDDLE");
    c.put(
        "given_name",
        "CASE WHEN "
            + first
            + " IS NULL THEN "
            + middle
            + " WHEN "
            + middle
            + " IS NULL THEN "
            + first
            + " ELSE "
            + first
            + " || ' ' || "
            + middle
            + " END");
    c.put("family_name", l.text("LAST"));
    c.put("suffix", l.text("SUFFIX"));
    c.put("maiden_name", l.text("MAIDEN"));
    c.put("birth_date", l.date("BIRTHDATE"));
    c.put("death_time", l.time("DEATHDATE"));
    c.put("sex", sex(l, "GENDER"));
    String race = "lower(" + l.text("RACE") + ")";
    String ethnicity = "lower(" + l.text("ETHNICITY") + ")";
    c.put("race", race);
    c.put("race_code", omb(race));
    c.put("ethnicity", ethnicity);
    c.put("ethnicity_code", omb(ethnicity));
    c.put("marital_status", l.text("MARITAL"));
    // Java's split("\\s{2,}") drops trailing empty parts: a trailing run of spaces disappears
    c.put(
        "birth_place",
        "regexp_replace(regexp_replace("
            + l.text("BIRTHPLACE")
            + ", '\\s{2,}$', ''), '\\s{2,}', ', ', 'g')");
    c.put("address_line", l.text("ADDRESS"));
    c.put("city", l.text("CITY"));
    c.put("state", l.text("STATE"));
    c.put("county", l.text("COUNTY"));
    c.put("postal_code", l.text("ZIP"));
    c.put("latitude", l.number("LAT"));
    c.put("longitude", l.number("LON"));
    c.put("healthcare_expenses", l.money("HEALTHCARE_EXPENSES"));
    c.put("healthcare_coverage", l.money("HEALTHCARE_COVERAGE"));
    c.put("income", l.money("INCOME"));
  }

  private static String omb(String lowered) {
    StringBuilder b = new StringBuilder("CASE " + lowered);
    SyntheaAdministrativeMapper.OMB_CODES.forEach(
        (k, v) -> b.append(" WHEN ").append(lit(k)).append(" THEN ").append(lit(v)));
    return b.append(" END").toString();
  }

  private static void provider(Map<String, String> c, SqlLine l) {
    c.put("organization_id", l.text("ORGANIZATION"));
    String name = "trim(" + l.text("NAME") + ")";
    String space = "strpos(reverse(" + name + "), ' ')";
    c.put(
        "family_name",
        "CASE WHEN "
            + space
            + " = 0 THEN "
            + name
            + " ELSE right("
            + name
            + ", "
            + space
            + " - 1) END");
    c.put(
        "given_name",
        "CASE WHEN "
            + space
            + " > 0 THEN left("
            + name
            + ", length("
            + name
            + ") - "
            + space
            + ") END");
    c.put("sex", sex(l, "GENDER"));
    c.put("specialty_display", l.text("SPECIALITY"));
    address(c, l, "STATE");
  }

  private static void payer(Map<String, String> c, SqlLine l) {
    c.put("name", l.text("NAME"));
    c.put("ownership", l.text("OWNERSHIP"));
    c.put("address_line", l.text("ADDRESS"));
    c.put("city", l.text("CITY"));
    c.put("state", l.text("STATE_HEADQUARTERED"));
    c.put("postal_code", l.text("ZIP"));
    c.put("phone", l.text("PHONE"));
    c.put("amount_covered", l.money("AMOUNT_COVERED"));
    c.put("amount_uncovered", l.money("AMOUNT_UNCOVERED"));
    c.put("revenue", l.money("REVENUE"));
    c.put("covered_encounters", l.count("COVERED_ENCOUNTERS"));
    c.put("uncovered_encounters", l.count("UNCOVERED_ENCOUNTERS"));
    c.put("unique_customers", l.count("UNIQUE_CUSTOMERS"));
  }

  private static void address(Map<String, String> c, SqlLine l, String stateColumn) {
    c.put("address_line", l.text("ADDRESS"));
    c.put("city", l.text("CITY"));
    c.put("state", l.text(stateColumn));
    c.put("postal_code", l.text("ZIP"));
    c.put("latitude", l.number("LAT"));
    c.put("longitude", l.number("LON"));
  }

  /** M, F, O, U (or the words) to FHIR's administrative gender; anything else costs the line. */
  private static String sex(SqlLine l, String column) {
    String t = l.text(column);
    String mapped =
        "CASE upper("
            + t
            + ") WHEN 'M' THEN 'male' WHEN 'MALE' THEN 'male' WHEN 'F' THEN 'female' WHEN 'FEMALE'"
            + " THEN 'female' WHEN 'O' THEN 'other' WHEN 'OTHER' THEN 'other' WHEN 'U' THEN 'unknown'"
            + " WHEN 'UNKNOWN' THEN 'unknown' END";
    l.check(
        t + " IS NOT NULL AND (" + mapped + ") IS NULL",
        lit(l.file() + " column " + column + ": '") + " || " + t + " || ''' is not M or F'");
    return mapped;
  }

  private static void encounter(Map<String, String> c, SqlLine l) {
    c.put("patient_id", l.required("PATIENT"));
    String cls = l.required("ENCOUNTERCLASS");
    c.put("class", cls);
    c.put(
        "class_code",
        "CASE lower("
            + cls
            + ") WHEN 'wellness' THEN 'AMB' WHEN 'ambulatory' THEN 'AMB' WHEN 'outpatient' THEN"
            + " 'AMB' WHEN 'urgentcare' THEN 'AMB' WHEN 'emergency' THEN 'EMER' WHEN 'inpatient' THEN 'IMP'"
            + " WHEN 'snf' THEN 'IMP' WHEN 'home' THEN 'HH' WHEN 'hospice' THEN 'HH' WHEN 'virtual' THEN 'VR' END");
    SqlClinicalMapper.code(c, l, lit(SyntheaClinicalMapper.SNOMED));
    c.put("start_time", l.time("START"));
    c.put("end_time", l.time("STOP"));
    c.put("provider_id", l.text("PROVIDER"));
    c.put("organization_id", l.text("ORGANIZATION"));
    c.put("payer_id", l.text("PAYER"));
    SqlClinicalMapper.reason(c, l);
    c.put("base_cost", l.money("BASE_ENCOUNTER_COST"));
    c.put("total_cost", l.money("TOTAL_CLAIM_COST"));
    c.put("payer_coverage", l.money("PAYER_COVERAGE"));
  }

  /**
   * A line of claims_transactions.csv: its checks follow {@link SyntheaClaimMapper#transaction} per
   * TYPE; the columns are those of the claim line a CHARGE makes (other types make no row, see
   * SyntheaCsvNativeReader).
   */
  private static void chargeLine(Map<String, String> c, SqlLine l) {
    String claim = l.required("CLAIMID");
    String type = l.derived("_u_TYPE", "upper(" + l.required("TYPE") + ")");
    l.check(
        type + " NOT IN ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'TRANSFERIN', 'TRANSFEROUT')",
        lit(l.file() + " column TYPE: '")
            + " || "
            + type
            + " || ''' is not CHARGE, PAYMENT, ADJUSTMENT, TRANSFERIN or TRANSFEROUT'");
    String amount = onlyFor(l, type + " <> 'PAYMENT'", l.money("AMOUNT"));
    String payment = onlyFor(l, type + " = 'PAYMENT'", l.money("PAYMENTS"));
    String charge = type + " = 'CHARGE'";
    c.put("claim_id", claim);
    // only a CHARGE makes a row: the other lines keep NULLs, so the temp table they pass through
    // stays narrow
    String only = "CASE WHEN " + charge + " THEN ";
    c.put("patient_id", only + onlyFor(l, charge, l.required("PATIENTID")) + " END");
    c.put("line_kind", "'item'");
    String sequence = onlyFor(l, charge, l.count("CHARGEID"));
    l.check(
        charge + " AND abs(" + sequence + ") > 2147483647",
        lit("could not map the line (java.lang.ArithmeticException: integer overflow)"));
    c.put("sequence", only + "try_cast(" + sequence + " AS INTEGER) END");
    c.put("code", only + l.text("PROCEDURECODE") + " END");
    c.put("code_display", only + l.text("NOTES") + " END");
    c.put("encounter_id", only + l.text("APPOINTMENTID") + " END");
    c.put("service_start", only + onlyFor(l, charge, l.time("FROMDATE")) + " END");
    c.put("service_end", only + onlyFor(l, charge, l.time("TODATE")) + " END");
    c.put("quantity", only + onlyFor(l, charge, l.number("UNITS")) + " END");
    c.put("unit_price", only + onlyFor(l, charge, l.money("UNITAMOUNT")) + " END");
    c.put("net", only + amount + " END");
    c.put("_type", type);
    c.put("_payment", payment);
  }

  /**
   * Makes the last check (registered by the accessor that produced {@code expr}) apply to CHARGE
   * lines only: the Java mapper reads those columns for a CHARGE and ignores them on other lines.
   */
  private static String onlyFor(SqlLine l, String condition, String expr) {
    l.restrictLastCheck(condition);
    return expr;
  }

  private static void claim(Map<String, String> c, SqlLine l, String id) {
    c.put("patient_id", l.required("PATIENTID"));
    c.put("kind", "'claim'");
    c.put("encounter_id", l.text("APPOINTMENTID"));
    c.put("provider_id", l.text("PROVIDERID"));
    c.put("payer_id", l.text("PRIMARYPATIENTINSURANCEID"));
    c.put("start_time", l.time("SERVICEDATE"));
    c.put("end_time", l.time("SERVICEDATE"));
    for (int n = 1; n <= 4; n++) {
      c.put("diagnosis_" + n + "_code", l.text("DIAGNOSIS" + n));
    }
    for (int n = 5; n <= 8; n++) {
      c.put("_diagnosis_" + n, l.text("DIAGNOSIS" + n));
    }
  }
}
