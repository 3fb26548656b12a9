package org.medmine.ingest.synthea;

import java.util.Locale;
import java.util.Map;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps patients.csv, organizations.csv, providers.csv and payers.csv (Synthea CSV data dictionary,
 * v3) to the columns the FHIR Patient, Organization and Practitioner mappers fill. Payers have no
 * FHIR resource in Synthea's export (an insurer is only a display name there), so the {@code payer}
 * table is CSV's alone.
 */
final class SyntheaAdministrativeMapper {
  /**
   * Synthea's race and ethnicity names to their OMB codes (urn:oid:2.16.840.1.113883.6.238), as
   * FHIR writes them.
   */
  static final Map<String, String> OMB_CODES =
      Map.of(
          "white",
          "2106-3",
          "black",
          "2054-5",
          "asian",
          "2028-9",
          "native",
          "1002-5",
          "hawaiian",
          "2076-8",
          "other",
          "2131-1",
          "hispanic",
          "2135-2",
          "nonhispanic",
          "2186-5");

  Row patient(CsvLine l, String id) {
    Row row = new Row(Table.PATIENT).set("id", id);
    row.set("mrn", id).set("ssn", l.text("SSN")).set("drivers_license", l.text("DRIVERS"));
    row.set("passport", l.text("PASSPORT"));
    row.set("prefix", l.text("PREFIX"))
        .set("given_name", joined(l.text("FIRST"), l.text("MIDDLE")));
    row.set("family_name", l.text("LAST"))
        .set("suffix", l.text("SUFFIX"))
        .set("maiden_name", l.text("MAIDEN"));
    row.set("birth_date", l.date("BIRTHDATE")).set("death_time", l.time("DEATHDATE"));
    row.set("sex", sex(l, "GENDER"));
    String race = lower(l.text("RACE"));
    String ethnicity = lower(l.text("ETHNICITY"));
    row.set("race", race).set("race_code", race == null ? null : OMB_CODES.get(race));
    row.set("ethnicity", ethnicity)
        .set("ethnicity_code", ethnicity == null ? null : OMB_CODES.get(ethnicity));
    row.set("marital_status", l.text("MARITAL"));
    String birthPlace = l.text("BIRTHPLACE");
    row.set(
        "birth_place", birthPlace == null ? null : String.join(", ", birthPlace.split("\\s{2,}")));
    row.set("address_line", l.text("ADDRESS"))
        .set("city", l.text("CITY"))
        .set("state", l.text("STATE"));
    row.set("county", l.text("COUNTY")).set("postal_code", l.text("ZIP"));
    row.set("latitude", l.number("LAT")).set("longitude", l.number("LON"));
    row.set("healthcare_expenses", l.money("HEALTHCARE_EXPENSES"));
    row.set("healthcare_coverage", l.money("HEALTHCARE_COVERAGE")).set("income", l.money("INCOME"));
    return row;
  }

  Row organization(CsvLine l, String id) {
    Row row = new Row(Table.ORGANIZATION).set("id", id).set("name", l.text("NAME"));
    row.set("identifier_system", "https://github.com/synthetichealth/synthea")
        .set("identifier_value", id);
    address(row, l, "STATE");
    row.set("phone", l.text("PHONE"))
        .set("revenue", l.money("REVENUE"))
        .set("utilization", l.count("UTILIZATION"));
    return row;
  }

  /** A clinician; NAME is "given family" (the last word is the family name). */
  Row provider(CsvLine l, String id) {
    Row row = new Row(Table.PROVIDER).set("id", id).set("organization_id", l.text("ORGANIZATION"));
    String name = l.text("NAME");
    if (name != null) {
      int space = name.strip().lastIndexOf(' ');
      row.set("family_name", space < 0 ? name.strip() : name.strip().substring(space + 1));
      row.set("given_name", space < 0 ? null : name.strip().substring(0, space));
    }
    row.set("sex", sex(l, "GENDER")).set("specialty_display", l.text("SPECIALITY"));
    address(row, l, "STATE");
    return row;
  }

  Row payer(CsvLine l, String id) {
    Row row =
        new Row(Table.PAYER)
            .set("id", id)
            .set("name", l.text("NAME"))
            .set("ownership", l.text("OWNERSHIP"));
    row.set("address_line", l.text("ADDRESS")).set("city", l.text("CITY"));
    row.set("state", l.text("STATE_HEADQUARTERED"))
        .set("postal_code", l.text("ZIP"))
        .set("phone", l.text("PHONE"));
    row.set("amount_covered", l.money("AMOUNT_COVERED"))
        .set("amount_uncovered", l.money("AMOUNT_UNCOVERED"));
    row.set("revenue", l.money("REVENUE")).set("covered_encounters", l.count("COVERED_ENCOUNTERS"));
    row.set("uncovered_encounters", l.count("UNCOVERED_ENCOUNTERS"));
    return row.set("unique_customers", l.count("UNIQUE_CUSTOMERS"));
  }

  private static void address(Row row, CsvLine l, String stateColumn) {
    row.set("address_line", l.text("ADDRESS"))
        .set("city", l.text("CITY"))
        .set("state", l.text(stateColumn));
    row.set("postal_code", l.text("ZIP"))
        .set("latitude", l.number("LAT"))
        .set("longitude", l.number("LON"));
  }

  /** Synthea writes M and F; FHIR administrative gender is male, female, other, unknown. */
  private static String sex(CsvLine l, String column) {
    String v = l.text(column);
    if (v == null) {
      return null;
    }
    return switch (v.toUpperCase(Locale.ROOT)) {
      case "M", "MALE" -> "male";
      case "F", "FEMALE" -> "female";
      case "O", "OTHER" -> "other";
      case "U", "UNKNOWN" -> "unknown";
      default ->
          throw new SyntheaFormatException(
              l.file() + " column " + column + ": '" + v + "' is not M or F");
    };
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String joined(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
