package org.medmine.apps.prediction.federated;

/**
 * XGBoost's split finding over a node's summed histograms (Chen and Guestrin, KDD 2016, Algorithm
 * 3, with the sparsity-aware default direction of Algorithm 3's §3.4): for every covariate and
 * every edge, missing values left and right, the gain {@code G_L^2/(H_L+lambda) +
 * G_R^2/(H_R+lambda) - G^2/(H+lambda)}; a split needs a positive gain and a Hessian sum of at least
 * the minimum child weight on both sides.
 */
final class SplitSearch {
  private SplitSearch() {}

  /** The best split of the node whose histogram starts at {@code base}, or null. */
  static FederatedBoosting.Split best(
      double[] hist, int base, int[] off, double g, double h, BoostingSettings s) {
    double parent = g * g / (h + s.lambda());
    double bestGain = 1e-12;
    FederatedBoosting.Split best = null;
    for (int j = 0; j + 1 < off.length; j++) {
      int bins = off[j + 1] - off[j];
      int missing = 2 * (base + off[j] + bins - 1);
      double gm = hist[missing];
      double hm = hist[missing + 1];
      double gl = 0;
      double hl = 0;
      for (int t = 1; t <= bins - 2; t++) {
        int cell = 2 * (base + off[j] + t - 1);
        gl += hist[cell];
        hl += hist[cell + 1];
        for (int side = 0; side < 2; side++) {
          boolean missingLeft = side == 1;
          double lg = gl + (missingLeft ? gm : 0);
          double lh = hl + (missingLeft ? hm : 0);
          double rh = h - lh;
          if (lh < s.minChildWeight() || rh < s.minChildWeight()) {
            continue;
          }
          double rg = g - lg;
          double gain = lg * lg / (lh + s.lambda()) + rg * rg / (rh + s.lambda()) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            best = new FederatedBoosting.Split(j, t, missingLeft, lg, lh);
          }
        }
      }
    }
    return best;
  }
}
