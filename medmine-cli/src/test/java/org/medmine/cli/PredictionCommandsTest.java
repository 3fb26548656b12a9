package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/** {@code medmine study run} and {@code medmine predict} on the shared 20-patient population. */
class PredictionCommandsTest {
  @TempDir static Path dir;
  static Path warehouse;

  @BeforeAll
  static void ingest() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    warehouse = dir.resolve("w.duckdb");
  }

  @Test
  void studyRunPrintsTheModelCardAndPredictScoresWithTheSavedModel() throws Exception {
    Path out = dir.resolve("out");
    // The shipped 30-day study leaves out planned admissions: here 6 unplanned discharges, no
    // unplanned readmission.
    CliTest.Run shipped =
        CliTest.medmine(
            "study",
            "run",
            "readmission-30d",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(shipped.code())
        .as(shipped.err())
        .isEqualTo(3); // issue 29: too few outcomes is a verdict, not a user error
    JsonNode untrained = new ObjectMapper().readTree(shipped.out());
    assertThat(untrained.get("trained").asBoolean()).isFalse();
    assertThat(untrained.get("reason").asText()).contains("6 index events", "too few to train");
    assertThat(shipped.err()).isEmpty();
    // A study file: every discharge, readmission within a year with planned admissions counted
    // (more outcomes).
    Path study = dir.resolve("readmission-365d.json");
    Files.writeString(study, widened());
    CliTest.Run r =
        CliTest.medmine(
            "study",
            "run",
            study.toString(),
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = new ObjectMapper().readTree(r.out());
    assertThat(card.get("study").asText()).isEqualTo("readmission-365d");
    assertThat(card.get("cohort").get("outcomes").asInt()).isGreaterThan(10);
    assertThat(card.get("models").size()).isEqualTo(3);
    assertThat(card.get("baseline").get("model").asText()).isEqualTo("LACE index");
    assertThat(card.get("provenance").get("warehouseSha256").asText()).hasSize(64);
    assertThat(Files.readString(out.resolve("readmission-365d-card.html")))
        .contains("Prediction: readmission-365d", "<svg");
    CliTest.Run p =
        CliTest.medmine(
            "predict",
            "--model",
            out.resolve("readmission-365d-model.json").toString(),
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--top",
            "5");
    assertThat(p.code()).as(p.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(p.out()).get("rows");
    assertThat(rows.size()).isEqualTo(5);
    assertThat(rows.get(0).get("risk").asDouble())
        .isGreaterThanOrEqualTo(rows.get(4).get("risk").asDouble());
    assertThat(rows.get(0).get("factors").size()).isPositive();

    // The risk table with patient ids leaves medmine encrypted by default, and decrypts to every
    // scored row.
    Path key = dir.resolve("file.key");
    Files.writeString(key, "a-long-enough-file-secret-0123456789");
    CliTest.Run saved =
        CliTest.medmine(
            "predict",
            "--model",
            out.resolve("readmission-365d-model.json").toString(),
            "-w",
            warehouse.toString(),
            "--out",
            dir.resolve("risks.csv").toString(),
            "--key-file",
            key.toString());
    assertThat(saved.code()).as(saved.err()).isZero();
    assertThat(saved.out()).contains("risks.csv.enc (encrypted");
    assertThat(dir.resolve("risks.csv")).doesNotExist();
    String firstPatient = rows.get(0).get("patient").asText();
    assertThat(
            new String(
                Files.readAllBytes(dir.resolve("risks.csv.enc")),
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("MEDMINE2")
        .doesNotContain(firstPatient);
    CliTest.Run back =
        CliTest.medmine(
            "decrypt",
            dir.resolve("risks.csv.enc").toString(),
            "--out",
            dir.resolve("risks.csv").toString(),
            "--key-file",
            key.toString());
    assertThat(back.code()).as(back.err()).isZero();
    java.util.List<String> csv = Files.readAllLines(dir.resolve("risks.csv"));
    assertThat(csv.get(0)).isEqualTo("patient,encounter,index_time,risk,factors");
    CliTest.Run all =
        CliTest.medmine(
            "predict",
            "--model",
            out.resolve("readmission-365d-model.json").toString(),
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--top",
            "0");
    assertThat(csv)
        .hasSize(new ObjectMapper().readTree(all.out()).get("rows").size() + 1)
        .hasSizeGreaterThan(20);
    assertThat(csv.get(1)).startsWith("\"" + firstPatient + "\"");
  }

  /**
   * The shipped 30-day study widened to a year with planned admissions counted: enough outcomes on
   * the small population.
   */
  static String widened() throws Exception {
    try (var in =
        org.medmine.apps.prediction.StudyDefinition.class.getResourceAsStream(
            "studies/readmission-30d.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replace("\"readmission-30d\"", "\"readmission-365d\"")
          .replace("\"endDays\": 30", "\"endDays\": 365")
          .replace("\"excludePlanned\": true", "\"excludePlanned\": false");
    }
  }

  @Test
  void theLengthOfStayStudyPrintsErrorsInDays() throws Exception {
    CliTest.Run r =
        CliTest.medmine(
            "study",
            "run",
            "los-inpatient",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--out",
            dir.resolve("los").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = new ObjectMapper().readTree(r.out());
    assertThat(card.get("models").size()).isEqualTo(3);
    for (JsonNode m : card.get("models")) {
      assertThat(m.get("rmse").asDouble())
          .isGreaterThanOrEqualTo(m.get("mae").asDouble())
          .isPositive();
    }
    assertThat(Files.readString(dir.resolve("los").resolve("los-inpatient-card.html")))
        .contains("RMSE (days)");
    CliTest.Run p =
        CliTest.medmine(
            "predict",
            "--model",
            dir.resolve("los").resolve("los-inpatient-model.json").toString(),
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--top",
            "0");
    assertThat(p.code()).as(p.err()).isZero();
    JsonNode scored = new ObjectMapper().readTree(p.out());
    assertThat(scored.get("predicts").asText()).isEqualTo("days");
    JsonNode rows = scored.get("rows");
    assertThat(rows.size()).isEqualTo(card.get("cohort").get("index_events").asInt());
    assertThat(rows.get(0).get("predicted_days").asDouble())
        .isGreaterThanOrEqualTo(rows.get(rows.size() - 1).get("predicted_days").asDouble())
        .isPositive();
    CliTest.Run table =
        CliTest.medmine(
            "predict",
            "--model",
            dir.resolve("los").resolve("los-inpatient-model.json").toString(),
            "-w",
            warehouse.toString(),
            "--top",
            "3");
    assertThat(table.out()).contains("los-inpatient", "days");
  }

  @Test
  void anUnknownStudyIsAUserError() {
    CliTest.Run r = CliTest.medmine("study", "run", "no-such-study", "-w", warehouse.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-study");
  }

  /**
   * Issue 29, defect 8: a study with too few outcomes exited 2, as if the user had typed something
   * wrong.
   */
  @Test
  void tooFewOutcomesIsANegativeVerdictWithTheExplanationAndTheCard() throws Exception {
    Path out = dir.resolve("t");
    CliTest.Run t =
        CliTest.medmine(
            "study", "run", "t2d-onset-1y", "-w", warehouse.toString(), "--out", out.toString());
    assertThat(t.code()).as(t.err()).isEqualTo(3);
    assertThat(t.err()).isEmpty();
    assertThat(t.out()).contains("too few to train", "No model written", "t2d-onset-1y-card.html");
    assertThat(Files.readString(out.resolve("t2d-onset-1y-card.html")))
        .contains("No model trained", "Prediction: t2d-onset-1y (not trained)");
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve("t2d-onset-1y-card.json").toFile())
                .get("trained")
                .asBoolean())
        .isFalse();
    assertThat(out.resolve("t2d-onset-1y-model.json")).doesNotExist();
  }
}
