package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The length-of-stay regression on the 20-patient population: stays match the encounters, errors
 * are sane, and the saved boosted trees give the trained model's predictions.
 */
class LengthOfStayIT {
  @TempDir Path dir;

  @Test
  void lengthOfStayIsPredictedAtAdmissionAndComparedWithTheTrainingMean() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      StudyDefinition study = StudyDefinition.load("los-inpatient");
      RegressionResult r = RegressionRunner.run(w.connection(), study, 42);
      assertThat(r.cohort().events())
          .hasSizeGreaterThan(20)
          .allSatisfy(
              e -> {
                assertThat(e.stayDays()).isNotNaN().isGreaterThanOrEqualTo(0);
                assertThat(e.indexTime()).isEqualTo(e.admitTime());
              });
      // Covariates are known at admission: the stay's own length is not one of them (its column is
      // all zero).
      assertThat(
              new java.util.HashSet<>(
                  java.util.Arrays.asList(
                      java.util.Arrays.stream(
                              FeatureExtractor.extract(w.connection(), study, r.cohort().events())
                                  .column(FeatureExtractor.LOS))
                          .boxed()
                          .toArray())))
          .containsExactly(0.0);
      assertThat(r.models())
          .hasSize(3)
          .allSatisfy(
              m -> {
                assertThat(m.mae()).isPositive().isLessThanOrEqualTo(m.rmse());
                assertThat(m.r2()).isLessThanOrEqualTo(1.0);
              });
      assertThat(r.models().get(2).r2())
          .as("the training mean on other patients")
          .isLessThanOrEqualTo(0.05);
      System.out.println("los-inpatient on 20 patients: " + r.split() + " " + r.models());
    }
  }

  @Test
  void theSavedLengthOfStayModelPredictsWhatTheTrainedOneDid() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "saved.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      StudyDefinition study = StudyDefinition.load("los-inpatient");
      RegressionResult r = RegressionRunner.run(w.connection(), study, 42);
      double[] inMemory =
          r.boostedTrees()
              .predict(FeatureExtractor.extract(w.connection(), study, r.cohort().events()).rows());
      Map<String, Double> expected = new HashMap<>();
      for (int i = 0; i < inMemory.length; i++) {
        expected.put(r.cohort().events().get(i).encounterId(), inMemory[i]);
      }
      Path file = dir.resolve("los-inpatient-model.json");
      SavedModel.of(r, Provenance.of(dir.resolve("saved.duckdb"), study.name(), 42, 0)).write(file);
      SavedModel loaded = SavedModel.read(file);
      assertThat(loaded.predictsDays()).isTrue();
      List<SavedModel.Scored> scored = loaded.score(w.connection(), 3);
      assertThat(scored).hasSize(expected.size());
      assertThat(new HashSet<>(Arrays.stream(inMemory).boxed().toList()))
          .as("the model predicts different stays")
          .hasSizeGreaterThan(1);
      for (SavedModel.Scored s : scored) {
        assertThat(s.risk())
            .as(s.event().encounterId())
            .isEqualTo(expected.get(s.event().encounterId()));
        assertThat(s.topFactors()).hasSizeLessThanOrEqualTo(3);
      }
      assertThat(scored.get(0).risk())
          .as("longest predicted stay first")
          .isGreaterThanOrEqualTo(scored.get(scored.size() - 1).risk());
    }
  }
}
