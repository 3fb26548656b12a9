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
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.Table;
import org.medmine.synthea.SyntheaPopulation;
import org.medmine.warehouse.Warehouse;

/**
 * The oracle for ingestion: Synthea writes FHIR and CSV for the same people, so the warehouse each
 * export makes must agree — per table, and field by field on patient, encounter, condition,
 * observation, medication and claim. Where the exports differ by design, the difference is named
 * below with its reason, and the test asserts that exactly the named rows differ (and that they
 * exist), instead of hiding them.
 *
 * <p>Rows with an id in both exports (patients, encounters, claims) are paired by id. CSV
 * conditions, observations and medications have no id, so they are paired with FHIR's by (patient,
 * encounter, code, time), identical keys in a stable order.
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

  static final String FHIR_PANEL_PARENT =
      "value_type = 'none' AND id IN (SELECT parent_id FROM f.observation)";

  static final List<OneSided> ONE_SIDED =
      List.of(
          new OneSided(
              Table.LOCATION,
              "f",
              "true",
              "Synthea's CSV export has no locations file; FHIR writes a Location per facility"),
          new OneSided(
              Table.PAYER,
              "c",
              "true",
              "FHIR has no payer resource (an insurer is only a display name on Claim); CSV has payers.csv"),
          new OneSided(
              Table.NOTE,
              "f",
              "true",
              "FHIR writes a DocumentReference per encounter; the CSV export has no notes"),
          new OneSided(
              Table.MEDICATION,
              "f",
              "kind = 'administration'",
              "FHIR adds a MedicationAdministration for drugs given in the encounter; CSV lists prescriptions only"),
          new OneSided(
              Table.CLAIM,
              "f",
              "kind = 'eob'",
              "FHIR pairs every Claim with an ExplanationOfBenefit; CSV has the claim and its transactions"),
          new OneSided(
              Table.OBSERVATION,
              "f",
              FHIR_PANEL_PARENT,
              "FHIR keeps the parent of an observation with components (blood pressure panel, PRAPARE);"
                  + " CSV writes only one line per component"),
          new OneSided(
              Table.OBSERVATION,
              "c",
              "code IN ('QOLS', 'QALY', 'DALY') AND encounter_id IS NULL",
              "CSV writes Synthea's yearly quality-of-life scores as observations; FHIR as Patient extensions"),
          new OneSided(
              Table.CLAIM_LINE,
              "f",
              "true",
              "the exports itemise claims differently (FHIR: Claim and EOB items, diagnoses repeated as items;"
                  + " CSV: one line per CHARGE transaction and per DIAGNOSISn column); see claimLinesAgree..."),
          new OneSided(Table.CLAIM_LINE, "c", "true", "see the FHIR side"));

  /**
   * Field values the two exports write differently by design, with why. Each is asserted by the
   * test of its table: the rows whose field differs are exactly the rows this difference explains,
   * and there are some.
   */
  static final Map<String, String> FIELD_DIFFERENCES =
      Map.of(
          "condition.onset_time", "CSV has the onset date, FHIR the timestamp",
          "observation.value_number", "CSV writes one decimal, FHIR five significant digits",
          "observation.value_as_text", "CSV types some numbers (income, 63586-2) as text",
          "observation.value_text", "CSV replaces the commas of a text value with spaces",
          "observation.value_unit",
              "CSV gives coded and text values a unit ({nominal}, {score}); FHIR has none",
          "medication.code_display", "CSV replaces the commas of a drug name with spaces",
          "claim.total",
              "FHIR totals an encounter's Claim with the encounter's total claim cost (encounters.csv"
                  + " TOTAL_CLAIM_COST); CSV's total is the sum of the claim's CHARGE transactions",
          "claim_line.diagnosis",
              "claims.csv has eight DIAGNOSIS columns; FHIR lists every diagnosis of a claim");

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
      return Ingestor.ingest(
          w, new IngestOptions(List.of(input), "synthea", format), IngestListener.NONE);
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
          long n =
              count("SELECT count(*) FROM " + o.side() + "." + t.sqlName() + " WHERE " + o.where());
          assertThat(n)
              .as("rows named by '%s' on %s.%s", o.reason(), o.side(), t.sqlName())
              .isPositive();
          if (o.side().equals("f")) {
            fOnly += n;
          } else {
            cOnly += n;
          }
        }
      }
      if (f - fOnly != c - cOnly) {
        mismatches.add(
            t.sqlName()
                + ": FHIR "
                + f
                + " ("
                + fOnly
                + " one-sided), CSV "
                + c
                + " ("
                + cOnly
                + ")");
      }
      if (t == Table.CONSENT) {
        // Synthea writes no Consent resources and its CSV export has no consent file: the table
        // must stay empty.
        if (f != 0 || c != 0) {
          mismatches.add("consent: Synthea writes none, yet FHIR " + f + ", CSV " + c);
        }
      } else if (t == Table.ENCOUNTER_LOCATION) {
        // Only HL7 v2 ADT events write stays (issue 21); FHIR and Synthea CSV ingest keep
        // Encounter.location as
        // encounter.location_id, so the table must stay empty here.
        if (f != 0 || c != 0) {
          mismatches.add(
              "encounter_location: only HL7 v2 writes stays, yet FHIR " + f + ", CSV " + c);
        }
      } else if (t == Table.APPOINTMENT || t == Table.DEVICE_READING) {
        // Issue 22: Synthea writes no Appointment resources and no device streams (its devices
        // are implants and equipment, in the device table): both tables must stay empty.
        if (f != 0 || c != 0) {
          mismatches.add(t.sqlName() + ": Synthea writes none, yet FHIR " + f + ", CSV " + c);
        }
      } else if (f == 0 && c == 0) {
        mismatches.add(t.sqlName() + " is empty in both warehouses: nothing was compared");
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void patientsAgreeOnBirthDateSexRaceAndEthnicity() throws SQLException {
    assertThat(count("SELECT count(*) FROM c.patient"))
        .isEqualTo(count("SELECT count(*) FROM f.patient"))
        .isPositive();
    assertThat(
            differing(
                "FROM f.patient f FULL JOIN c.patient c USING (id)",
                "f.birth_date",
                "c.birth_date",
                "f.sex",
                "c.sex",
                "f.race",
                "c.race",
                "f.ethnicity",
                "c.ethnicity",
                "f.race_code",
                "c.race_code",
                "f.ethnicity_code",
                "c.ethnicity_code"))
        .isEmpty();
  }

  @Test
  void encountersAgreeOnClassStartAndStop() throws SQLException {
    assertThat(count("SELECT count(*) FROM f.encounter f JOIN c.encounter c USING (id)"))
        .isEqualTo(count("SELECT count(*) FROM f.encounter"))
        .isPositive();
    assertThat(
            differing(
                "FROM f.encounter f FULL JOIN c.encounter c USING (id)",
                "f.class_code",
                "c.class_code",
                "f.start_time",
                "c.start_time",
                "f.end_time",
                "c.end_time",
                "f.patient_id",
                "c.patient_id",
                "f.code",
                "c.code",
                "f.provider_id",
                "c.provider_id",
                "f.organization_id",
                "c.organization_id"))
        .isEmpty();
  }

  @Test
  void conditionsAgreeOnCodeAndOnsetDay() throws SQLException {
    String key = "patient_id, encounter_id, code, CAST(onset_time AS DATE)";
    String pairs = paired("condition", key, "onset_time", "true", "true");
    assertThat(unpaired("condition", key, "true", "true")).isEqualTo(Map.of("f", 0L, "c", 0L));
    assertExplained(
        "condition.onset_time",
        pairs,
        "f.onset_time <> c.onset_time",
        "c.onset_time = date_trunc('day', f.onset_time)");
    assertThat(count("SELECT count(*) " + pairs))
        .isEqualTo(count("SELECT count(*) FROM c.condition"))
        .isPositive();
  }

  @Test
  void observationsAgreeOnCodeValueAndUnit() throws SQLException {
    String key = "patient_id, encounter_id, code, effective_time";
    String fhirRows = "NOT (" + FHIR_PANEL_PARENT + ")";
    String csvRows = "NOT (code IN ('QOLS', 'QALY', 'DALY') AND encounter_id IS NULL)";
    assertThat(unpaired("observation", key, fhirRows, csvRows)).isEqualTo(Map.of("f", 0L, "c", 0L));
    String pairs =
        paired("observation", key, "value_number, value_text, value_unit", fhirRows, csvRows);
    assertThat(count("SELECT count(*) " + pairs))
        .isEqualTo(count("SELECT count(*) FROM c.observation WHERE " + csvRows))
        .isPositive();
    String near =
        "(abs(f.value_number - %1$s) <= 0.05 + 1e-9 OR (%1$s <> 0"
            + " AND f.value_number = round(%1$s, 4 - CAST(floor(log10(greatest(abs(%1$s), 1e-9))) AS INTEGER))))";
    assertExplained(
        "observation.value_number",
        pairs,
        "f.value_number <> c.value_number",
        near.formatted("c.value_number"));
    assertExplained(
        "observation.value_as_text",
        pairs,
        "f.value_number IS NOT NULL AND c.value_number IS NULL",
        near.formatted("TRY_CAST(c.value_text AS DOUBLE)"));
    assertThat(
            count(
                "SELECT count(*) "
                    + pairs
                    + " WHERE f.value_number IS NULL AND c.value_number IS NOT NULL"))
        .as("numbers in CSV where FHIR has none")
        .isZero();
    assertExplained(
        "observation.value_text",
        pairs,
        "f.value_number IS NULL AND f.value_text IS DISTINCT FROM c.value_text",
        "replace(f.value_text, ',', ' ') = c.value_text");
    assertExplained(
        "observation.value_unit",
        pairs,
        "f.value_unit IS DISTINCT FROM c.value_unit",
        "f.value_unit IS NULL AND f.value_type IN ('codeable', 'string')");
  }

  @Test
  void medicationRequestsAgreeOnCode() throws SQLException {
    String key = "patient_id, encounter_id, code, start_time";
    String fhirRows = "kind = 'request'";
    assertThat(unpaired("medication", key, fhirRows, "true")).isEqualTo(Map.of("f", 0L, "c", 0L));
    String pairs = paired("medication", key, "stop_time", fhirRows, "true");
    assertThat(count("SELECT count(*) " + pairs))
        .isEqualTo(count("SELECT count(*) FROM c.medication"))
        .isPositive();
    assertThat(differing(pairs, "f.code_system", "c.code_system")).isEmpty();
    assertExplained(
        "medication.code_display",
        pairs,
        "f.code_display IS DISTINCT FROM c.code_display",
        "replace(f.code_display, ',', ' ') = c.code_display");
  }

  /** Claims pair by id; pharmacy claims agree on their total exactly, encounter claims as named. */
  @Test
  void claimsAgreeOnTotal() throws SQLException {
    String pairs =
        "FROM f.claim f FULL JOIN c.claim c USING (id) WHERE f.kind IS DISTINCT FROM 'eob'";
    assertThat(count("SELECT count(*) " + pairs))
        .isEqualTo(count("SELECT count(*) FROM c.claim"))
        .isPositive();
    assertThat(differing(pairs, "f.patient_id", "c.patient_id", "f.encounter_id", "c.encounter_id"))
        .isEmpty();
    assertExplained(
        "claim.total",
        pairs,
        "f.total IS DISTINCT FROM c.total",
        "f.type_code <> 'pharmacy' AND f.total = (SELECT e.total_cost FROM c.encounter e WHERE e.id = c.encounter_id)");
    assertThat(
            count(
                "SELECT count(*) " + pairs + " AND f.type_code = 'pharmacy' AND f.total = c.total"))
        .isPositive();
  }

  /**
   * Claim lines are itemised differently (see {@link #ONE_SIDED}). What both have: every diagnosis
   * of a FHIR Claim is among the CSV claim's DIAGNOSISn codes (in another order: CSV lists the
   * patient's active conditions too), except on claims whose eight DIAGNOSIS columns (all
   * claims.csv has) are full; and CSV has one item line per CHARGE transaction of
   * claims_transactions.csv.
   */
  @Test
  void claimLinesAgreeOnDiagnosesAndCharges() throws SQLException {
    long fhirDiagnoses =
        count(
            "SELECT count(*) FROM f.claim_line l JOIN f.claim k ON k.id = l.claim_id"
                + " WHERE k.kind = 'claim' AND l.line_kind = 'diagnosis'");
    String fhirDiagnosisLines =
        "FROM f.claim_line f JOIN f.claim k ON k.id = f.claim_id"
            + " WHERE k.kind = 'claim' AND f.line_kind = 'diagnosis'";
    assertExplained(
        "claim_line.diagnosis",
        fhirDiagnosisLines,
        "NOT EXISTS (SELECT 1 FROM c.claim_line c WHERE c.claim_id = f.claim_id AND c.line_kind = 'diagnosis'"
            + " AND c.code = f.code)",
        "(SELECT count(*) FROM c.claim_line c WHERE c.claim_id = f.claim_id AND c.line_kind = 'diagnosis') = 8");
    assertThat(count("SELECT count(*) " + fhirDiagnosisLines)).isEqualTo(fhirDiagnoses);
    assertThat(count("SELECT count(*) FROM c.claim_line WHERE line_kind = 'item'"))
        .isEqualTo(
            count(
                "SELECT count(*) FROM read_csv('"
                    + population.csvDir().resolve("claims_transactions.csv")
                    + "', all_varchar = true) WHERE TYPE = 'CHARGE'"))
        .as("one item line per CHARGE transaction, counted by DuckDB's own CSV reader")
        .isPositive();
  }

  /**
   * Asserts that the rows of {@code from} (a FROM clause with aliases f and c) where {@code
   * differs} holds are exactly those where the named difference's {@code explanation} holds too,
   * and that there are some.
   */
  private void assertExplained(String difference, String from, String differs, String explanation)
      throws SQLException {
    String reason = FIELD_DIFFERENCES.get(difference);
    assertThat(reason).as("difference %s is named in FIELD_DIFFERENCES", difference).isNotNull();
    String where = (from.contains(" WHERE ") ? " AND (" : " WHERE (") + differs + ")";
    long differing = count("SELECT count(*) " + from + where);
    long explained =
        count("SELECT count(*) " + from + where + " AND coalesce(" + explanation + ", false)");
    assertThat(differing)
        .as(
            "%s (%s): unexplained rows, e.g.%n%s",
            difference,
            reason,
            examples("SELECT * " + from + where + " AND NOT coalesce(" + explanation + ", false)"))
        .isEqualTo(explained)
        .isPositive();
  }

  /**
   * The pairs of a patient-scoped table: rows with the same key, matched in the order of {@code
   * order} within a key, as a FROM clause with aliases f and c.
   */
  private static String paired(
      String table, String key, String order, String fhirRows, String csvRows) {
    return "FROM ("
        + numbered("f", table, key, order, fhirRows)
        + ") f JOIN ("
        + numbered("c", table, key, order, csvRows)
        + ") c ON f._k = c._k AND f._n = c._n";
  }

  private static String numbered(
      String side, String table, String key, String order, String where) {
    return "SELECT *, md5(concat_ws('|', "
        + key
        + ")) AS _k, row_number() OVER (PARTITION BY "
        + key
        + " ORDER BY "
        + order
        + ") AS _n FROM "
        + side
        + "."
        + table
        + " WHERE "
        + where;
  }

  /** How many rows of each side have no row of the other with the same key (as many times). */
  private Map<String, Long> unpaired(String table, String key, String fhirRows, String csvRows)
      throws SQLException {
    String groups =
        "SELECT md5(concat_ws('|', "
            + key
            + ")) AS _k, count(*) n FROM %s."
            + table
            + " WHERE %s GROUP BY _k";
    String join =
        "FROM ("
            + groups.formatted("f", fhirRows)
            + ") f FULL JOIN ("
            + groups.formatted("c", csvRows)
            + ") c USING (_k)";
    return Map.of(
        "f",
            count(
                "SELECT coalesce(sum(greatest(coalesce(f.n, 0) - coalesce(c.n, 0), 0)), 0) "
                    + join),
        "c",
            count(
                "SELECT coalesce(sum(greatest(coalesce(c.n, 0) - coalesce(f.n, 0), 0)), 0) "
                    + join));
  }

  /** For each pair of expressions (FHIR, CSV), a line per differing value; empty when all agree. */
  private List<String> differing(String from, String... pairsOfColumns) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pairsOfColumns.length; i += 2) {
      String f = pairsOfColumns[i];
      String c = pairsOfColumns[i + 1];
      String where =
          (from.contains(" WHERE ") ? " AND " : " WHERE ") + f + " IS DISTINCT FROM " + c;
      long n = count("SELECT count(*) " + from + where);
      if (n > 0) {
        out.add(
            n
                + " rows differ on "
                + f
                + " vs "
                + c
                + ", e.g. "
                + examples("SELECT " + f + ", " + c + " " + from + where));
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
}
