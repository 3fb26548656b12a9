package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.testing.SmallWarehouse;

/**
 * Every command's {@code --format json} output on the shared 20-patient population, compared with
 * the fixtures in {@code src/test/resources/golden/}, which were recorded before the command line
 * became a shell over apps (issue 14): the move must not change what a script reads. Values that
 * differ from run to run (times, run ids, temporary paths, digests of files holding them) are
 * masked by {@link GoldenMask}; the {@code run} field, the provenance every result carries since
 * that move, is the one addition the comparison allows.
 *
 * <p>Re-record (only when an output is meant to change, and say so in the commit): {@code mvn
 * verify -pl medmine-cli -am -Dit.test=GoldenOutputIT
 * -Dmedmine.golden.record=src/test/resources/golden}.
 */
class GoldenOutputIT {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @TempDir static Path dir;

  @BeforeAll
  static void warehouse() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Files.writeString(dir.resolve("readmission-365d.json"), PredictionCommandsTest.widened());
    Files.writeString(dir.resolve("file.key"), "a-long-enough-golden-secret-0123456789");
    LearnCommandTest.visits(dir);
    Files.writeString(dir.resolve("cds-order-sign.json"), CDS_ORDER_SIGN);
  }

  /** An order-sign request drafting simvastatin (Synthea's RxNorm code) with clarithromycin. */
  private static final String CDS_ORDER_SIGN =
      "{\"hook\": \"order-sign\", \"hookInstance\": \"2d1c6a5e-golden\", \"context\": {\"userId\":"
          + " \"Practitioner/1\", \"patientId\": \"golden-patient\", \"encounterId\": \"e1\","
          + " \"draftOrders\": {\"resourceType\": \"Bundle\", \"entry\": [{\"resource\":"
          + " {\"resourceType\": \"MedicationRequest\", \"id\": \"s1\", \"status\": \"draft\","
          + " \"medicationCodeableConcept\": {\"coding\": [{\"system\":"
          + " \"http://www.nlm.nih.gov/research/umls/rxnorm\", \"code\": \"312961\"}]}}},"
          + " {\"resource\": {\"resourceType\": \"MedicationRequest\", \"id\": \"c1\", \"status\":"
          + " \"draft\", \"medicationCodeableConcept\": {\"text\": \"Clarithromycin 500 MG Oral"
          + " Tablet\"}}}]}}}";

  /**
   * One command run: a fixture name and the arguments ({@code W} is the warehouse, {@code D/} the
   * test folder, {@code F} the population's FHIR folder).
   */
  record Step(String name, String... args) {}

  static List<Step> steps() {
    return List.of(
        new Step(
            "ingest",
            "ingest",
            "-w",
            "D/fresh.duckdb",
            "F",
            "--source",
            "synthea",
            "--format",
            "json",
            "--no-progress"),
        new Step("stats", "stats", "-w", "W", "--format", "json"),
        new Step("stats-top3", "stats", "-w", "W", "--format", "json", "--top", "3"),
        new Step("quality", "quality", "-w", "W", "--format", "json"),
        new Step("link", "link", "-w", "W", "--format", "json"),
        new Step("surveil", "surveil", "-w", "W", "--format", "json"),
        new Step(
            "scan",
            "scan",
            "-w",
            "W",
            "--format",
            "json",
            "--retrospective",
            "--replicates",
            "199"),
        new Step("forecast", "forecast", "-w", "W", "--format", "json", "--origins", "8"),
        new Step(
            "ask",
            "ask",
            "how many women over 65 have heart failure, by year of diagnosis?",
            "-w",
            "W",
            "--format",
            "json"),
        new Step("spc", "spc", "-w", "W", "--format", "json"),
        new Step("rules", "rules", "-w", "W", "--format", "json"),
        new Step("fraud", "fraud", "-w", "W", "--format", "json"),
        new Step("segment-kmeans", "segment", "-w", "W", "--format", "json"),
        new Step(
            "segment-hdbscan", "segment", "-w", "W", "--format", "json", "--method", "hdbscan"),
        new Step("risk", "risk", "-w", "W", "--format", "json"),
        new Step(
            "study-readmission-30d",
            "study",
            "run",
            "readmission-30d",
            "-w",
            "W",
            "--format",
            "json",
            "--out",
            "D/study"),
        new Step(
            "study-readmission-365d",
            "study",
            "run",
            "D/readmission-365d.json",
            "-w",
            "W",
            "--format",
            "json",
            "--out",
            "D/study"),
        new Step(
            "study-t2d-onset-1y",
            "study",
            "run",
            "t2d-onset-1y",
            "-w",
            "W",
            "--format",
            "json",
            "--out",
            "D/study"),
        new Step(
            "study-los-inpatient",
            "study",
            "run",
            "los-inpatient",
            "-w",
            "W",
            "--format",
            "json",
            "--out",
            "D/study"),
        new Step(
            "predict",
            "predict",
            "--model",
            "D/study/readmission-365d-model.json",
            "-w",
            "W",
            "--format",
            "json",
            "--top",
            "5"),
        new Step(
            "learn",
            "learn",
            "--data",
            "D/visits.csv",
            "--target",
            "readmitted",
            "--group",
            "patient",
            "--fairness",
            "sex",
            "--format",
            "json"),
        new Step(
            "deid",
            "deid",
            "-w",
            "W",
            "--out",
            "D/deid.duckdb",
            "--key-file",
            "D/file.key",
            "--format",
            "json"),
        new Step(
            "deid-verify",
            "deid",
            "verify",
            "-w",
            "D/deid.duckdb",
            "--against",
            "W",
            "--format",
            "json"),
        new Step(
            "export",
            "export",
            "-w",
            "W",
            "--parquet",
            "D/parquet",
            "--key-file",
            "D/file.key",
            "--format",
            "json"),
        new Step(
            "import",
            "import",
            "-w",
            "D/imported.duckdb",
            "--parquet",
            "D/parquet",
            "--key-file",
            "D/file.key",
            "--format",
            "json"),
        new Step("audit-verify", "audit", "verify", "-w", "W", "--format", "json"),
        new Step(
            "cds-order-sign",
            "cds",
            "--hook",
            "order-sign",
            "--request",
            "D/cds-order-sign.json",
            "-w",
            "W",
            "--format",
            "json"),
        // Last: it writes note_concept, which the studies above would read as covariates.
        new Step("nlp", "nlp", "-w", "W", "--format", "json", "--threads", "2"));
  }

  @Test
  void everyCommandGivesTheRecordedOutput() throws IOException {
    String record = System.getProperty("medmine.golden.record");
    List<String> differences = new ArrayList<>();
    for (Step step : steps()) {
      String[] args = new String[step.args().length];
      for (int i = 0; i < args.length; i++) {
        String a = step.args()[i];
        args[i] =
            a.equals("W")
                ? dir.resolve("w.duckdb").toString()
                : a.equals("F")
                    ? TestPopulations.small().fhirDir().toString()
                    : a.replace("D/", dir.toString() + "/");
      }
      CliTest.Run run = CliTest.medmine(args);
      ObjectNode actual = GoldenMask.observed(run, dir);
      if (record != null) {
        Files.createDirectories(Path.of(record));
        Files.writeString(
            Path.of(record, step.name() + ".json"), JSON.writeValueAsString(actual) + "\n");
        continue;
      }
      Path fixture = Path.of("src/test/resources/golden", step.name() + ".json");
      assertThat(fixture).as("the recorded output of " + step.name()).exists();
      JsonNode expected = JSON.readTree(fixture.toFile());
      GoldenMask.dropAdditions(actual);
      if (!GoldenMask.same(expected, actual)) {
        differences.add(step.name() + ":\n" + GoldenMask.firstDifference(expected, actual, "$"));
      }
    }
    assertThat(record == null ? differences : List.of()).as("outputs that changed").isEmpty();
  }
}
