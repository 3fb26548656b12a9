package org.medmine.apps.prediction.federated;

import java.util.Arrays;

/**
 * The bins of every covariate the sites histogram their gradients into: per covariate, ascending
 * edges; a value falls in bin {@code i} when exactly {@code i} edges are at or below it, and a
 * missing value in the last bin ({@code edges.length + 1}). The edges are grid points the
 * coordinator picks from the summed counts of a fine grid (a federated quantile sketch), never a
 * site's data value.
 *
 * @param edges the edges of each covariate
 */
public record Bins(double[][] edges) {
  /** The number of bins of covariate {@code j}, the missing bin included. */
  public int binsOf(int j) {
    return edges[j].length + 2;
  }

  /** The bin of value {@code v} of covariate {@code j}. */
  public int binOf(int j, double v) {
    if (Double.isNaN(v)) {
      return edges[j].length + 1;
    }
    int i = Arrays.binarySearch(edges[j], v);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Where covariate {@code j}'s bins start in one node's histogram. */
  public int[] offsets() {
    int[] off = new int[edges.length + 1];
    for (int j = 0; j < edges.length; j++) {
      off[j + 1] = off[j] + binsOf(j);
    }
    return off;
  }
}
