package org.medmine.apps.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * OMOP CDM 5.4 export and import over the shared small Synthea population: the files' headers are
 * the CDM DDL's, the row counts are those independent SQL over the warehouse predicts, and a round
 * trip warehouse, OMOP, warehouse gives back every row OMOP can hold with its values.
 */
class OmopExchangeIT {
  @TempDir static Path dir;
  static Path original;
  static Path omop;
  static Path roundTrip;
  static Map<String, Long> exported;
  static Map<String, Long> imported;
  static String denier;

  @BeforeAll
  static void exportAndImport() throws SQLException {
    omop = dir.resolve("omop");
    try (Warehouse w = SmallWarehouse.copy(dir, "original.duckdb");
        Statement s = w.connection().createStatement()) {
      original = w.file();
      denier = strings(s, "SELECT min(id) FROM patient WHERE birth_date IS NOT NULL").get(0);
      s.execute(
          "INSERT INTO consent (source, id, patient_id, status, scope_code, decision) SELECT"
              + " source, 'deny-1', id, 'active', 'research', 'deny' FROM patient WHERE id = '"
              + denier
              + "'");
      exported = OmopExport.write(w, omop, null, clear());
    }
    roundTrip = dir.resolve("round-trip.duckdb");
    try (Warehouse w = Warehouse.open(roundTrip)) {
      imported = OmopImport.importFrom(w, omop);
    }
  }

