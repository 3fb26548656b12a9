package org.medmine.apps.prediction;

import java.util.List;
import java.util.Map;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.report.ReportSection;

/**
 * A regression study's result (length of stay): each model's held-out error beside the
 * training-mean baseline.
 *
 * @param study the definition
 * @param seed the seed
 * @param cohort the cohort and its attrition
 * @param features the covariate names
 * @param split rows and patients per part (outcome counts are zero: the outcome is a number)
 * @param models ridge regression, boosted trees, then the training-mean baseline
 * @param shap mean |SHAP| of the boosted trees (days) on a sample of test rows, largest first, with
 *     the sign of the mean contribution
 * @param boostedTrees the fitted boosted trees (squared error), saved by {@link
 *     SavedModel#of(TrainedStudy, Provenance)}
 */
public record RegressionResult(
    StudyDefinition study,
    long seed,
    Cohort cohort,
    List<String> features,
    StudyResult.Split split,
    List<Model> models,
    List<StudyResult.Factor> shap,
    BoostedTrees boostedTrees)
    implements TrainedStudy {

  @Override
  public Map<String, Object> card(Provenance provenance) {
    return ModelCard.json(this, provenance);
  }

  @Override
  public ReportSection section() {
    return PredictionSections.of(this);
  }

  @Override
  public String summary() {
    return StudyText.summary(this);
  }

  /**
   * One model's error on the test patients.
   *
   * @param name the model
   * @param settings hyper-parameters chosen by cross-validation
   * @param cvRmse pooled out-of-fold RMSE of those settings on the training patients (NaN for the
   *     baseline)
   * @param mae mean absolute error, days
   * @param rmse root mean squared error, days
   * @param r2 coefficient of determination
   */
  public record Model(
      String name, String settings, double cvRmse, double mae, double rmse, double r2) {}
}
