package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;

/**
 * The prediction apps run through an {@link AnalysisContext} on the 20-patient population, every
 * kind of study (trained classification, untrained classification, length-of-stay regression) and
 * scoring with a saved model, and every statement they run keeps to the SQL DuckDB and Spark share
 * ({@link SharedSql}).
 */
class PredictionQueriesIT {
  @TempDir Path dir;

  @Test
  void everyQueryOfTheStudiesAndOfScoringIsSharedSql() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    String widened = StudyRunnerIT.widenedReadmissionStudy(dir).toString();
    List<String> heard = new ArrayList<>();
    ContextRequest request = ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add);
    try (AnalysisContext context = AnalysisContext.open(request)) {
      StudyRun trained = context.run(new StudyApp(), new StudyOptions(widened, null));
      assertThat(trained.trained()).isTrue();
      assertThat(trained.toJson()).containsKeys("provenance", "run", "models", "fairness");
      assertThat(context.run(new StudyApp(), new StudyOptions("t2d-onset-1y", 7L)).trained())
          .isFalse();
      StudyRun stays = context.run(new StudyApp(), new StudyOptions("los-inpatient", null));
      assertThat(stays.trained()).isTrue();
      assertThat(stays.provenance().seed()).isEqualTo(42L);
      Path model = dir.resolve("model.json");
      trained.model().write(model);
      PredictResult scored = context.run(new PredictApp(), new PredictOptions(model, 5, 3));
      assertThat(scored.scored()).hasSizeGreaterThan(5);
      assertThat(scored.shown()).hasSize(5);
    }
    assertThat(heard)
        .as("the cohort, covariate and scoring queries")
        .anyMatch(q -> q.contains("mm_age_years(p.birth_date"))
        .anyMatch(q -> q.contains("study_cohort"));
    for (String q : heard) {
      assertThat(SharedSql.violations(q)).as(q).isEmpty();
    }
  }
}
