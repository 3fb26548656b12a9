package org.medmine.apps.prediction.federated;

/**
 * Logistic regression by federated averaging ({@link AveragingSettings}): each round the sites send
 * their masked, row-weighted changes of the model (or, with differential privacy, clipped and
 * noised changes weighed equally), and the coordinator moves the model by their average. It needs
 * many rounds where {@link FederatedNewton} needs a few, but sends p values a round, not p².
 */
public final class FederatedAveraging {
  private FederatedAveraging() {}

  public static LogisticModel fit(
      Coordinator coordinator, PooledMoments moments, AveragingSettings settings) {
    int q = moments.mean().length + 1;
    double[] w = new double[q];
    for (int r = 0; r < settings.rounds(); r++) {
      LogisticModel at = moments.model(w.clone());
      double[] sums =
          coordinator.maskedSum(
              "averaging-" + r,
              q + 1,
              (site, round) -> site.averaging(round, at, settings, moments.rows()));
      double weight = sums[q];
      for (int j = 0; j < q; j++) {
        w[j] += sums[j] / weight;
      }
    }
    return moments.model(w);
  }
}