  @Test
  void aConsentDeniedPatientIsExportedAsTheParquetExportDoes() throws Exception {
    // export is a copy of the whole warehouse (ConsentExclusionCommandsTest lists it as not mining)
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      assertThat(
              number(
                  s,
                  "SELECT count(*) FROM read_csv('"
                      + omop.resolve("person.csv")
                      + "', header = true, all_varchar = true) WHERE person_source_value = '"
                      + denier
                      + "'"))
          .isEqualTo(1);
    }
  }

  static ProtectedOutput clear() {
    return ProtectedOutput.clear(ProtectedOutput.Mode.CLEAR_OPTED_OUT);
  }

  @Test
  void everyFileHasTheHeaderOfTheCdm54Ddl() throws Exception {
    // Field counts of the CDM 5.4 specification's tables
    // (ohdsi.github.io/CommonDataModel/cdm54.html).
    Map<String, Integer> specFields =
        Map.ofEntries(
            Map.entry("person", 18),
            Map.entry("observation_period", 5),
            Map.entry("visit_occurrence", 17),
            Map.entry("condition_occurrence", 16),
            Map.entry("drug_exposure", 23),
            Map.entry("procedure_occurrence", 16),
            Map.entry("measurement", 23),
            Map.entry("observation", 21),
            Map.entry("death", 7),
            Map.entry("cost", 22),
            Map.entry("location", 12),
            Map.entry("care_site", 6),
            Map.entry("provider", 13));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String ddl : OmopCdm.ddl().replaceAll("(?m)^--.*$", "").split(";")) {
        if (!ddl.isBlank()) {
          s.execute(ddl);
        }
      }
      assertThat(OmopCdm.tables()).containsExactlyInAnyOrderElementsOf(specFields.keySet());
      for (String table : OmopCdm.tables()) {
        List<String> columns =
            strings(
                s,
                "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                    + table
                    + "' ORDER BY ordinal_position");
        assertThat(columns).as(table).hasSize(specFields.get(table));
        assertThat(columns.get(0)).as(table).endsWith("_id");
        String header = Files.readAllLines(omop.resolve(table + ".csv")).get(0);
        assertThat(header).as(table).isEqualTo(String.join(",", columns));
      }
      assertThat(
              strings(
                  s,
                  "SELECT column_name FROM information_schema.columns"
                      + " WHERE table_name = 'person' AND is_nullable = 'NO' ORDER BY ordinal_position"))
          .containsExactly(
              "person_id",
              "gender_concept_id",
              "year_of_birth",
              "race_concept_id",
              "ethnicity_concept_id");
    }
  }

  @Test
  void rowCountsMatchIndependentSqlOverTheWarehouse() throws Exception {
    String person = "patient_id IN (SELECT id FROM patient WHERE birth_date IS NOT NULL)";
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("person", "SELECT count(*) FROM patient WHERE birth_date IS NOT NULL"),
            Map.entry(
                "visit_occurrence",
                "SELECT count(*) FROM encounter WHERE start_time IS NOT NULL AND " + person),
            Map.entry(
                "observation_period",
                "SELECT count(DISTINCT patient_id) FROM encounter WHERE start_time IS NOT NULL AND "
                    + person),
            Map.entry(
                "condition_occurrence",
                "SELECT count(*) FROM condition WHERE onset_time IS NOT NULL AND " + person),
            Map.entry(
                "drug_exposure",
                "SELECT count(*) FROM medication WHERE start_time IS NOT NULL AND " + person),
            Map.entry(
                "procedure_occurrence",
                "SELECT count(*) FROM procedure WHERE start_time IS NOT NULL AND " + person),
            Map.entry(
                "measurement",
                "SELECT count(*) FROM observation WHERE effective_time IS NOT NULL AND category IN"
                    + " ('laboratory', 'vital-signs') AND "
                    + person),
            Map.entry(
                "observation",
                "SELECT count(*) FROM observation WHERE effective_time IS NOT NULL AND"
                    + " coalesce(category, '') NOT IN ('laboratory', 'vital-signs') AND "
                    + person),
            Map.entry(
                "death",
                "SELECT count(*) FROM patient WHERE death_time IS NOT NULL AND birth_date IS NOT NULL"),
            Map.entry("location", "SELECT count(*) FROM location"),
            Map.entry("care_site", "SELECT count(*) FROM organization"),
            Map.entry("provider", "SELECT count(*) FROM provider"),
            Map.entry(
                "cost",
                "SELECT (SELECT count(*) FROM encounter WHERE start_time IS NOT NULL AND "
                    + person
                    + " AND coalesce(base_cost, total_cost, payer_coverage) IS NOT NULL)"
                    + " + (SELECT count(*) FROM medication WHERE start_time IS NOT NULL AND "
                    + person
                    + " AND coalesce(base_cost, total_cost, payer_coverage) IS NOT NULL)"
                    + " + (SELECT count(*) FROM procedure WHERE start_time IS NOT NULL AND "
                    + person
                    + " AND base_cost IS NOT NULL)"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + original);
        Statement s = c.createStatement()) {
      for (String table : OmopCdm.tables()) {
        long inFile =
            number(
                s,
                "SELECT count(*) FROM read_csv('"
                    + omop.resolve(table + ".csv")
                    + "', header = true)");
        assertThat(exported.get(table)).as(table).isEqualTo(number(s, expected.get(table)));
        assertThat(inFile).as(table).isEqualTo(exported.get(table));
      }
      assertThat(exported.get("condition_occurrence")).isPositive();
      assertThat(exported.get("measurement")).isPositive();
      assertThat(exported.get("death")).isPositive();
    }
  }

  @Test
  void aRoundTripKeepsEveryRowAndValueOmopCanHold() throws Exception {
    String person = " WHERE patient_id IN (SELECT id FROM o.patient WHERE birth_date IS NOT NULL)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + roundTrip);
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + original + "' AS o (READ_ONLY)");
      same(
          s,
          "id, birth_date, sex, race, ethnicity, death_time",
          "patient",
          " WHERE birth_date IS NOT NULL");
      same(
          s,
          "id, patient_id, start_time, end_time, provider_id, organization_id, base_cost,"
              + " total_cost, payer_coverage, discharge_disposition_code",
          "encounter",
          person + " AND start_time IS NOT NULL");
      same(
          s,
          "patient_id, encounter_id, code, clinical_status, onset_time, abatement_time",
          "condition",
          person + " AND onset_time IS NOT NULL");
      same(
          s,
          "patient_id, encounter_id, code, start_time, stop_time, prescriber_id, dosage_text,"
              + " base_cost, total_cost, payer_coverage",
          "medication",
          person + " AND start_time IS NOT NULL");
      same(
          s,
          "patient_id, encounter_id, code, start_time, end_time, base_cost",
          "procedure",
          person + " AND start_time IS NOT NULL");
      same(
          s,
          "patient_id, encounter_id, code, value_number, value_unit, value_code, effective_time,"
              + " reference_range_low, reference_range_high",
          "observation",
          person + " AND effective_time IS NOT NULL");
      same(
          s,
          "id, npi, given_name, family_name, sex, specialty_code, organization_id",
          "provider",
          "");
      same(s, "id, name, type_code", "organization", "");
      same(s, "id, address_line, city, state, postal_code, latitude, longitude", "location", "");
      assertThat(imported.get("patient")).isEqualTo(exported.get("person"));
      assertThat(imported.get("observation"))
          .isEqualTo(exported.get("measurement") + exported.get("observation"));
    }
  }

  @Test
  void costsOfTheSyntheaCsvExportTravelAsCostRowsAndComeBack() throws Exception {
    // the FHIR ingest leaves encounter costs empty; Synthea's CSV export carries them
    Path csvWarehouse = dir.resolve("csv.duckdb");
    RecordedIngest.run(csvWarehouse, TestPopulations.small().csvDir());
    Path costOmop = dir.resolve("omop-costs");
    try (Warehouse w = Warehouse.openExisting(csvWarehouse, true)) {
      Map<String, Long> rows = OmopExport.write(w, costOmop, null, clear());
      long expected =
          number(
              w.connection().createStatement(),
              "SELECT (SELECT count(*) FROM encounter WHERE start_time IS NOT NULL"
                  + " AND coalesce(base_cost, total_cost, payer_coverage) IS NOT NULL)"
                  + " + (SELECT count(*) FROM medication WHERE start_time IS NOT NULL"
                  + " AND coalesce(base_cost, total_cost, payer_coverage) IS NOT NULL)"
                  + " + (SELECT count(*) FROM procedure WHERE start_time IS NOT NULL"
                  + " AND base_cost IS NOT NULL)");
      assertThat(rows.get("cost")).isPositive().isEqualTo(expected);
    }
    Path back = dir.resolve("csv-back.duckdb");
    try (Warehouse w = Warehouse.open(back)) {
      OmopImport.importFrom(w, costOmop);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + back);
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + csvWarehouse + "' AS o (READ_ONLY)");
      same(
          s,
          "id, base_cost, total_cost, payer_coverage",
          "encounter",
          " WHERE start_time IS NOT NULL");
      same(
          s,
          "patient_id, code, start_time, base_cost, total_cost, payer_coverage",
          "medication",
          " WHERE start_time IS NOT NULL");
      same(
          s,
          "patient_id, code, start_time, base_cost",
          "procedure",
          " WHERE start_time IS NOT NULL");
    }
  }

  @Test
  void importingTheSameFolderTwiceChangesNothing() throws Exception {
    Path twice = dir.resolve("twice.duckdb");
    try (Warehouse w = Warehouse.open(twice)) {
      OmopImport.importFrom(w, omop);
      OmopImport.importFrom(w, omop);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + twice);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, Long> e : imported.entrySet()) {
        assertThat(number(s, "SELECT count(*) FROM " + e.getKey()))
            .as(e.getKey())
            .isEqualTo(e.getValue());
      }
    }
  }

  /** The rows of {@code table} in the round trip equal those of the original, as multisets. */
  private static void same(Statement s, String columns, String table, String where)
      throws SQLException {
    String theirs = "SELECT " + columns + " FROM o." + table + where;
    String ours = "SELECT " + columns + " FROM " + table;
    long originalRows = number(s, "SELECT count(*) FROM (" + theirs + ")");
    assertThat(originalRows).as(table).isPositive();
    assertThat(number(s, "SELECT count(*) FROM (" + ours + ")")).as(table).isEqualTo(originalRows);
    assertThat(
            strings(
                s,
                "SELECT CAST(x AS VARCHAR) FROM (("
                    + theirs
                    + ") EXCEPT ALL ("
                    + ours
                    + ")) x LIMIT 3"))
        .as(table + ": original rows not given back")
        .isEmpty();
  }

  static long number(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> strings(Statement s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
