package org.medmine.ingest.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmine.testing.FhirFixtures.patient;
import static org.medmine.testing.FhirFixtures.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;
import org.medmine.warehouse.PausePoint;

/**
 * Device exports land in {@code device_reading} joined to the patient's clinical record: Apple
 * Health streamed with StAX, Fitbit JSON and FHIR device Observations; values in the metric's UCUM
 * unit, times in UTC, every unusable record quarantined with file, line or entry, and the reason.
 */
class DeviceReadingIngestTest {
  @TempDir Path dir;
  private Path warehouse;
  private FhirFixtures fixtures;

  @BeforeEach
  void setUp() {
    warehouse = dir.resolve("w.duckdb");
    fixtures = new FhirFixtures(dir.resolve("in"));
    RecordedIngest.run(warehouse, fixtures.bundle("patients.json", patient("p1")));
  }

  private static String record(String type, String unit, String value, String start, String end) {
    return "  <Record type=\"HKQuantityTypeIdentifier"
        + type
        + "\" sourceName=\"Anna's Apple Watch\" unit=\""
        + unit
        + "\" creationDate=\""
        + end
        + "\" startDate=\""
        + start
        + "\" endDate=\""
        + end
        + "\" value=\""
        + value
        + "\" device=\"&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, hardware:Watch6,2&gt;\"/>\n";
  }

  private Path export(String body) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE HealthData [\n<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>\n]>\n"
            + "<HealthData locale=\"en_US\">\n"
            + " <ExportDate value=\"2024-02-01 10:00:00 +0100\"/>\n"
            + " <Me HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\"/>\n"
            + body
            + "</HealthData>\n";
    return fixtures.write("apple/export.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private RecordedIngest ingest(Path input, InputFormat format, String patient) {
    return RecordedIngest.run(
        warehouse,
        new IngestOptions(
                List.of(input), null, format, null, PausePoint.NONE, ZoneId.of("America/New_York"))
            .withPatient(patient));
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
          cells.add(String.valueOf(rs.getObject(k)));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }

  private static final String SLEEP =
      "  <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Watch\""
          + " startDate=\"2024-01-30 23:00:00 +0100\" endDate=\"2024-01-31 01:30:00 +0100\""
          + " value=\"HKCategoryValueSleepAnalysis%s\"/>\n";

  private String typicalExport() {
    return record(
            "HeartRate",
            "count/min",
            "72",
            "2024-01-31 08:15:00 +0100",
            "2024-01-31 08:15:00 +0100")
        + record(
            "StepCount", "count", "120", "2024-01-31 08:00:00 +0100", "2024-01-31 08:10:00 +0100")
        + record(
            "OxygenSaturation",
            "%",
            "0.97",
            "2024-01-31 08:20:00 +0100",
            "2024-01-31 08:20:00 +0100")
        + record("BodyMass", "lb", "154", "2024-01-31 07:00:00 +0100", "2024-01-31 07:00:00 +0100")
        + String.format(SLEEP, "AsleepCore")
        + String.format(SLEEP, "InBed")
        + "  <Workout workoutActivityType=\"HKWorkoutActivityTypeWalking\" duration=\"30\"/>\n"
        + record("HeartRate", "bpm", "70", "2024-01-31 09:00:00 +0100", "2024-01-31 09:00:00 +0100")
        + record(
            "HeartRate",
            "count/min",
            "abc",
            "2024-01-31 09:01:00 +0100",
            "2024-01-31 09:01:00 +0100")
        + record("HeartRate", "count/min", "75", "31.01.2024 09:02", "2024-01-31 09:02:00 +0100");
  }

  @Test
  void appleHealthExportIsStreamedIntoReadingsInUcumAndUtc() throws SQLException {
    RecordedIngest r = ingest(export(typicalExport()), InputFormat.APPLE_HEALTH, "p1");
    assertThat(
            rows(
                "SELECT code, round(value_number, 2), value_unit, start_time, device_name, device_id"
                    + " FROM device_reading ORDER BY start_time, code"))
        .containsExactly(
            "93832-4|150.0|min|2024-01-30 22:00:00.0|Watch|null",
            "29463-7|69.85|kg|2024-01-31 06:00:00.0|Anna's Apple Watch|Watch6,2",
            "55423-8|120.0|{steps}|2024-01-31 07:00:00.0|Anna's Apple Watch|Watch6,2",
            "8867-4|72.0|/min|2024-01-31 07:15:00.0|Anna's Apple Watch|Watch6,2",
            "59408-5|97.0|%|2024-01-31 07:20:00.0|Anna's Apple Watch|Watch6,2");
    assertThat(r.result().skippedByType())
        .containsEntry("ExportDate", 1L)
        .containsEntry("Me", 1L)
        .containsEntry("Workout", 1L)
        .containsEntry("HKCategoryTypeIdentifierSleepAnalysis (in bed or awake)", 1L);
    assertThat(r.quarantine())
        .extracting(q -> q.position() + " " + q.positionKind() + ": " + q.reason())
        .containsExactly(
            "15 line: unit 'bpm' of HKQuantityTypeIdentifierHeartRate is not one of [count/min]",
            "16 line: value 'abc' of HKQuantityTypeIdentifierHeartRate is not a number",
            "17 line: startDate '31.01.2024 09:02' is not a time of the form 2024-01-31 08:15:00"
                + " +0100");
    assertThat(r.quarantine().get(0).rawText()).contains("value=\"70\"").contains("unit=\"bpm\"");
  }

