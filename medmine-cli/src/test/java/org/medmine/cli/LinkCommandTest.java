package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.cli.QualityCommandTest.medmine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.Warehouse;

/**
 * {@code medmine link}, {@code link match}, {@code link merge} and {@code link unmerge} as a user
 * meets them: twins (FHIR multipleBirthInteger) kept apart, a re-registration linked, a lookup with
 * evidence, reviewer decisions stored and audited, user errors in one sentence.
 */
class LinkCommandTest {
  @TempDir Path dir;
  Path warehouse;

  @BeforeEach
  void ingest() throws IOException {
    Path f = dir.resolve("patients.json");
    Files.writeString(
        f,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          %s, %s, %s, %s, %s
        ]}"""
            .formatted(
                patient(
                    "t1",
                    "Emma",
                    "Garcia",
                    "2012-03-04",
                    "999-10-1001",
                    "\"multipleBirthInteger\":1"),
                patient(
                    "t2",
                    "Olivia",
                    "Garcia",
                    "2012-03-04",
                    "999-10-1002",
                    "\"multipleBirthInteger\":2"),
                patient(
                    "m1",
                    "Maria",
                    "Lopez",
                    "1980-07-08",
                    "999-10-1003",
                    "\"multipleBirthBoolean\":false"),
                patient(
                    "x1",
                    "Noah",
                    "Brown",
                    "1975-01-02",
                    "999-10-1004",
                    "\"multipleBirthBoolean\":false"),
                patient(
                    "x2",
                    "Liam",
                    "Nguyen",
                    "1991-05-06",
                    "999-10-1005",
                    "\"multipleBirthBoolean\":false")));
    Path b = dir.resolve("second.json");
    Files.writeString(
        b,
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + patient("r1", "Mria", "Lopez", "1980-07-08", null, "\"multipleBirthBoolean\":false")
            + "]}");
    warehouse = dir.resolve("w.duckdb");
    assertThat(medmine("ingest", "--no-progress", "-w", warehouse.toString(), f.toString()).code())
        .isZero();
    assertThat(
            medmine(
                    "ingest",
                    "--no-progress",
                    "--source",
                    "clinic",
                    "-w",
                    warehouse.toString(),
                    b.toString())
                .code())
        .isZero();
  }

  private static String patient(
      String id, String given, String family, String birth, String ssn, String multiple) {
    int n = Math.abs(family.hashCode()) % 90;
    return ("{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"%s\",\"gender\":\"female\",\"birthDate\":\"%s\",%s,"
            + "\"name\":[{\"use\":\"official\",\"family\":\"%s\",\"given\":[\"%s\"]}],%s"
            + "\"address\":[{\"line\":[\"%d Main Street\"],\"city\":\"Springfield\",\"postalCode\":\"011%02d\"}],"
            + "\"telecom\":[{\"system\":\"phone\",\"value\":\"413-555-01%02d\"}]}}")
        .formatted(
            id,
            birth,
            multiple,
            family,
            given,
            ssn == null
                ? ""
                : "\"identifier\":[{\"type\":{\"coding\":[{\"code\":\"SS\"}]},\"value\":\""
                    + ssn
                    + "\"}],",
            10 + n,
            n,
            n);
  }

  @Test
  void twinsStayApartTheReregistrationJoinsAndALookupExplainsItself()
      throws IOException, SQLException {
    QualityCommandTest.Run run = medmine("link", "--format", "json", "-w", warehouse.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(run.out());
    assertThat(n.get("records").asInt()).isEqualTo(6);
    assertThat(n.get("full").asBoolean()).as("the first run is full").isTrue();
    assertThat(n.get("linked")).hasSize(1);
    assertThat(n.get("linked").get(0).get("a").asText() + n.get("linked").get(0).get("b").asText())
        .contains("default/m1")
        .contains("clinic/r1");
    try (Warehouse w = Warehouse.open(warehouse)) {
      assertThat(
              query(
                  w,
                  "SELECT count(DISTINCT cluster_id) FROM patient_link WHERE patient_id IN ('t1', 't2')"))
          .isEqualTo("2");
      assertThat(query(w, "SELECT birth_order FROM patient WHERE id = 't2'")).isEqualTo("2");
      assertThat(query(w, "SELECT multiple_birth FROM patient WHERE id = 'm1'")).isEqualTo("false");
    }

    Path probe = dir.resolve("probe.json");
    Files.writeString(
        probe,
        "{\"resourceType\":\"Patient\",\"id\":\"q\",\"gender\":\"female\",\"birthDate\":\"2012-03-04\","
            + "\"name\":[{\"family\":\"Garcia\",\"given\":[\"Olivia\"]}]}");
    QualityCommandTest.Run match =
        medmine(
            "link",
            "match",
            "--fhir",
            probe.toString(),
            "--format",
            "json",
            "-w",
            warehouse.toString());
    assertThat(match.code()).as(match.err()).isZero();
    JsonNode m = new ObjectMapper().readTree(match.out());
    JsonNode best = m.get("candidates").get(0);
    assertThat(best.get("record").asText()).isEqualTo("default/t2");
    assertThat(best.get("grade").asText()).isEqualTo("certain");
    assertThat(best.get("person_id").asText()).startsWith("MPI");
    assertThat(best.get("evidence")).hasSize(7);
    JsonNode sister = m.get("candidates").get(1);
    assertThat(sister.get("record").asText()).isEqualTo("default/t1");
    assertThat(sister.get("grade").asText()).isEqualTo("certainly-not");
    assertThat(sister.get("forbidden_by").get(0).asText()).contains("twins");
    QualityCommandTest.Run table =
        medmine("link", "match", "--fhir", probe.toString(), "-w", warehouse.toString());
    assertThat(table.out()).contains("certain", "default/t2", "birth_date", "forbidden:");
  }

  @Test
  void mergeAndUnmergeAreStoredObeyedAndAudited() throws SQLException {
    assertThat(medmine("link", "-w", warehouse.toString()).code()).isZero();
    QualityCommandTest.Run unmerge =
        medmine(
            "link",
            "unmerge",
            "default/m1",
            "clinic/r1",
            "--note",
            "checked ID",
            "-w",
            warehouse.toString());
    assertThat(unmerge.code()).as(unmerge.err()).isZero();
    assertThat(unmerge.out()).contains("Recorded an unmerge");
    assertThat(medmine("link", "--full", "-w", warehouse.toString()).code()).isZero();
    QualityCommandTest.Run merge =
        medmine("link", "merge", "default/t1", "default/t2", "-w", warehouse.toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    try (Warehouse w = Warehouse.open(warehouse)) {
      assertThat(
              query(
                  w,
                  "SELECT count(DISTINCT cluster_id) FROM patient_link WHERE patient_id IN ('m1', 'r1')"))
          .as("the unmerge survives a full run")
          .isEqualTo("2");
      assertThat(
              query(
                  w,
                  "SELECT count(DISTINCT cluster_id) FROM patient_link WHERE patient_id IN ('t1', 't2')"))
          .isEqualTo("1");
      assertThat(
              query(
                  w,
                  "SELECT string_agg(decision || ':' || coalesce(note, ''), ',' ORDER BY decided_at)"
                      + " FROM link_decision"))
          .isEqualTo("no-match:checked ID,match:");
      assertThat(
              query(
                  w,
                  "SELECT string_agg(action || ' ' || detail, '|' ORDER BY seq) FROM audit_log"
                      + " WHERE action LIKE 'link %'"))
          .contains(
              "link unmerge",
              "no-match=default/m1~clinic/r1",
              "link merge",
              "match=default/t1~default/t2");
    }
  }

  @Test
  void mistakesAreOneSentenceUserErrors() throws IOException {
    Path probe = dir.resolve("probe.json");
    Files.writeString(
        probe, "{\"resourceType\":\"Patient\",\"id\":\"q\",\"birthDate\":\"2012-03-04\"}");
    QualityCommandTest.Run before =
        medmine("link", "match", "--fhir", probe.toString(), "-w", warehouse.toString());
    assertThat(before.code()).as(before.err()).isEqualTo(2);
    assertThat(before.err()).contains("run 'medmine link' first").doesNotContain("\tat ");
    assertThat(medmine("link", "-w", warehouse.toString()).code()).isZero();
    QualityCommandTest.Run unknown =
        medmine("link", "merge", "default/t1", "default/nobody", "-w", warehouse.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("No patient record default/nobody");
    Path observation = dir.resolve("obs.json");
    Files.writeString(observation, "{\"resourceType\":\"Observation\",\"id\":\"o\"}");
    QualityCommandTest.Run notPatient =
        medmine("link", "match", "--fhir", observation.toString(), "-w", warehouse.toString());
    assertThat(notPatient.code()).isEqualTo(2);
    assertThat(notPatient.err()).contains("holds no FHIR Patient");
    assertThat(medmine("link", "--help").out())
        .contains("match", "merge", "unmerge", "--full", "patient_link");
  }

  private static String query(Warehouse w, String sql) throws SQLException {
    try (Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
