package org.medmine.mining.cluster;

import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * Gower's distance for mixed data (Gower 1971): the mean over columns of |x − y| / range for numeric columns
 * and of 0/1 mismatch for categorical ones (categories coded as numbers). Usable wherever Commons Math takes a
 * {@link DistanceMeasure}, e.g. DBSCAN, and as a matrix for k-medoids and silhouettes.
 */
public final class GowerDistance implements DistanceMeasure {
  private static final long serialVersionUID = 1L;
  private final boolean[] categorical;
  private final double[] range;

  private GowerDistance(boolean[] categorical, double[] range) {
    this.categorical = categorical;
    this.range = range;
  }

  /** Fits the numeric columns' ranges on {@code x}; {@code categorical[j]} marks categorical columns. */
  public static GowerDistance fit(double[][] x, boolean[] categorical) {
    double[] range = new double[categorical.length];
    for (int j = 0; j < categorical.length; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : x) {
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      range[j] = max - min;
    }
    return new GowerDistance(categorical.clone(), range);
  }

  @Override
  public double compute(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < categorical.length; j++) {
      if (categorical[j]) {
        sum += a[j] == b[j] ? 0 : 1;
      } else if (range[j] > 0) {
        sum += Math.abs(a[j] - b[j]) / range[j];
      }
    }
    return sum / categorical.length;
  }

  /** The distance matrix of the rows of {@code x}. */
  public double[][] matrix(double[][] x) {
    return Dbscan.matrix(x, this);
  }
}
