package org.medmine.apps.prediction;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code predict}: scores the index events of a saved study model's study in the context's
 * warehouse, through the consent-filtered connection, highest risk (or longest predicted stay)
 * first ({@link SavedModel#score}).
 */
public final class PredictApp implements App<PredictOptions, PredictResult> {
  @Override
  public String name() {
    return "predict";
  }

  @Override
  public PredictResult run(AnalysisContext context, PredictOptions options) {
    SavedModel model = SavedModel.read(options.model());
    return new PredictResult(
        options.model().toString(),
        model,
        model.score(context.connection(), options.factors()),
        options.top(),
        context.provenance(name(), options, null));
  }
}
