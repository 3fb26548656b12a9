package org.medmine.model.planted;

import org.medmine.context.AnalysisContext;

/** A planted violation (test fixture): the model layer reaching to the right, into the context. */
public final class PlantedUpward {
  AnalysisContext context;
}
