package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmine.mining.predict.Metrics;

/**
 * Issue 29, defect 8, on the model card of a study as small as the demo's t2d-onset-1y (2 training
 * outcomes): its boosted trees made no split, so the SHAP chart was an empty frame, and two models
 * showed a CV AUROC of 0.142 without a word. The card now says there is no SHAP summary and why,
 * and flags AUROCs below chance.
 */
class PredictionSectionsTest {
  @Test
  void aCardOfTooFewOutcomesSaysWhyItHasNoShapAndFlagsWorseThanChance() {
    String html = PredictionSections.of(smallStudy()).html();
    assertThat(html)
        .contains("No SHAP summary", "with 2 training outcomes")
        .doesNotContain("SHAP summary: mean |SHAP|");
    assertThat(html)
        .contains(
            "0.142 (worse than chance)",
            "Worse than chance:",
            "logistic regression (L2), decision tree (CART), boosted trees (XGBoost) have",
            "0.482 (worse than chance)");
    assertThat(html)
        .doesNotContain("0.664 (—–—) (worse than chance)", "0.500 (—–—) (worse than chance)");
  }

  private static StudyResult smallStudy() {
    List<double[]> diagonal = List.of(new double[] {0, 0}, new double[] {1, 1});
    Metrics.AtThreshold none = new Metrics.AtThreshold(0.1, 0, 1, Double.NaN, 1, 0);
    ModelResult lr =
        new ModelResult(
            "logistic regression (L2)",
            "lambda = 0.1",
            0.142,
            new Metrics.Auc(0.664, Double.NaN, Double.NaN),
            0.014,
            0.005,
            2.655,
            0.161,
            none,
            diagonal,
            diagonal,
            List.of());
    ModelResult tree =
        new ModelResult(
            "decision tree (CART)",
            "max depth 2",
            0.482,
            new Metrics.Auc(0.995, Double.NaN, Double.NaN),
            0.333,
            0.003,
            -0.288,
            1.99,
            none,
            diagonal,
            diagonal,
            List.of());
    ModelResult boosted =
        new ModelResult(
            "boosted trees (XGBoost)",
            "rounds 50",
            0.142,
            new Metrics.Auc(0.49999999, Double.NaN, Double.NaN),
            0.005,
            0.005,
            0.205,
            Double.NaN,
            none,
            diagonal,
            diagonal,
            List.of());
    Cohort cohort = new Cohort(List.of(), 1081, Map.of("age", 89), 79, 33, null);
    StudyResult.Split split = new StudyResult.Split(535, 28, 2, 218, 13, 1);
    return new StudyResult(
        StudyDefinition.load("t2d-onset-1y"),
        42,
        cohort,
        List.of("age"),
        split,
        List.of(lr, tree, boosted),
        null,
        List.of(),
        List.of(),
        List.of("IF age <= 50 THEN risk 0.00 (n = 506)"),
        List.of(),
        null);
  }
}
