package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/** Edge cases of Synthea CSV ingestion, on small hand-written exports. */
class SyntheaCsvReaderTest {
  static final String PATIENTS_HEADER =
      "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,"
          + "GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,"
          + "INCOME";
  static final String P1 =
      "p1,1970-05-04,,999-11-2222,,,Ms.,Ann1,,Lee2,,,M,asian,nonhispanic,F,Boston  Massachusetts  US,1 Main St,"
          + "Boston,Massachusetts,Suffolk County,25025,02110,42.3,-71.0,0,12.5,50000";
  static final String ENCOUNTERS_HEADER =
      "Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION,BASE_ENCOUNTER_COST,"
          + "TOTAL_CLAIM_COST,PAYER_COVERAGE,REASONCODE,REASONDESCRIPTION";
  static final String OBSERVATIONS_HEADER =
      "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE";

  @TempDir Path dir;

  /** Writes one file of a Synthea CSV export: a header line and data lines. */
  Path write(String file, String header, String... lines) throws IOException {
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    StringBuilder b = new StringBuilder(header).append('\n');
    for (String l : lines) {
      b.append(l).append('\n');
    }
    Files.writeString(csv.resolve(file), b.toString());
    return csv;
  }

  /**
   * How these tests read Synthea CSV: the default (the DuckDB-native path, the Java reader where it
   * refuses).
   */
  CsvReading reading() {
    return CsvReading.NATIVE;
  }

  IngestResult ingest(Path csv, Path warehouse) {
    return ingest(csv, warehouse, reading());
  }

  static IngestResult ingest(Path csv, Path warehouse, CsvReading reading) {
    try (Warehouse w = Warehouse.open(warehouse)) {
      return Ingestor.ingest(
          w,
          new IngestOptions(List.of(csv), "test", InputFormat.AUTO).withCsvReading(reading),
          IngestListener.NONE);
    }
  }

