package org.medmine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.patient;
import static org.medmine.testing.FhirFixtures.resource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.outcomes.Instrument;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;

/**
 * QuestionnaireResponses of PHQ-9 and GAD-7 land as scored observations (totals hand-scored), an
 * unscorable one is quarantined with its reason, and Appointments keep their status (noshow).
 */
class PatientReportedOutcomesIngestTest {
  @TempDir Path dir;
  private Path warehouse;
  private FhirFixtures fixtures;

  @BeforeEach
  void setUp() {
    warehouse = dir.resolve("w.duckdb");
    fixtures = new FhirFixtures(dir.resolve("in"));
  }

  private static final String[] LA = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};

  /**
   * A response with LHC-Forms linkIds; a score 0–3 is a LOINC answer code, a larger one an integer,
   * null no answer.
   */
  private static String response(String id, Instrument i, Integer... scores) {
    StringBuilder items = new StringBuilder();
    for (int k = 0; k < scores.length; k++) {
      String link = "/" + i.panelCode() + "/" + i.itemCodes().get(k);
      String answer =
          scores[k] == null
              ? ""
              : scores[k] <= 3
                  ? ",\"answer\":[{\"valueCoding\":{\"system\":\"http://loinc.org\",\"code\":\""
                      + LA[scores[k]]
                      + "\"}}]"
                  : ",\"answer\":[{\"valueInteger\":" + scores[k] + "}]";
      items.append(k == 0 ? "" : ",").append("{\"linkId\":\"").append(link).append('"');
      items.append(answer).append('}');
    }
    return resource(
        "QuestionnaireResponse",
        id,
        ",\"status\":\"completed\",\"questionnaire\":\"http://loinc.org/q/"
            + i.panelCode()
            + "\",\"subject\":{\"reference\":\"Patient/p1\"},\"authored\":\"2024-03-01T09:30:00Z\","
            + "\"item\":[{\"linkId\":\"/group\",\"item\":["
            + items
            + "]}]");
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

  @Test
  void phq9AndGad7ResponsesAreScoredIntoTotalObservations() throws SQLException {
    Path f =
        fixtures.bundle(
            "pro.json",
            patient("p1"),
            response("phq-full", Instrument.PHQ_9, 1, 2, 3, 0, 1, 2, 3, 1, 2),
            response("phq-two-missing", Instrument.PHQ_9, 2, 2, 2, 2, 2, 2, 1, null, null),
            response("gad-one-missing", Instrument.GAD_7, 1, 1, 1, 1, 1, 1, null));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertThat(r.result().quarantined()).as("quarantine: %s", r.quarantine()).isZero();
    assertThat(
            rows(
                "SELECT id, code, value_number, value_unit, value_text, category,"
                    + " effective_time FROM observation WHERE parent_id IS NULL"
                    + " AND patient_id = 'p1' ORDER BY id"))
        .containsExactly(
            "gad-one-missing|70274-6|7.0|{score}|mild|survey|2024-03-01 09:30:00.0",
            "phq-full|44261-6|15.0|{score}|moderately severe|survey|2024-03-01 09:30:00.0",
            "phq-two-missing|44261-6|17.0|{score}|moderately severe|survey|2024-03-01 09:30:00.0");
    assertThat(
            rows(
                "SELECT count(*), sum(value_number) FROM observation WHERE parent_id = 'phq-full'"))
        .containsExactly("9|15.0");
    assertThat(rows("SELECT code, value_number FROM observation WHERE id = 'phq-full#44260-8'"))
        .containsExactly("44260-8|2.0");
  }

  @Test
  void unscorableResponsesAreQuarantinedWithTheReason() {
    Path f =
        fixtures.bundle(
            "pro.json",
            patient("p1"),
            response("phq-three-missing", Instrument.PHQ_9, 3, 3, 3, 3, 3, 3, null, null, null),
            response("gad-out-of-range", Instrument.GAD_7, 1, 1, 5, 1, 1, 1, 1));
    RecordedIngest r = RecordedIngest.run(warehouse, f);
    assertThat(r.quarantine())
        .extracting(q -> q.position() + " " + q.resourceId() + ": " + q.reason())
        .containsExactly(
            "1 phq-three-missing: PHQ-9 has 3 of 9 items unanswered: its scoring rules prorate a"
                + " total only when at most 2 are missing, so no total was scored",
            "2 gad-out-of-range: GAD-7 item 69733-4 scored 5: items are scored 0 to 3");
  }

  @Test
  void appointmentsKeepTheirStatusAndPatient() throws SQLException {
    String noShow =
        resource(
            "Appointment",
            "a1",
            ",\"status\":\"noshow\",\"start\":\"2024-04-02T14:00:00Z\",\"end\":\"2024-04-02T14:30:00Z\","
                + "\"minutesDuration\":30,\"serviceType\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                + "\"code\":\"394814009\",\"display\":\"General practice\"}]}],"
                + "\"participant\":[{\"actor\":{\"reference\":\"Practitioner/dr1\"},\"status\":\"accepted\"},"
                + "{\"actor\":{\"reference\":\"Patient/p1\"},\"status\":\"accepted\"}]");
    String orphan =
        resource(
            "Appointment",
            "a2",
            ",\"status\":\"booked\",\"participant\":[{\"actor\":{\"reference\":\"Location/l1\"}}]");
    RecordedIngest r =
        RecordedIngest.run(warehouse, fixtures.bundle("appt.json", patient("p1"), noShow, orphan));
    assertThat(
            rows(
                "SELECT id, patient_id, status, start_time, minutes_duration, service_code,"
                    + " practitioner_id FROM appointment"))
        .containsExactly("a1|p1|noshow|2024-04-02 14:00:00.0|30|394814009|dr1");
    assertThat(r.onlyQuarantined().reason())
        .isEqualTo(
            "Appointment.participant has no Patient actor: the appointment belongs to no patient");
  }
}
