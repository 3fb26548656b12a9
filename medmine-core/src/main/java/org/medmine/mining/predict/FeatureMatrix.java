package org.medmine.mining.predict;

import java.util.List;

/**
 * A dense feature matrix: one row per example, one named column per feature; a missing value is
 * NaN.
 *
 * @param names the column names
 * @param rows the values, row-major; every row has {@code names.size()} values
 */
public record FeatureMatrix(List<String> names, double[][] rows) {
  public FeatureMatrix {
    names = List.copyOf(names);
    for (double[] r : rows) {
      if (r.length != names.size()) {
        throw new IllegalArgumentException(
            "a row has " + r.length + " values for " + names.size() + " columns");
      }
    }
  }

  public int size() {
    return rows.length;
  }

  /** The rows at {@code indices}, same columns. */
  public FeatureMatrix select(int[] indices) {
    double[][] out = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      out[i] = rows[indices[i]];
    }
    return new FeatureMatrix(names, out);
  }

  /** One column's values. */
  public double[] column(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][j];
    }
    return out;
  }
}
