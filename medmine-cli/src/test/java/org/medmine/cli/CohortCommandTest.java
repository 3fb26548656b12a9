package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/**
 * {@code medmine cohort build}: a definition file builds its cohort and prints the attrition as
 * JSON; a definition with an unknown field, a broken rule or a missing file is one sentence and
 * exit 2.
 */
class CohortCommandTest {
  private static final String DEFINITION =
      "{\"name\": \"adults-sinusitis\", \"entry\": {\"domain\": \"condition\", \"system\":"
          + " \"http://snomed.info/sct\", \"codes\": [\"444814009\", \"40055000\", \"195662009\"]},"
          + " \"inclusion\": [{\"name\": \"adult\", \"minAge\": 18}]}";

  @TempDir Path dir;

  @Test
  void aDefinitionBuildsItsCohortAndPrintsTheAttrition() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path def = Files.writeString(dir.resolve("def.json"), DEFINITION);
    CliTest.Run r =
        CliTest.medmine(
            "cohort",
            "build",
            "-w",
            dir.resolve("w.duckdb").toString(),
            def.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode cohort = new ObjectMapper().readTree(r.out()).get("cohorts").get(0);
    assertThat(cohort.get("name").asText()).isEqualTo("adults-sinusitis");
    JsonNode steps = cohort.get("attrition");
    assertThat(steps).hasSize(3);
    assertThat(steps.get(2).get("rule").asText()).isEqualTo("adult");
    assertThat(steps.get(0).get("patients").asLong())
        .isGreaterThan(steps.get(2).get("patients").asLong());
    assertThat(cohort.get("patients").asLong())
        .isEqualTo(steps.get(2).get("patients").asLong())
        .isPositive();
    CliTest.Run table =
        CliTest.medmine(
            "characterize",
            "-w",
            dir.resolve("w.duckdb").toString(),
            "--cohort",
            "adults-sinusitis",
            "--format",
            "json");
    assertThat(table.code()).as(table.err()).isZero();
    JsonNode t = new ObjectMapper().readTree(table.out());
    assertThat(t.get("patients").asLong()).isEqualTo(cohort.get("patients").asLong());
    assertThat(t.get("covariates").get(0).get("covariate").asText())
        .isEqualTo("age at entry (years)");
    assertThat(t.get("covariates").get(0).get("target").asDouble()).isGreaterThanOrEqualTo(18);
    CliTest.Run missing =
        CliTest.medmine(
            "characterize", "-w", dir.resolve("w.duckdb").toString(), "--cohort", "nobody");
    assertThat(missing.code()).as(missing.err()).isEqualTo(2);
    assertThat(missing.err()).contains("build it first with 'medmine cohort build'");
  }

  @Test
  void aBadDefinitionIsOneSentenceAndExitTwo() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    String w = dir.resolve("w.duckdb").toString();
    Path unknown =
        Files.writeString(
            dir.resolve("u.json"), DEFINITION.replace("\"minAge\"", "\"minimumAge\""));
    Path window =
        Files.writeString(
            dir.resolve("r.json"),
            DEFINITION.replace(
                "{\"name\": \"adult\", \"minAge\": 18}",
                "{\"name\": \"a\", \"event\": {\"domain\": \"condition\", \"codes\": [\"1\"]}}"));
    for (Path bad : new Path[] {unknown, window, dir.resolve("missing.json")}) {
      CliTest.Run r = CliTest.medmine("cohort", "build", "-w", w, bad.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).contains(bad.getFileName().toString()).doesNotContain("Exception");
    }
    assertThat(CliTest.medmine("cohort", "build", "-w", w, unknown.toString()).err())
        .contains("unknown field \"inclusion[0].minimumAge\"");
  }
}
