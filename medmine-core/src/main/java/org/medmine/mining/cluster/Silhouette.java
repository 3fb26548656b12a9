package org.medmine.mining.cluster;

/**
 * The mean silhouette (Rousseeuw 1987): for each clustered point, (b − a) / max(a, b), with a its
 * mean distance to its own cluster and b the smallest mean distance to another cluster; a point
 * alone in its cluster scores 0. Noise (label −1) is left out. Quadratic in n: meant for up to a
 * few thousand points.
 */
public final class Silhouette {
  private Silhouette() {}

  /** The mean silhouette under a distance matrix; NaN when fewer than two clusters. */
  public static double mean(double[][] distance, int[] labels) {
    int k = 0;
    for (int l : labels) {
      k = Math.max(k, l + 1);
    }
    if (k < 2) {
      return Double.NaN;
    }
    int[] size = new int[k];
    for (int l : labels) {
      if (l >= 0) {
        size[l]++;
      }
    }
    double sum = 0;
    int counted = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        continue;
      }
      double[] total = new double[k];
      for (int j = 0; j < labels.length; j++) {
        if (j != i && labels[j] >= 0) {
          total[labels[j]] += distance[i][j];
        }
      }
      counted++;
      if (size[labels[i]] <= 1) {
        continue;
      }
      double a = total[labels[i]] / (size[labels[i]] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != labels[i] && size[c] > 0) {
          b = Math.min(b, total[c] / size[c]);
        }
      }
      sum += (b - a) / Math.max(a, b);
    }
    return counted == 0 ? Double.NaN : sum / counted;
  }

  /** The Euclidean distance matrix of the rows of {@code x}. */
  public static double[][] euclidean(double[][] x) {
    double[][] d = new double[x.length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double s = 0;
        for (int f = 0; f < x[i].length; f++) {
          s += (x[i][f] - x[j][f]) * (x[i][f] - x[j][f]);
        }
        d[i][j] = d[j][i] = Math.sqrt(s);
      }
    }
    return d;
  }
}