  @Test
  void ingestingTheSameExportTwiceStoresEachReadingOnce() throws SQLException {
    Path f = export(typicalExport());
    ingest(f, InputFormat.APPLE_HEALTH, "p1");
    ingest(f, InputFormat.APPLE_HEALTH, "p1");
    assertThat(rows("SELECT count(*), count(DISTINCT id) FROM device_reading"))
        .containsExactly("5|5");
  }

  @Test
  void readingsOfAPatientTheSourceDoesNotHaveAreQuarantined() throws SQLException {
    RecordedIngest r =
        ingest(
            export(
                record(
                    "HeartRate",
                    "count/min",
                    "72",
                    "2024-01-31 08:15:00 +0100",
                    "2024-01-31 08:15:00 +0100")),
            InputFormat.APPLE_HEALTH,
            "nobody");
    assertThat(rows("SELECT count(*) FROM device_reading")).containsExactly("0");
    assertThat(r.onlyQuarantined().reason()).contains("nobody");
  }

  @Test
  void malformedXmlEndsTheFileButKeepsTheRecordsBeforeIt() throws SQLException {
    String body =
        record(
                "HeartRate",
                "count/min",
                "72",
                "2024-01-31 08:15:00 +0100",
                "2024-01-31 08:15:00 +0100")
            + "  <Record type=\"HKQuantityTypeIdentifierHeartRate\" value=\"7\n";
    Path f =
        fixtures.write("apple/cut.xml", ("<HealthData>\n" + body).getBytes(StandardCharsets.UTF_8));
    RecordedIngest r = ingest(f, InputFormat.APPLE_HEALTH, "p1");
    assertThat(rows("SELECT count(*) FROM device_reading")).containsExactly("1");
    assertThat(r.onlyQuarantined().reason())
        .startsWith("malformed XML: ")
        .endsWith("the rest of the file was not read (the records before it were)");
  }

  @Test
  void aDeviceExportWithoutAPatientIsAUserError() {
    assertThatThrownBy(() -> ingest(export(""), InputFormat.APPLE_HEALTH, null))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("A device export names no patient: give the patient's id with --patient ID.");
  }

  @Test
  void fitbitJsonIsReadInTheGivenZone() throws SQLException {
    fixtures.write(
        "fitbit/heart_rate-2024-01-31.json",
        ("[{\"dateTime\":\"01/31/24 08:00:05\",\"value\":{\"bpm\":62,\"confidence\":2}},"
                + "{\"dateTime\":\"01/31/24 08:00:10\",\"value\":{\"confidence\":2}}]")
            .getBytes(StandardCharsets.UTF_8));
    fixtures.write(
        "fitbit/resting_heart_rate-2024-01-31.json",
        ("[{\"dateTime\":\"01/31/24 00:00:00\",\"value\":{\"date\":\"01/31/24\",\"value\":58.5}},"
                + "{\"dateTime\":\"02/01/24 00:00:00\",\"value\":{\"date\":\"02/01/24\",\"value\":0}}]")
            .getBytes(StandardCharsets.UTF_8));
    fixtures.write(
        "fitbit/sleep-2024-01-31.json",
        ("[{\"logId\":1,\"startTime\":\"2024-01-30T23:10:00.000\",\"endTime\":\"2024-01-31T07:02:30.000\","
                + "\"minutesAsleep\":430}]")
            .getBytes(StandardCharsets.UTF_8));
    RecordedIngest r = ingest(dir.resolve("in/fitbit"), InputFormat.FITBIT, "p1");
    assertThat(
            rows(
                "SELECT code, value_number, start_time, end_time FROM device_reading ORDER BY start_time"))
        .containsExactly(
            "93832-4|430.0|2024-01-31 04:10:00.0|2024-01-31 12:02:30.0",
            "40443-4|58.5|2024-01-31 05:00:00.0|2024-02-01 05:00:00.0",
            "8867-4|62.0|2024-01-31 13:00:05.0|2024-01-31 13:00:05.0");
    assertThat(r.onlyQuarantined().position()).isEqualTo(1);
    assertThat(r.onlyQuarantined().reason()).isEqualTo("value.bpm is not a number: null");
    assertThat(r.result().skipped()).isEqualTo(1);
  }

  @Test
  void fhirObservationsFromADeviceBecomeReadings() throws SQLException {
    String cuff =
        resource(
            "Observation",
            "bp1",
            ",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/p1\"},"
                + "\"device\":{\"reference\":\"Device/cuff-7\",\"display\":\"Home cuff\"},"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},"
                + "\"effectiveDateTime\":\"2024-01-31T08:00:00Z\",\"component\":["
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                + "\"valueQuantity\":{\"value\":128,\"unit\":\"mmHg\",\"code\":\"mm[Hg]\"}},"
                + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},"
                + "\"valueQuantity\":{\"value\":84,\"unit\":\"mmHg\",\"code\":\"mm[Hg]\"}}]");
    RecordedIngest r = RecordedIngest.run(warehouse, fixtures.ndjson("obs.ndjson", cuff));
    assertThat(r.quarantine()).isEmpty();
    assertThat(
            rows(
                "SELECT id, code, value_number, value_unit, device_id, device_name FROM device_reading ORDER BY id"))
        .containsExactly(
            "bp1#c0|8480-6|128.0|mm[Hg]|cuff-7|Home cuff",
            "bp1#c1|8462-4|84.0|mm[Hg]|cuff-7|Home cuff");
    assertThat(rows("SELECT count(*) FROM observation WHERE id LIKE 'bp1%'")).containsExactly("0");
  }
}
