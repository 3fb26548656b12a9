package org.medmine.apps.prediction;

import java.util.List;
import java.util.Map;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.report.ReportSection;

/**
 * A study that trained its models: a classification ({@link StudyResult}) or a length-of-stay
 * regression ({@link RegressionResult}). Both give the same four things, so one path runs either
 * kind: the model card's JSON, the saved boosted trees ({@link SavedModel}), the card's report
 * section and a few lines for people.
 */
public sealed interface TrainedStudy permits StudyResult, RegressionResult {
  /** The study definition. */
  StudyDefinition study();

  /** The seed of the split, the folds and the trees. */
  long seed();

  /** The covariate names, in the models' column order. */
  List<String> features();

  /** The fitted boosted trees, the model {@code medmine predict} scores with. */
  BoostedTrees boostedTrees();

  /**
   * The model card's JSON ({@link ModelCard}), with {@code provenance} saying where the numbers
   * came from.
   */
  Map<String, Object> card(Provenance provenance);

  /** The model card's report section ({@link PredictionSections}). */
  ReportSection section();

  /** A few lines for people: the cohort and each model's held-out figures ({@link StudyText}). */
  String summary();
}
