package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/** The length-of-stay regression on the 20-patient population: stays match the encounters, errors are sane. */
class LengthOfStayIT {
  @TempDir Path dir;

  @Test
  void lengthOfStayIsPredictedAtAdmissionAndComparedWithTheTrainingMean() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      StudyDefinition study = StudyDefinition.load("los-inpatient");
      RegressionResult r = RegressionRunner.run(w.connection(), study, 42);
      assertThat(r.cohort().events()).hasSizeGreaterThan(20).allSatisfy(e -> {
        assertThat(e.stayDays()).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(e.indexTime()).isEqualTo(e.admitTime());
      });
      // Covariates are known at admission: the stay's own length is not one of them (its column is all zero).
      assertThat(new java.util.HashSet<>(java.util.Arrays.asList(java.util.Arrays.stream(
          FeatureExtractor.extract(w.connection(), study, r.cohort().events()).column(FeatureExtractor.LOS)).boxed().toArray())))
          .containsExactly(0.0);
      assertThat(r.models()).hasSize(3).allSatisfy(m -> {
        assertThat(m.mae()).isPositive().isLessThanOrEqualTo(m.rmse());
        assertThat(m.r2()).isLessThanOrEqualTo(1.0);
      });
      assertThat(r.models().get(2).r2()).as("the training mean on other patients").isLessThanOrEqualTo(0.05);
      System.out.println("los-inpatient on 20 patients: " + r.split() + " " + r.models());
    }
  }
}
