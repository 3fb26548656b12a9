package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * A site's evaluation of a model on its own held-out index events, in the clear: its AUROC and its
 * calibration by tenths of predicted risk, reported only when each of its counts reaches {@link
 * SiteFigures#SMALL_CELL} (null otherwise).
 *
 * @param site the site's name
 * @param model which model was evaluated
 * @param auroc the site's AUROC, or null when it has fewer than 11 outcomes or non-outcomes
 * @param calibration per tenth of risk with at least 11 events: {lower bound, events, observed
 *     rate, mean risk}
 */
public record SiteEvaluation(String site, String model, Double auroc, List<double[]> calibration) {
  public SiteEvaluation {
    calibration = List.copyOf(calibration);
  }
}