  private static List<List<String>> query(Path warehouse, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void aBadLineIsQuarantinedWithItsFileAndLineAndTheNextLineStillLoads() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    Path csv =
        write(
            "encounters.csv",
            ENCOUNTERS_HEADER,
            "e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,o1,d1,y1,wellness,162673000,Exam,136.80,136.80,0,,",
            "e2,2020-13-02T10:00:00Z,,p1,o1,d1,y1,wellness,162673000,Exam,1,1,0,,",
            "e3,2020-01-03T10:00:00Z,,p1,o1,d1,y1,emergency,50849002,Emergency,twelve,1,0,,",
            "e4,2020-01-04T10:00:00Z,,p1,o1",
            "e5,2020-01-05T10:00:00+02:00,2020-01-05T11:00:00Z,p1,o1,d1,y1,inpatient,185347001,Stay,0,0,0,,");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.format()).isEqualTo("SYNTHEA_CSV");
    assertThat(r.read()).isEqualTo(6);
    assertThat(r.stored()).isEqualTo(3);
    assertThat(r.quarantined()).isEqualTo(3);
    assertThat(query(w, "SELECT id, class_code, class, start_time FROM encounter ORDER BY id"))
        .containsExactly(
            List.of("e1", "AMB", "wellness", "2020-01-02 10:00:00.0"),
            List.of("e5", "IMP", "inpatient", "2020-01-05 08:00:00.0"));
    List<List<String>> q =
        query(
            w,
            "SELECT file, position, position_kind, resource_type, resource_id, reason, raw_text"
                + " FROM quarantine ORDER BY position");
    String file = csv.resolve("encounters.csv").toAbsolutePath().normalize().toString();
    assertThat(q).hasSize(3);
    assertThat(q.get(0).subList(0, 5)).containsExactly(file, "3", "line", "Encounter", "e2");
    assertThat(q.get(0).get(5)).contains("START", "2020-13-02T10:00:00Z", "not a valid date");
    assertThat(q.get(0).get(6)).startsWith("e2,2020-13-02T10:00:00Z,,p1");
    assertThat(q.get(1).subList(1, 5)).containsExactly("4", "line", "Encounter", "e3");
    assertThat(q.get(1).get(5)).contains("BASE_ENCOUNTER_COST", "'twelve' is not a number");
    assertThat(q.get(2).subList(1, 3)).containsExactly("5", "line");
    assertThat(q.get(2).get(5)).isEqualTo("the line has 5 fields, the header has 15");
    assertThat(q.get(2).get(6)).isEqualTo("e4,2020-01-04T10:00:00Z,,p1,o1");
  }

  @Test
  void reIngestingTheSameExportChangesNothingAndIdenticalLinesStayDistinctRows() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    write(
        "encounters.csv",
        ENCOUNTERS_HEADER,
        "e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,o1,d1,y1,wellness,162673000,Exam,136.80,136.80,0,,");
    String spo2 = "2020-01-02T10:00:00Z,p1,e1,vital-signs,2708-6,Oxygen saturation,98.0,%,numeric";
    Path csv =
        write(
            "observations.csv",
            OBSERVATIONS_HEADER,
            spo2,
            "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,\"Medicine, Dental\",,text",
            spo2,
            "2020-01-02T10:00:00Z,p1,e1,vital-signs,29463-7,Body Weight,not-a-number,kg,numeric");
    Path w = dir.resolve("w.duckdb");
    IngestResult first = ingest(csv, w);
    String everything = "SELECT * FROM observation ORDER BY id";
    List<List<String>> before = query(w, everything);
    List<List<String>> quarantineBefore = query(w, "SELECT file, position, reason FROM quarantine");
    IngestResult second = ingest(csv, w);
    assertThat(second.read()).isEqualTo(first.read()).isEqualTo(6);
    assertThat(query(w, everything)).isEqualTo(before).hasSize(3);
    assertThat(query(w, "SELECT file, position, reason FROM quarantine"))
        .isEqualTo(quarantineBefore)
        .hasSize(1);
    assertThat(
            query(w, "SELECT count(DISTINCT id), count(*) FROM observation WHERE code = '2708-6'"))
        .containsExactly(List.of("2", "2"));
    assertThat(query(w, "SELECT value_text FROM observation WHERE code = '93031-3'"))
        .containsExactly(List.of("Medicine, Dental"));
    assertThat(query(w, "SELECT count(*) FROM ingest_run")).containsExactly(List.of("2"));
  }

  @Test
  void anEmptyFileIsQuarantinedWholeAndAHeaderOnlyFileIsAnEmptyTable() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    write("devices.csv", "START,STOP,PATIENT,ENCOUNTER,CODE,DESCRIPTION,UDI");
    Path csv = dir.resolve("csv");
    Files.writeString(csv.resolve("conditions.csv"), "");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.files()).isEqualTo(3);
    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(query(w, "SELECT position, position_kind, resource_type, reason FROM quarantine"))
        .containsExactly(
            List.of("0", "file", "Condition", "the file is empty (not even a header)"));
  }

  @Test
  void aFileWithoutTheColumnsItNeedsIsQuarantinedWhole() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    Path csv = write("conditions.csv", "WHEN,WHO,WHAT", "2020-01-01,p1,x");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(query(w, "SELECT position_kind, reason FROM quarantine").get(0))
        .containsExactly(
            "file",
            "the header lacks the column(s) PATIENT, START, CODE: is this Synthea's"
                + " conditions.csv? The file was not read");
  }

  @Test
  void anUnterminatedQuoteCostsTheRestOfTheFileButNotTheLinesBeforeIt() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    write(
        "encounters.csv",
        ENCOUNTERS_HEADER,
        "e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,o1,d1,y1,wellness,162673000,Exam,136.80,136.80,0,,");
    Path csv =
        write(
            "observations.csv",
            OBSERVATIONS_HEADER,
            "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,162.7,cm,numeric",
            "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,\"never closed,,text");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.read()).isEqualTo(r.stored() + r.quarantined());
    assertThat(query(w, "SELECT code, value_number, value_unit FROM observation"))
        .containsExactly(List.of("8302-2", "162.7", "cm"));
    assertThat(
            query(
                w,
                "SELECT resource_type, position FROM quarantine WHERE file LIKE '%observations.csv'"))
        .containsExactly(List.of("Observation", "3"));
  }

  @Test
  void rowsOfAPatientNotInTheExportAreQuarantinedAsDangling() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    Path csv =
        write(
            "encounters.csv",
            ENCOUNTERS_HEADER,
            "e1,2020-01-02T10:00:00Z,,nobody,o1,d1,y1,wellness,162673000,Exam,1,1,0,,");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(query(w, "SELECT count(*) FROM encounter")).containsExactly(List.of("0"));
    assertThat(query(w, "SELECT position, reason FROM quarantine").get(0).get(1))
        .contains("nobody", "dangling");
  }

  @Test
  void claimTotalsAreTheSumOfTheirChargesAndMoneyOfAnyScaleIsStoredInCents() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    write(
        "encounters.csv",
        ENCOUNTERS_HEADER, // the claim's encounter: a dangling one would quarantine the claim
        "e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,o1,d1,y1,wellness,162673000,Exam,1,1,0,,");
    write(
        "claims_transactions.csv",
        "ID,CLAIMID,CHARGEID,PATIENTID,TYPE,AMOUNT,METHOD,FROMDATE,TODATE,PROCEDURECODE,UNITS,NOTES,UNITAMOUNT,"
            + "PAYMENTS,APPOINTMENTID",
        "t1,c1,0,p1,CHARGE,100,,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,162673000,1,Exam,100,,e1",
        "t2,c1,1,p1,CHARGE,12.5,,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,430193006,1,Med reconciliation,12.5,,e1",
        "t3,c1,2,p1,PAYMENT,,COPAY,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,162673000,1,Exam,0,20,e1",
        "t4,c1,3,p1,REFUND,,,,,,,,,,e1");
    Path csv =
        write(
            "claims.csv",
            "Id,PATIENTID,PROVIDERID,PRIMARYPATIENTINSURANCEID,DIAGNOSIS1,DIAGNOSIS2,APPOINTMENTID,"
                + "SERVICEDATE",
            "c1,p1,d1,y1,72892002,,e1,2020-01-02T10:00:00Z");
    Path w = dir.resolve("w.duckdb");
    IngestResult r = ingest(csv, w);
    assertThat(r.read()).isEqualTo(7);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(query(w, "SELECT total, payment, diagnosis_1_code, encounter_id FROM claim"))
        .containsExactly(List.of("112.50", "20.00", "72892002", "e1"));
    assertThat(query(w, "SELECT id, line_kind, code, net FROM claim_line ORDER BY id"))
        .containsExactly(
            Arrays.asList("c1#d1", "diagnosis", "72892002", null),
            List.of("t1", "item", "162673000", "100.00"),
            List.of("t2", "item", "430193006", "12.50"));
    assertThat(query(w, "SELECT healthcare_expenses, healthcare_coverage FROM patient"))
        .containsExactly(List.of("0.00", "12.50"));
    assertThat(query(w, "SELECT reason FROM quarantine").get(0).get(0)).contains("'REFUND'");
  }
}
