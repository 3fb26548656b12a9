package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestListener;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.model.Table;
import org.medmine.synthea.SyntheaPopulation;
import org.medmine.warehouse.Warehouse;

/**
 * The oracle for ingestion: Synthea writes FHIR and CSV for the same people, so the warehouse each export
 * makes must agree — per table, and field by field on patient, encounter, condition, observation,
 * medication and claim. Where the exports differ by design, the difference is named below with its reason,
 * and the test asserts that exactly the named rows differ (and that they exist), instead of hiding them.
 *
 * <p>Rows with an id in both exports (patients, encounters, claims) are paired by id. CSV conditions,
 * observations and medications have no id, so they are paired with FHIR's by (patient, encounter, code,
 * time), identical keys in a stable order.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SyntheaCsvOracleTest {
  @TempDir static Path dir;

  /**
   * Rows of one export that the other has no counterpart for, by design.
   *
   * @param table the warehouse table
   * @param side {@code f} (only in the FHIR warehouse) or {@code c} (only in the CSV one)
   * @param where the SQL predicate, on the table's rows of that side, that picks them
   * @param reason why
   */
  record OneSided(Table table, String side, String where, String reason) {}

  static final List<OneSided> ONE_SIDED =
      List.of(
          new OneSided(Table.LOCATION, "f", "true",
              "Synthea's CSV export has no locations file; FHIR writes a Location per facility"),
          new OneSided(Table.PAYER, "c", "true",
              "FHIR has no payer resource (an insurer is only a display name on Claim); CSV has payers.csv"),
          new OneSided(Table.NOTE, "f", "true",
              "FHIR writes a DocumentReference per encounter; the CSV export has no notes"),
          new OneSided(Table.MEDICATION, "f", "kind = 'administration'",
              "FHIR adds a MedicationAdministration for drugs given in the encounter; CSV lists prescriptions only"),
          new OneSided(Table.CLAIM, "f", "kind = 'eob'",
              "FHIR pairs every Claim with an ExplanationOfBenefit; CSV has the claim and its transactions"),
          new OneSided(Table.OBSERVATION, "f", "value_type = 'none' AND id IN (SELECT parent_id FROM f.observation)",
              "FHIR keeps the parent of an observation with components (blood pressure panel, PRAPARE);"
                  + " CSV writes only one line per component"),
          new OneSided(Table.OBSERVATION, "c", "code IN ('QOLS', 'QALY', 'DALY') AND encounter_id IS NULL",
              "CSV writes Synthea's yearly quality-of-life scores as observations; FHIR has them as Patient extensions"),
          new OneSided(Table.CLAIM_LINE, "f", "true",
              "the exports itemise claims differently (FHIR: Claim and EOB items, diagnoses repeated as items;"
                  + " CSV: one line per CHARGE transaction and per DIAGNOSISn column), see claimLinesAgreeOnDiagnosesAndCharges()"),
          new OneSided(Table.CLAIM_LINE, "c", "true", "see the FHIR side"));

  private SyntheaPopulation population;
  private IngestResult fhir;
  private IngestResult csv;
  private Connection both;

  @BeforeAll
  void ingestBothExports() throws SQLException {
    population = TestPopulations.small();
    fhir = ingest(population.fhirDir(), InputFormat.FHIR, dir.resolve("fhir.duckdb"));
    csv = ingest(population.csvDir(), InputFormat.SYNTHEA_CSV, dir.resolve("csv.duckdb"));
    both = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = both.createStatement()) {
      s.execute("ATTACH '" + dir.resolve("fhir.duckdb") + "' AS f (READ_ONLY)");
      s.execute("ATTACH '" + dir.resolve("csv.duckdb") + "' AS c (READ_ONLY)");
    }
  }

  private static IngestResult ingest(Path input, InputFormat format, Path file) {
    try (Warehouse w = Warehouse.open(file)) {
      return Ingestor.ingest(w, new IngestOptions(List.of(input), "synthea", format), IngestListener.NONE);
    }
  }

  @AfterAll
  void close() throws SQLException {
    if (both != null) {
      both.close();
    }
  }

  @Test
  void bothExportsAreReadWhole() {
    assertThat(csv.quarantined()).isZero();
    assertThat(csv.read()).isEqualTo(csv.stored()).isPositive();
    assertThat(fhir.quarantined()).isZero();
    assertThat(fhir.read()).isEqualTo(fhir.stored() + fhir.skipped());
    assertThat(fhir.skippedByType()).containsOnlyKeys("Provenance", "CareTeam", "SupplyDelivery");
  }

  @Test
  void tableRowCountsAgreeExceptForTheNamedOneSidedRows() throws SQLException {
    List<String> mismatches = new ArrayList<>();
    for (Table t : Table.clinical()) {
      long f = count("SELECT count(*) FROM f." + t.sqlName());
      long c = count("SELECT count(*) FROM c." + t.sqlName());
      long fOnly = 0;
      long cOnly = 0;
      for (OneSided o : ONE_SIDED) {
        if (o.table() == t) {
          long n = count("SELECT count(*) FROM " + o.side() + "." + t.sqlName() + " WHERE " + o.where());
          assertThat(n).as("rows named by '%s' on %s.%s", o.reason(), o.side(), t.sqlName()).isPositive();
          if (o.side().equals("f")) {
            fOnly += n;
          } else {
            cOnly += n;
          }
        }
      }
      if (f - fOnly != c - cOnly) {
        mismatches.add(t.sqlName() + ": FHIR " + f + " (" + fOnly + " one-sided), CSV " + c + " (" + cOnly + " one-sided)");
      }
      if (f == 0 && c == 0) {
        mismatches.add(t.sqlName() + " is empty in both warehouses: nothing was compared");
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void patientsAgreeOnBirthDateSexRaceAndEthnicity() throws SQLException {
    assertThat(count("SELECT count(*) FROM c.patient")).isEqualTo(count("SELECT count(*) FROM f.patient")).isPositive();
    assertThat(
            differing(
                "FROM f.patient f FULL JOIN c.patient c USING (id)",
                "f.birth_date", "c.birth_date", "f.sex", "c.sex", "f.race", "c.race", "f.ethnicity", "c.ethnicity",
                "f.race_code", "c.race_code", "f.ethnicity_code", "c.ethnicity_code"))
        .isEmpty();
  }

  @Test
  void encountersAgreeOnClassStartAndStop() throws SQLException {
    assertThat(count("SELECT count(*) FROM f.encounter f JOIN c.encounter c USING (id)"))
        .isEqualTo(count("SELECT count(*) FROM f.encounter")).isPositive();
    assertThat(
            differing(
                "FROM f.encounter f FULL JOIN c.encounter c USING (id)",
                "f.class_code", "c.class_code", "f.start_time", "c.start_time", "f.end_time", "c.end_time",
                "f.patient_id", "c.patient_id", "f.code", "c.code", "f.provider_id", "c.provider_id",
                "f.organization_id", "c.organization_id"))
        .isEmpty();
  }

  /** Named difference: CSV conditions have their onset as a date; FHIR has the timestamp. */
  @Test
  void conditionsAgreeOnCodeAndOnsetDay() throws SQLException {
    String key = "patient_id, encounter_id, code, CAST(onset_time AS DATE)";
    String pairs = paired("condition", key, "onset_time", "true", "true");
    assertThat(unpaired("condition", key, "true", "true")).isEqualTo(Map.of("f", 0L, "c", 0L));
    long differ = count("SELECT count(*) " + pairs + " WHERE f.onset_time <> c.onset_time");
    long explained =
        count("SELECT count(*) " + pairs + " WHERE c.onset_time = date_trunc('day', f.onset_time)"
            + " AND f.onset_time <> c.onset_time");
    assertThat(differ).as("conditions whose onset differs").isEqualTo(explained).isPositive();
    assertThat(count("SELECT count(*) " + pairs)).isEqualTo(count("SELECT count(*) FROM c.condition")).isPositive();
  }

  /**
   * Named differences: CSV writes numbers with one decimal and FHIR with five significant digits (so they
   * agree to within 0.05 or to FHIR's precision), CSV replaces the commas of text values with spaces, types
   * some numbers (income, 63586-2) as text, and gives coded and text values a unit
   * ({nominal}, {score}...) where FHIR's valueCodeableConcept and valueString have none.
   */
  @Test
  void observationsAgreeOnCodeValueAndUnit() throws SQLException {
    String key = "patient_id, encounter_id, code, effective_time";
    String fhirRows = "NOT (value_type = 'none' AND id IN (SELECT parent_id FROM f.observation))";
    String csvRows = "NOT (code IN ('QOLS', 'QALY', 'DALY') AND encounter_id IS NULL)";
    assertThat(unpaired("observation", key, fhirRows, csvRows)).isEqualTo(Map.of("f", 0L, "c", 0L));
    String pairs = paired("observation", key, "value_number, value_text, value_unit", fhirRows, csvRows);
    assertThat(count("SELECT count(*) " + pairs)).isEqualTo(count("SELECT count(*) FROM c.observation WHERE " + csvRows));
    String csvNumber = "coalesce(c.value_number, TRY_CAST(c.value_text AS DOUBLE))";
    String near = "(abs(f.value_number - %1$s) <= 0.05 + 1e-9 OR (%1$s <> 0"
        + " AND f.value_number = round(%1$s, 4 - CAST(floor(log10(greatest(abs(%1$s), 1e-9))) AS INTEGER))))";
    long numberDiffers = count("SELECT count(*) " + pairs + " WHERE f.value_number IS DISTINCT FROM c.value_number");
    long rounded = count("SELECT count(*) " + pairs + " WHERE f.value_number <> c.value_number AND "
        + near.formatted("c.value_number"));
    long numberAsText = count("SELECT count(*) " + pairs + " WHERE f.value_number IS NOT NULL AND c.value_number IS NULL"
        + " AND " + near.formatted(csvNumber));
    assertThat(numberDiffers)
        .as("numeric values that differ, e.g. %s", examples("SELECT f.code, f.value_number, c.value_number, c.value_text "
            + pairs + " WHERE f.value_number IS DISTINCT FROM c.value_number AND NOT coalesce(" + near.formatted(csvNumber)
            + ", false)"))
        .isEqualTo(rounded + numberAsText);
    assertThat(rounded).as("numbers rounded differently").isPositive();
    assertThat(numberAsText).as("numbers CSV types as text").isPositive();
    long textDiffers = count("SELECT count(*) " + pairs + " WHERE f.value_number IS NULL AND f.value_text IS DISTINCT FROM c.value_text");
    long commas = count("SELECT count(*) " + pairs + " WHERE f.value_number IS NULL AND f.value_text <> c.value_text"
        + " AND replace(f.value_text, ',', ' ') = c.value_text");
    assertThat(textDiffers).as("text values that differ").isEqualTo(commas).isPositive();
    long unitDiffers = count("SELECT count(*) " + pairs + " WHERE f.value_unit IS DISTINCT FROM c.value_unit");
    long unitOfText = count("SELECT count(*) " + pairs + " WHERE f.value_unit IS NULL AND c.value_unit IS NOT NULL"
        + " AND f.value_type IN ('codeable', 'string')");
    assertThat(unitDiffers).as("units that differ").isEqualTo(unitOfText).isPositive();
  }

  /** Named difference: CSV replaces the commas of a drug's name with spaces. */
  @Test
  void medicationRequestsAgreeOnCode() throws SQLException {
    String key = "patient_id, encounter_id, code, start_time";
    String fhirRows = "kind = 'request'";
    assertThat(unpaired("medication", key, fhirRows, "true")).isEqualTo(Map.of("f", 0L, "c", 0L));
    String pairs = paired("medication", key, "stop_time", fhirRows, "true");
    assertThat(count("SELECT count(*) " + pairs)).isEqualTo(count("SELECT count(*) FROM c.medication")).isPositive();
    assertThat(differing(pairs, "f.code_system", "c.code_system", "replace(f.code_display, ',', ' ')", "c.code_display"))
        .isEmpty();
    assertThat(count("SELECT count(*) " + pairs + " WHERE f.code_display <> c.code_display"))
        .as("drug names with a comma, which CSV writes as a space").isPositive();
  }

  /**
   * Named difference: FHIR's Claim.total for an encounter is the encounter's total claim cost (CSV's
   * encounters.TOTAL_CLAIM_COST); CSV's claim is the sum of its CHARGE transactions, which for some
   * encounters bill less than that total. Pharmacy claims agree exactly.
   */
  @Test
  void claimsAgreeOnTotalExceptWhereFhirTotalsTheEncounter() throws SQLException {
    String pairs = "FROM f.claim f FULL JOIN c.claim c USING (id)";
    assertThat(count("SELECT count(*) " + pairs + " WHERE f.kind IS DISTINCT FROM 'eob'"))
        .isEqualTo(count("SELECT count(*) FROM c.claim")).isPositive();
    assertThat(differing(pairs + " WHERE f.kind IS DISTINCT FROM 'eob'", "f.patient_id", "c.patient_id",
        "f.encounter_id", "c.encounter_id")).isEmpty();
    long differ = count("SELECT count(*) " + pairs + " WHERE f.kind = 'claim' AND f.total IS DISTINCT FROM c.total");
    long explained =
        count("SELECT count(*) " + pairs + " JOIN c.encounter e ON e.id = c.encounter_id WHERE f.kind = 'claim'"
            + " AND f.total <> c.total AND f.total = e.total_cost AND f.type_code <> 'pharmacy'");
    assertThat(differ).as("claims whose total differs").isEqualTo(explained).isPositive();
    assertThat(count("SELECT count(*) " + pairs + " WHERE f.type_code = 'pharmacy' AND f.total = c.total")).isPositive();
  }

  /**
   * Claim lines are itemised differently (see {@link #ONE_SIDED}). What both have: every diagnosis of a FHIR
   * Claim is among the CSV claim's DIAGNOSISn codes (in another order: CSV lists the patient's active
   * conditions too), except on claims whose eight DIAGNOSIS columns (all claims.csv has) are full; and CSV has
   * one item line per CHARGE transaction of claims_transactions.csv.
   */
  @Test
  void claimLinesAgreeOnDiagnosesAndCharges() throws SQLException {
    long fhirDiagnoses = count("SELECT count(*) FROM f.claim_line l JOIN f.claim k ON k.id = l.claim_id"
        + " WHERE k.kind = 'claim' AND l.line_kind = 'diagnosis'");
    String missing = "FROM f.claim_line f JOIN f.claim k ON k.id = f.claim_id WHERE k.kind = 'claim'"
        + " AND f.line_kind = 'diagnosis' AND NOT EXISTS (SELECT 1 FROM c.claim_line c"
        + " WHERE c.claim_id = f.claim_id AND c.line_kind = 'diagnosis' AND c.code = f.code)";
    long cutOff = count("SELECT count(*) " + missing + " AND (SELECT count(*) FROM c.claim_line c"
        + " WHERE c.claim_id = f.claim_id AND c.line_kind = 'diagnosis') = 8");
    assertThat(count("SELECT count(*) " + missing))
        .as("FHIR claim diagnoses missing in CSV, e.g. %s", examples("SELECT f.claim_id, f.sequence, f.code " + missing))
        .isEqualTo(cutOff)
        .isLessThan(fhirDiagnoses / 100);
    assertThat(count("SELECT count(*) FROM c.claim_line WHERE line_kind = 'item'"))
        .isEqualTo(count("SELECT count(*) FROM read_csv('" + population.csvDir().resolve("claims_transactions.csv")
            + "', all_varchar = true) WHERE TYPE = 'CHARGE'"))
        .isPositive();
  }

  /**
   * The pairs of a patient-scoped table: rows with the same key, matched in the order of {@code order}
   * within a key, as a FROM clause with aliases f and c.
   */
  private static String paired(String table, String key, String order, String fhirRows, String csvRows) {
    return "FROM (" + numbered("f", table, key, order, fhirRows) + ") f JOIN (" + numbered("c", table, key, order, csvRows)
        + ") c ON f._k = c._k AND f._n = c._n";
  }

  private static String numbered(String side, String table, String key, String order, String where) {
    return "SELECT *, md5(concat_ws('|', " + key + ")) AS _k, row_number() OVER (PARTITION BY " + key
        + " ORDER BY " + order + ") AS _n FROM " + side + "." + table + " WHERE " + where;
  }

  /** How many rows of each side have no row of the other with the same key (as many times). */
  private Map<String, Long> unpaired(String table, String key, String fhirRows, String csvRows) throws SQLException {
    String groups = "SELECT md5(concat_ws('|', " + key + ")) AS _k, count(*) n FROM %s." + table + " WHERE %s GROUP BY _k";
    String join = "FROM (" + groups.formatted("f", fhirRows) + ") f FULL JOIN (" + groups.formatted("c", csvRows)
        + ") c USING (_k)";
    return Map.of(
        "f", count("SELECT coalesce(sum(greatest(coalesce(f.n, 0) - coalesce(c.n, 0), 0)), 0) " + join),
        "c", count("SELECT coalesce(sum(greatest(coalesce(c.n, 0) - coalesce(f.n, 0), 0)), 0) " + join));
  }

  /** For each pair of expressions (FHIR, CSV), a line per differing value; empty when all agree. */
  private List<String> differing(String from, String... pairsOfColumns) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pairsOfColumns.length; i += 2) {
      String f = pairsOfColumns[i];
      String c = pairsOfColumns[i + 1];
      String where = (from.contains(" WHERE ") ? " AND " : " WHERE ") + f + " IS DISTINCT FROM " + c;
      long n = count("SELECT count(*) " + from + where);
      if (n > 0) {
        out.add(n + " rows differ on " + f + " vs " + c + ", e.g. " + first("SELECT " + f + " || ' vs ' || coalesce(CAST(" + c
            + " AS VARCHAR), 'null') " + from + where));
      }
    }
    return out;
  }

  private String examples(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = both.createStatement();
        ResultSet rs = s.executeQuery(sql + " LIMIT 8")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(String.join(" | ", row));
      }
    }
    return String.join("\n", out);
  }

  private long count(String sql) throws SQLException {
    try (Statement s = both.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String first(String sql) throws SQLException {
    try (Statement s = both.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }
}
