package org.medmine.apps.prediction.federated;

/**
 * The sums a site computes over its own training rows, in plain arrays, before they are masked:
 * moments for the pooled standardization, the gradient and Hessian of the logistic log-likelihood
 * for a federated Newton step, counts on a fine grid for the quantile sketch, and gradient and
 * Hessian histograms per tree node, covariate and bin (Chen and Guestrin, KDD 2016, §3; the
 * federated form of SecureBoost, Cheng et al., IEEE Intelligent Systems 2021, for horizontally
 * split data). Every output is a sum over rows; none holds a value of one row.
 */
final class LocalSums {
  /** Grid points per standard deviation of the quantile sketch's fine grid. */
  static final int GRID_PER_SD = 20;

  /** Standard deviations the grid spans on each side of the mean. */
  static final int GRID_SDS = 4;

  /** Points of the fine grid. */
  static final int GRID_POINTS = 2 * GRID_SDS * GRID_PER_SD + 1;

  private LocalSums() {}

  /**
   * {rows, outcomes, then per covariate: non-missing count, sum, sum of squares}: enough for the
   * pooled {@link org.medmine.mining.predict.Imputer}.
   */
  static double[] moments(double[][] x, int[] y) {
    int p = x.length == 0 ? 0 : x[0].length;
    double[] out = new double[2 + 3 * p];
    out[0] = x.length;
    for (int i = 0; i < x.length; i++) {
      out[1] += y[i];
      for (int j = 0; j < p; j++) {
        double v = x[i][j];
        if (!Double.isNaN(v)) {
          out[2 + 3 * j] += 1;
          out[3 + 3 * j] += v;
          out[4 + 3 * j] += v * v;
        }
      }
    }
    return out;
  }

  /**
   * The gradient of the (unpenalized) log-likelihood at {@code model}, then the upper triangle of
   * {@code Z'VZ} row by row, on the standardized covariates with a leading column of ones.
   */
  static double[] newton(double[][] x, int[] y, LogisticModel model) {
    int q = model.mean().length + 1;
    double[] out = new double[q + q * (q + 1) / 2];
    double[] z = new double[q];
    z[0] = 1;
    for (int i = 0; i < x.length; i++) {
      for (int j = 1; j < q; j++) {
        z[j] = model.standardized(x[i], j - 1);
      }
      double mu = model.risk(x[i]);
      double r = y[i] - mu;
      double v = Math.max(mu * (1 - mu), 1e-10);
      int t = q;
      for (int j = 0; j < q; j++) {
        out[j] += r * z[j];
        double vz = v * z[j];
        for (int k = j; k < q; k++) {
          out[t++] += vz * z[k];
        }
      }
    }
    return out;
  }

  /**
   * Counts of each covariate's non-missing values on a grid of {@link #GRID_POINTS} points about
   * {@code mean - 4 sd} to {@code mean + 4 sd}, offset half a step so that whole numbers fall
   * between points: grid bin {@code i} holds the values with exactly {@code i} grid points at or
   * below them.
   */
  static double[] gridCounts(double[][] x, double[] mean, double[] sd) {
    int p = mean.length;
    int cells = GRID_POINTS + 1;
    double[] out = new double[p * cells];
    for (double[] row : x) {
      for (int j = 0; j < p; j++) {
        if (!Double.isNaN(row[j])) {
          double steps = (row[j] - mean[j]) / sd[j] * GRID_PER_SD + GRID_SDS * GRID_PER_SD - 0.5;
          int cell = (int) Math.max(0, Math.min(GRID_POINTS, Math.floor(steps) + 1));
          out[j * cells + cell] += 1;
        }
      }
    }
    return out;
  }

  /** Grid point {@code k} of a covariate with this mean and standard deviation. */
  static double gridPoint(double mean, double sd, int k) {
    return mean + sd * ((k + 0.5) / GRID_PER_SD - GRID_SDS);
  }

  /**
   * The gradient and Hessian sums of the logistic loss at {@code ensemble}'s margins, per node of
   * {@code partial} at depth {@code level} ({@code 2^level} nodes, left to right), per covariate
   * and bin: {@code [node][offset(j) + bin] -> (G, H)}, flattened with G and H interleaved.
   */
  static double[] histograms(
      double[][] x, int[] y, TreeEnsemble ensemble, HistogramTree partial, int level, Bins bins) {
    int[] off = bins.offsets();
    int width = off[off.length - 1];
    int nodes = 1 << level;
    int first = nodes - 1;
    double[] out = new double[nodes * width * 2];
    for (int i = 0; i < x.length; i++) {
      int node = partial.nodeOf(x[i], level);
      if (HistogramTree.depthOf(node) != level) {
        continue; // the row reached a leaf above this level
      }
      double p = ensemble.risk(x[i]);
      double g = p - y[i];
      double h = Math.max(p * (1 - p), 1e-16);
      int base = (node - first) * width;
      for (int j = 0; j < bins.edges().length; j++) {
        int cell = 2 * (base + off[j] + bins.binOf(j, x[i][j]));
        out[cell] += g;
        out[cell + 1] += h;
      }
    }
    return out;
  }
}
