package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;

/**
 * {@code medmine view run} on the shared Synthea FHIR population: a patient view gives one row per
 * Patient resource in the bundles (counted here by reading the bundles directly), observations join
 * to them by getReferenceKey(), CSV has the view's header, and an invalid view exits 2 with one
 * line.
 */
class ViewCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void patientAndObservationViewsCoverTheBundles() throws IOException {
    Path fhir = TestPopulations.small().fhirDir();
    Set<String> patientIds = new HashSet<>();
    int observations = 0;
    for (JsonNode bundle : bundles(fhir)) {
      for (JsonNode entry : bundle.path("entry")) {
        String type = entry.path("resource").path("resourceType").asText();
        if (type.equals("Patient")) {
          patientIds.add(entry.path("resource").path("id").asText());
        } else if (type.equals("Observation")) {
          observations++;
        }
      }
    }
    Path patients =
        view(
            "{\"resource\":\"Patient\",\"select\":[{\"column\":["
                + "{\"name\":\"id\",\"path\":\"getResourceKey()\"},"
                + "{\"name\":\"gender\",\"path\":\"gender\"},"
                + "{\"name\":\"family\",\"path\":\"name.where(use = 'official').family.first()\"}]}]}");
    CliTest.Run json =
        CliTest.medmine(
            "view", "run", patients.toString(), "--fhir", fhir.toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode rows = JSON.readTree(json.out());
    Set<String> ids = new HashSet<>();
    rows.forEach(row -> ids.add(row.get("id").asText()));
    assertThat(rows.size()).isEqualTo(patientIds.size());
    assertThat(ids).isEqualTo(patientIds);
    assertThat(rows.get(0).get("gender").asText()).isIn("male", "female");

    Path obs =
        view(
            "{\"resource\":\"Observation\",\"select\":[{\"column\":["
                + "{\"name\":\"patient\",\"path\":\"subject.getReferenceKey()\"},"
                + "{\"name\":\"code\",\"path\":\"code.coding.first().code\"}]}]}");
    CliTest.Run csv = CliTest.medmine("view", "run", obs.toString(), "--fhir", fhir.toString());
    assertThat(csv.code()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("patient,code");
    assertThat(lines).hasSize(observations + 1);
    Set<String> observed =
        lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
    assertThat(patientIds).containsAll(observed);
    assertThat(observed).isNotEmpty();
  }

  @Test
  void anInvalidViewIsRefusedWithOneSentence() throws IOException {
    Path fhir = TestPopulations.small().fhirDir();
    Path bad = view("{\"select\":[{\"column\":[{\"name\":\"id\",\"path\":\"id\"}]}]}");
    CliTest.Run run = CliTest.medmine("view", "run", bad.toString(), "--fhir", fhir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .contains("names no resource type")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    Path badPath = view("{\"resource\":\"Patient\",\"select\":[{\"forEach\":\"@@\"}]}");
    CliTest.Run parse =
        CliTest.medmine("view", "run", badPath.toString(), "--fhir", fhir.toString());
    assertThat(parse.code()).isEqualTo(2);
    assertThat(parse.err()).contains("\"@@\"");
  }

  private Path view(String json) throws IOException {
    Path file = Files.createTempFile(dir, "view", ".json");
    Files.writeString(file, json);
    return file;
  }

  private static List<JsonNode> bundles(Path fhir) throws IOException {
    try (Stream<Path> files = Files.list(fhir)) {
      List<Path> jsonFiles =
          files.filter(f -> f.toString().endsWith(".json")).collect(Collectors.toList());
      List<JsonNode> result = new java.util.ArrayList<>();
      for (Path f : jsonFiles) {
        result.add(JSON.readTree(f.toFile()));
      }
      return result;
    }
  }
}
