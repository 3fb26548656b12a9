package org.medmine.mining.predict;

/**
 * Mean imputation and standardization fitted on training rows only: a missing value (NaN) becomes
 * the column's training mean; a standardized value is (x - mean) / sd (sd 1 for a constant column).
 */
public record Imputer(double[] mean, double[] sd) {
  public static Imputer fit(double[][] x) {
    int p = x.length == 0 ? 0 : x[0].length;
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int j = 0; j < p; j++) {
      double sum = 0;
      int n = 0;
      for (double[] r : x) {
        if (!Double.isNaN(r[j])) {
          sum += r[j];
          n++;
        }
      }
      mean[j] = n == 0 ? 0 : sum / n;
      double ss = 0;
      for (double[] r : x) {
        double v = Double.isNaN(r[j]) ? mean[j] : r[j];
        ss += (v - mean[j]) * (v - mean[j]);
      }
      double s = x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0;
      sd[j] = s > 1e-12 ? s : 1;
    }
    return new Imputer(mean, sd);
  }

  /** Missing values filled in, original scale. */
  public double[] fill(double[] row) {
    double[] out = row.clone();
    for (int j = 0; j < out.length; j++) {
      if (Double.isNaN(out[j])) {
        out[j] = mean[j];
      }
    }
    return out;
  }

  /** Filled in and standardized. */
  public double[] standardize(double[] row) {
    double[] out = fill(row);
    for (int j = 0; j < out.length; j++) {
      out[j] = (out[j] - mean[j]) / sd[j];
    }
    return out;
  }
}
