package org.medmine.mining.cluster;

/**
 * Column-wise z-scores: (x − mean) / standard deviation (population), a constant column becoming
 * zeros. Fitted on one matrix, applied to it or to others.
 */
public final class Standardizer {
  private final double[] mean;
  private final double[] sd;

  private Standardizer(double[] mean, double[] sd) {
    this.mean = mean;
    this.sd = sd;
  }

  public static Standardizer fit(double[][] x) {
    int d = x[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / x.length;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]);
    }
    return new Standardizer(mean, sd);
  }

  public double[][] transform(double[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        out[i][j] = sd[j] > 0 ? (x[i][j] - mean[j]) / sd[j] : 0;
      }
    }
    return out;
  }
}
