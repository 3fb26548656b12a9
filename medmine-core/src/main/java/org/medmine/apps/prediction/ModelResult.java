package org.medmine.apps.prediction;

import java.util.List;
import org.medmine.mining.predict.Metrics;

/**
 * One model's figures on the held-out patients.
 *
 * @param name the model
 * @param settings the hyper-parameters chosen by cross-validation
 * @param cvAuroc the pooled out-of-fold AUROC of those settings on the training patients
 * @param auroc AUROC with its 95% interval on the test patients
 * @param auprc average precision
 * @param brier Brier score (NaN for a score that is not a probability, such as LACE)
 * @param calibrationIntercept calibration-in-the-large (NaN for a score)
 * @param calibrationSlope calibration slope (NaN for a score)
 * @param atThreshold sensitivity, specificity and PPV at the study's threshold (at LACE >= 10 for
 *     LACE)
 * @param roc ROC points {fpr, tpr}
 * @param pr precision-recall points {recall, precision}
 * @param calibrationCurve {mean risk, observed rate, n} per decile (empty for a score)
 */
public record ModelResult(
    String name,
    String settings,
    double cvAuroc,
    Metrics.Auc auroc,
    double auprc,
    double brier,
    double calibrationIntercept,
    double calibrationSlope,
    Metrics.AtThreshold atThreshold,
    List<double[]> roc,
    List<double[]> pr,
    List<double[]> calibrationCurve) {

  /** A model's figures from its predicted risks on the held-out rows. */
  public static ModelResult probabilities(
      String name, String settings, double cvAuroc, double[] risk, int[] y, double threshold) {
    double[] cal = Metrics.calibration(risk, y);
    return new ModelResult(
        name,
        settings,
        cvAuroc,
        Metrics.auroc(risk, y),
        Metrics.auprc(risk, y),
        Metrics.brier(risk, y),
        cal[0],
        cal[1],
        Metrics.atThreshold(risk, y, threshold),
        Metrics.rocCurve(risk, y),
        Metrics.prCurve(risk, y),
        Metrics.calibrationCurve(risk, y, 10));
  }

  static ModelResult score(String name, double[] score, int[] y, double threshold) {
    return new ModelResult(
        name,
        "clinical score, not fitted",
        Double.NaN,
        Metrics.auroc(score, y),
        Metrics.auprc(score, y),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Metrics.atThreshold(score, y, threshold),
        Metrics.rocCurve(score, y),
        Metrics.prCurve(score, y),
        List.of());
  }
}
