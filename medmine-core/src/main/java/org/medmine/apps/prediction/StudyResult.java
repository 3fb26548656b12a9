package org.medmine.apps.prediction;

import java.util.List;
import java.util.Map;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.Fairness;
import org.medmine.report.ReportSection;

/**
 * Everything a study run produced: the cohort and its split, each model's held-out figures beside
 * the clinical baseline, the explanations and the fairness audit; with the fitted boosted trees for
 * scoring new patients.
 *
 * @param study the definition
 * @param seed the seed used
 * @param cohort the cohort and its attrition
 * @param features the covariate names
 * @param split rows, patients and outcomes of the training and test parts
 * @param models logistic regression, decision tree and boosted trees, in that order
 * @param baseline the LACE index on the same test discharges, or null
 * @param shap mean |SHAP| of the boosted trees on a sample of test rows, largest first, with
 *     direction
 * @param oddsRatios logistic regression odds ratios per standard deviation, strongest first
 * @param treeRules the decision tree as rules
 * @param fairness the boosted trees' audit per sex, race, ethnicity and age band
 * @param boostedTrees the fitted boosted trees
 */
public record StudyResult(
    StudyDefinition study,
    long seed,
    Cohort cohort,
    List<String> features,
    Split split,
    List<ModelResult> models,
    ModelResult baseline,
    List<Factor> shap,
    List<Factor> oddsRatios,
    List<String> treeRules,
    List<Fairness.Audit> fairness,
    BoostedTrees boostedTrees)
    implements TrainedStudy {

  /** The patient-level split. */
  public record Split(
      int trainRows,
      int trainPatients,
      int trainOutcomes,
      int testRows,
      int testPatients,
      int testOutcomes) {}

  /**
   * A feature's weight in an explanation.
   *
   * @param feature the covariate
   * @param value mean |SHAP| (log-odds) or an odds ratio
   * @param direction +1 when higher values raise the risk, -1 when they lower it
   */
  public record Factor(String feature, double value, int direction) {}

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

  /** The boosted trees' result (the model the card leads with). */
  public ModelResult boosted() {
    return models.get(models.size() - 1);
  }
}
