package org.medmine.apps.prediction.federated;

/**
 * Settings of the federated boosted trees, named as XGBoost names them.
 *
 * @param rounds trees
 * @param maxDepth the depth of each tree
 * @param eta the learning rate
 * @param lambda the L2 penalty on leaf weights
 * @param minChildWeight the least Hessian sum of a child
 * @param maxBins the most bins per covariate
 */
public record BoostingSettings(
    int rounds, int maxDepth, double eta, double lambda, double minChildWeight, int maxBins) {
  /** 50 trees of depth 3, eta 0.1, lambda 1, min child weight 1, 32 bins. */
  public static BoostingSettings defaults() {
    return new BoostingSettings(50, 3, 0.1, 1, 1, 32);
  }
}
