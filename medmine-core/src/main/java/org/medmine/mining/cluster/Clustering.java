package org.medmine.mining.cluster;

/**
 * A partition of n points.
 *
 * @param method how it was made, with its parameters (e.g. "k-means++ k=3 seed=42")
 * @param labels the cluster of each point, 0..k−1; −1 is noise (DBSCAN only)
 * @param k the number of clusters (noise not counted)
 * @param silhouette the mean silhouette of the clustered points (noise left out), NaN when
 *     undefined
 * @param objective the within-cluster sum of squared distances for k-means, of distances for
 *     k-medoids, NaN otherwise
 */
public record Clustering(String method, int[] labels, int k, double silhouette, double objective) {
  /** Points per cluster. */
  public int[] sizes() {
    int[] s = new int[k];
    for (int l : labels) {
      if (l >= 0) {
        s[l]++;
      }
    }
    return s;
  }

  /** Points labelled noise. */
  public int noise() {
    int n = 0;
    for (int l : labels) {
      n += l < 0 ? 1 : 0;
    }
    return n;
  }
}
