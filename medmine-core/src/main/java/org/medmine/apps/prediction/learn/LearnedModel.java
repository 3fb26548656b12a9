package org.medmine.apps.prediction.learn;

import java.util.List;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.RegressionResult;
import org.medmine.apps.prediction.StudyResult;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.Fairness;

/**
 * What {@link TableClassifier} or {@link TableRegressor} trained: the split, the final encodings,
 * each model's held-out figures (a classification's {@link ModelResult}s or a regression's error
 * figures), SHAP, the fairness audit and the boosted trees the saved model keeps.
 *
 * @param target the target
 * @param split the rows of each part
 * @param encoding the encodings fitted on all training rows
 * @param models a classification's models on the test rows (empty for a regression)
 * @param regression a regression's models on the test rows (empty for a classification)
 * @param shap mean |SHAP| of the boosted trees on test rows, largest first
 * @param fairness the boosted trees' audit per {@code --fairness} column
 * @param treeRules the CART tree as rules (empty for a regression)
 * @param boostedTrees the boosted trees
 * @param threshold a classification's operating threshold (the training prevalence)
 */
public record LearnedModel(
    TableTarget target,
    TableSplit split,
    TableEncoding encoding,
    List<ModelResult> models,
    List<RegressionResult.Model> regression,
    List<StudyResult.Factor> shap,
    List<Fairness.Audit> fairness,
    List<String> treeRules,
    BoostedTrees boostedTrees,
    double threshold) {}
