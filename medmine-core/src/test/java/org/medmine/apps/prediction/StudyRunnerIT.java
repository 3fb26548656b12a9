package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.mining.predict.Fairness;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * A readmission study end to end on the 20-patient population: split by patient, three models,
 * LACE, card. The shipped 30-day study has only 3 unplanned readmissions here, too few for boosted
 * trees to split on, so the pipeline runs on a study file derived from it: readmission within a
 * year, planned admissions counted.
 */
class StudyRunnerIT {
  @TempDir Path dir;

  /**
   * The shipped readmission study, widened to 1-365 days with every admission counted, written as a
   * file.
   */
  static Path widenedReadmissionStudy(Path dir) throws Exception {
    String json;
    try (var in = StudyDefinition.class.getResourceAsStream("studies/readmission-30d.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    json =
        json.replace("\"readmission-30d\"", "\"readmission-365d\"")
            .replace("\"endDays\": 30", "\"endDays\": 365")
            .replace("\"excludePlanned\": true", "\"excludePlanned\": false");
    Path file = dir.resolve("readmission-365d.json");
    java.nio.file.Files.writeString(file, json);
    return file;
  }

  @Test
  void theReadmissionStudyRunsReproduciblyWithItsBaselineExplanationsAndAudit() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      StudyDefinition study = StudyDefinition.load(widenedReadmissionStudy(dir).toString());
      assertThat(study.timeAtRisk().endDays()).isEqualTo(365);
      assertThat(study.outcome().excludePlanned()).isFalse();
      assertThat(study.target().excludePlanned()).isFalse();
      StudyResult r = StudyRunner.run(w.connection(), study, 42);
      StudyResult.Split s = r.split();
      assertThat(s.trainPatients() + s.testPatients())
          .as("no patient in both parts")
          .isEqualTo(r.cohort().patients());
      assertThat(s.trainRows() + s.testRows()).isEqualTo(r.cohort().events().size());
      assertThat(r.models())
          .hasSize(3)
          .allSatisfy(
              m -> {
                assertThat(m.auroc().auc()).isBetween(0.0, 1.0);
                assertThat(m.auroc().lower()).isNotNaN().isLessThanOrEqualTo(m.auroc().auc());
                assertThat(m.auroc().upper()).isGreaterThanOrEqualTo(m.auroc().auc());
                assertThat(m.brier()).isBetween(0.0, 1.0);
                assertThat(m.roc()).isNotEmpty();
              });
      assertThat(r.baseline()).isNotNull();
      assertThat(r.baseline().name()).isEqualTo("LACE index");
      assertThat(r.shap()).isNotEmpty();
      assertThat(r.oddsRatios()).isNotEmpty();
      assertThat(r.treeRules()).isNotEmpty();
      assertThat(r.fairness())
          .extracting(Fairness.Audit::attribute)
          .containsExactly("sex", "race", "ethnicity", "age band");
      System.out.println(
          "readmission-365d on 20 patients: "
              + s
              + "; "
              + r.models().stream().map(m -> m.name() + " AUROC " + m.auroc()).toList()
              + "; LACE "
              + r.baseline().auroc());
      StudyResult again = StudyRunner.run(w.connection(), study, 42);
      assertThat(again.boosted().auroc()).as("seeded").isEqualTo(r.boosted().auroc());
      assertThat(again.models().get(0).auroc()).isEqualTo(r.models().get(0).auroc());

      Provenance p = Provenance.of(dir.resolve("w.duckdb"), study.name(), 42, 0);
      assertThat(p.warehouseSha256()).hasSize(64);
      assertThat(p.libraries().get("xgboost4j")).isNotEqualTo("unknown");
      String card = new ObjectMapper().writeValueAsString(ModelCard.json(r, p));
      assertThat(card)
          .contains(
              "\"auroc_ci95\"",
              "\"censored\":" + r.cohort().censored(),
              "\"LACE index\"",
              "\"fairness\"",
              "\"warehouseSha256\"");
      String html = PredictionSections.of(r).html();
      assertThat(html)
          .contains("<svg", "ROC curve", "Calibration", "SHAP summary", "Fairness", "IF ");

      SavedModel.of(r, p).write(dir.resolve("model.json"));
      List<SavedModel.Scored> scored =
          SavedModel.read(dir.resolve("model.json")).score(w.connection(), 3);
      assertThat(scored).hasSize(r.cohort().events().size() + r.cohort().censored());
      assertThat(scored).allSatisfy(x -> assertThat(x.risk()).isBetween(0.0, 1.0));
      assertThat(scored.get(0).risk()).isGreaterThanOrEqualTo(scored.get(scored.size() - 1).risk());
      assertThat(scored.get(0).topFactors()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void aStudyWithoutOutcomesSaysSoInOneSentence() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "t.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      assertThatThrownBy(
              () -> StudyRunner.run(w.connection(), StudyDefinition.load("t2d-onset-1y"), 42))
          // not a user error (issue 29): the study and its options are fine, the data too few
          .isNotInstanceOf(MedmineUserException.class)
          .hasMessageContaining("too few to train")
          .isInstanceOfSatisfying(
              TooFewOutcomesException.class,
              e -> {
                // the cohort is kept for the report: its split adds up to it
                assertThat(e.cohort().candidates()).isPositive();
                assertThat(e.split().trainRows() + e.split().testRows())
                    .isEqualTo(e.cohort().events().size());
                assertThat((long) e.split().trainOutcomes() + e.split().testOutcomes())
                    .isEqualTo(e.cohort().outcomes());
                assertThat(PredictionSections.notTrained(e).html())
                    .contains(
                        "No model trained",
                        "t2d-onset-1y",
                        String.format(
                            java.util.Locale.ROOT, "%,d index events", e.cohort().candidates()));
              });
    }
  }
}
