package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medmine quality} and {@code medmine link} as a user meets them: exit codes, user checks,
 * JSON.
 */
class QualityCommandTest {
  @TempDir Path dir;
  Path warehouse;

  record Run(int code, String out, String err) {}

  static Run medmine(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void ingest() throws IOException {
    Path f = dir.resolve("bundle.json");
    Files.writeString(
        f,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04",
            "name":[{"use":"official","family":"Smith","given":["Anna"]}]}},
          {"fullUrl":"urn:uuid:p2","resource":{"resourceType":"Patient","id":"p2","gender":"female","birthDate":"1970-04-05",
            "name":[{"use":"official","family":"Smyth","given":["Anna"]}]}},
          {"fullUrl":"urn:uuid:p3","resource":{"resourceType":"Patient","id":"p3","gender":"male","birthDate":"1990-01-01"}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"urn:uuid:p1"},
            "class":{"code":"AMB"},"period":{"start":"2020-01-02T10:00:00Z","end":"2020-01-02T11:00:00Z"}}},
          {"resource":{"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"urn:uuid:p1"},
            "code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"effectiveDateTime":"2020-01-02T10:10:00Z",
            "valueQuantity":{"value":720,"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"}}}
        ]}""");
    warehouse = dir.resolve("w.duckdb");
    Run r = medmine("ingest", "--no-progress", "-w", warehouse.toString(), f.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void qualityReportsFailedChecksAsJsonAndPassesWithoutFatalFailures() throws IOException {
    Run r =
        medmine(
            "quality",
            "--format",
            "json",
            "-w",
            warehouse.toString(),
            "--plaintext",
            "--html",
            dir.resolve("q.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("passed").asBoolean()).isTrue();
    JsonNode range = null;
    for (JsonNode c : n.get("checks")) {
      if (c.get("id").asText().equals("plaus_value_range")) {
        range = c;
      }
    }
    assertThat(range).isNotNull();
    assertThat(range.get("violations").asLong())
        .as("a heart rate of 720/min is implausible")
        .isEqualTo(1);
    assertThat(range.get("examples").get(0).asText()).isEqualTo("default/o1");
    assertThat(n.get("profile").size()).isGreaterThan(10);
    assertThat(Files.readString(dir.resolve("q.html")))
        .contains("Data quality", "plaus_value_range");
  }

  @Test
  void aFailingFatalUserCheckExitsThree() throws IOException {
    Path checks = dir.resolve("extra.json");
    Files.writeString(
        checks,
        """
        {"checks": [{"id": "site_patient_has_name", "family": "completeness", "table": "patient", "fatal": true, "threshold": 0,
          "description": "every patient has a family name", "sql": "SELECT source, id FROM patient WHERE family_name IS NULL"}]}""");
    Run r = medmine("quality", "-w", warehouse.toString(), "--checks", checks.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out())
        .contains("FAIL (fatal) site_patient_has_name", "default/p3", "Verdict: NEGATIVE");
  }

  @Test
  void aBrokenCheckFileIsAUserError() throws IOException {
    Path checks = dir.resolve("bad.json");
    Files.writeString(
        checks,
        "{\"checks\": [{\"id\": \"x\", \"family\": \"tidiness\", \"table\": \"patient\", \"sql\": \"SELECT 1\"}]}");
    Run r = medmine("quality", "-w", warehouse.toString(), "--checks", checks.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("family 'tidiness'").doesNotContain("\tat ");
    assertThat(medmine("quality", "-w", dir.resolve("none.duckdb").toString()).code()).isEqualTo(2);
  }

  @Test
  void linkWritesAClusterPerRecord() throws IOException {
    Run r = medmine("link", "--format", "json", "-w", warehouse.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("records").asInt()).isEqualTo(3);
    assertThat(n.get("parameters").has("given")).isTrue();
    Run bad =
        medmine(
            "link", "-w", warehouse.toString(), "--threshold", "0.2", "--review-threshold", "0.5");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("Thresholds must satisfy");
    Run help = medmine("link", "--help");
    assertThat(help.out()).contains("patient_link", "--threshold");
  }
}
