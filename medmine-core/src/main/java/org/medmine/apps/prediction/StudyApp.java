package org.medmine.apps.prediction;

import java.sql.Connection;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;

/**
 * {@code study run}: a patient-level prediction study, classification ({@link StudyRunner}) or
 * length-of-stay regression ({@link RegressionRunner}), through the context's consent-filtered
 * connection. Both kinds take one path: the trained study gives its model card, saved model and
 * report section ({@link TrainedStudy}); a cohort with too few outcomes gives a card that says why,
 * and no model ({@link StudyRun}).
 */
public final class StudyApp implements App<StudyOptions, StudyRun> {
  @Override
  public String name() {
    return "study";
  }

  @Override
  public StudyRun run(AnalysisContext context, StudyOptions options) {
    StudyDefinition definition = options.definition();
    long seed = options.seedFor(definition);
    RunProvenance run = context.provenance(name(), options, seed);
    Provenance provenance =
        Provenance.of(context.warehouse(), options.study(), seed, context.excludedPatients());
    try {
      return StudyRun.trained(train(context.connection(), definition, seed), provenance, run);
    } catch (TooFewOutcomesException e) {
      return StudyRun.notTrained(e, run);
    }
  }

  private static TrainedStudy train(Connection c, StudyDefinition definition, long seed) {
    return definition.isRegression()
        ? RegressionRunner.run(c, definition, seed)
        : StudyRunner.run(c, definition, seed);
  }
}
