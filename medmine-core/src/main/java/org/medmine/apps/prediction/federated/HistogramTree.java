package org.medmine.apps.prediction.federated;

import java.util.Arrays;

/**
 * One regression tree of {@link TreeEnsemble}, stored as a complete binary tree in an array (node k
 * has children 2k+1 and 2k+2): a split node sends a row left when its value is below the threshold
 * (XGBoost's rule, Chen and Guestrin, KDD 2016) and a missing value the learned default way; a leaf
 * holds its weight, already scaled by the learning rate.
 *
 * @param feature the covariate each node splits on, or -1 for a leaf (or an unused node)
 * @param threshold the split's bin edge
 * @param missingLeft whether a missing value goes left
 * @param leaf the weight of each leaf
 */
public record HistogramTree(
    int[] feature, double[] threshold, boolean[] missingLeft, double[] leaf) {

  /** An empty tree of depth {@code depth}: every node unused. */
  public static HistogramTree empty(int depth) {
    int nodes = (1 << (depth + 1)) - 1;
    int[] f = new int[nodes];
    Arrays.fill(f, -1);
    return new HistogramTree(f, new double[nodes], new boolean[nodes], new double[nodes]);
  }

  /** The node {@code row} reaches after at most {@code levels} splits. */
  public int nodeOf(double[] row, int levels) {
    int k = 0;
    for (int d = 0; d < levels && feature[k] >= 0; d++) {
      double v = row[feature[k]];
      boolean left = Double.isNaN(v) ? missingLeft[k] : v < threshold[k];
      k = 2 * k + (left ? 1 : 2);
    }
    return k;
  }

  /** The weight of the leaf {@code row} reaches. */
  public double weight(double[] row) {
    return leaf[nodeOf(row, Integer.MAX_VALUE)];
  }

  /** The depth of node {@code k}. */
  static int depthOf(int k) {
    return 31 - Integer.numberOfLeadingZeros(k + 1);
  }
}
