package org.medmine.mining.cluster;

import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * Gower's distance for mixed data (Gower 1971): the mean over columns of |x − y| / range for
 * numeric columns and of 0/1 mismatch for categorical ones (categories coded as numbers, compared
 * only for equality: codes 0 and 5 are as far apart as codes 0 and 1). Usable wherever Commons Math
 * takes a {@link DistanceMeasure}, e.g. DBSCAN, as a matrix for k-medoids and silhouettes, and
 * through {@link #embed} as an L1 distance for libraries that only know Minkowski distances.
 */
public final class GowerDistance implements DistanceMeasure {
  private static final long serialVersionUID = 1L;
  private final boolean[] categorical;
  private final double[] range;
  private final double[][] levels;

  private GowerDistance(boolean[] categorical, double[] range, double[][] levels) {
    this.categorical = categorical;
    this.range = range;
    this.levels = levels;
  }

  /**
   * Fits the numeric columns' ranges on {@code x}; {@code categorical[j]} marks categorical
   * columns.
   */
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
    double[][] levels = new double[categorical.length][];
    for (int j = 0; j < categorical.length; j++) {
      final int col = j;
      levels[j] =
          categorical[j]
              ? java.util.Arrays.stream(x).mapToDouble(r -> r[col]).distinct().sorted().toArray()
              : new double[0];
    }
    return new GowerDistance(categorical.clone(), range, levels);
  }

  /**
   * Rows whose L1 (Manhattan) distance is this Gower distance: a numeric column becomes x / (range
   * · p), a categorical one an indicator per category weighted 1 / (2p) (two different categories
   * differ in two indicators), p being the number of columns. Only categories seen by {@link #fit}
   * can be embedded.
   */
  public double[][] embed(double[][] x) {
    int p = categorical.length;
    int width = 0;
    for (int j = 0; j < p; j++) {
      width += categorical[j] ? levels[j].length : 1;
    }
    double[][] out = new double[x.length][width];
    for (int i = 0; i < x.length; i++) {
      int at = 0;
      for (int j = 0; j < p; j++) {
        if (categorical[j]) {
          int level = java.util.Arrays.binarySearch(levels[j], x[i][j]);
          if (level < 0) {
            throw new IllegalArgumentException(
                "category " + x[i][j] + " of column " + j + " was not seen when fitting");
          }
          out[i][at + level] = 1.0 / (2 * p);
          at += levels[j].length;
        } else {
          out[i][at++] = range[j] > 0 ? x[i][j] / (range[j] * p) : 0;
        }
      }
    }
    return out;
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
