package org.medmine.mining.cluster;

/**
 * The eager swap phase of FasterPAM (Schubert and Rousseeuw, Information Systems 2021, Algorithm
 * 3): for a candidate x, one scan over the points gives the change of total distance of swapping x
 * for each of the k medoids, from each point's nearest (dn) and second-nearest (ds) medoid distance
 * and the medoids' removal losses; the best of those swaps is made at once if it helps. The scan
 * goes round the candidates until n in a row bring no improvement. Works on the caller's medoid
 * array in place.
 */
final class FasterPam {
  private final double[][] d;
  private final int[] medoids;
  private final int[] nearest;
  private final double[] dn;
  private final double[] ds;
  private final double[] removalLoss;

  FasterPam(double[][] d, int[] medoids) {
    this.d = d;
    this.medoids = medoids;
    int n = d.length;
    this.nearest = new int[n];
    this.dn = new double[n];
    this.ds = new double[n];
    this.removalLoss = new double[medoids.length];
  }

  /** Swaps until no single swap lowers the total distance; returns that total distance. */
  double run() {
    int n = d.length;
    int k = medoids.length;
    if (k == 1) {
      return bestSingleMedoid(); // no second-nearest medoid: the removal losses are undefined
    }
    refresh();
    boolean[] isMedoid = new boolean[n];
    for (int m : medoids) {
      isMedoid[m] = true;
    }
    double[] change = new double[k];
    for (int scanned = 0, x = 0; scanned < n && k < n; scanned++, x = (x + 1) % n) {
      if (isMedoid[x]) {
        continue;
      }
      System.arraycopy(removalLoss, 0, change, 0, k);
      double added = 0;
      double[] dx = d[x];
      for (int o = 0; o < n; o++) {
        double dox = dx[o];
        if (dox < dn[o]) {
          added += dox - dn[o];
          change[nearest[o]] += dn[o] - ds[o];
        } else if (dox < ds[o]) {
          change[nearest[o]] += dox - ds[o];
        }
      }
      int best = 0;
      for (int c = 1; c < k; c++) {
        best = change[c] < change[best] ? c : best;
      }
      if (change[best] + added < -1e-12) {
        isMedoid[medoids[best]] = false;
        isMedoid[x] = true;
        medoids[best] = x;
        refresh();
        scanned = 0;
      }
    }
    double total = 0;
    for (double v : dn) {
      total += v;
    }
    return total;
  }

  private double bestSingleMedoid() {
    double best = Double.POSITIVE_INFINITY;
    for (int x = 0; x < d.length; x++) {
      double total = 0;
      for (double v : d[x]) {
        total += v;
      }
      if (total < best) {
        best = total;
        medoids[0] = x;
      }
    }
    return best;
  }

  /** Each point's nearest and second-nearest medoid, and each medoid's removal loss. */
  private void refresh() {
    java.util.Arrays.fill(removalLoss, 0);
    for (int o = 0; o < d.length; o++) {
      int first = -1;
      double d1 = Double.POSITIVE_INFINITY;
      double d2 = Double.POSITIVE_INFINITY;
      for (int c = 0; c < medoids.length; c++) {
        double v = d[o][medoids[c]];
        if (v < d1) {
          d2 = d1;
          d1 = v;
          first = c;
        } else if (v < d2) {
          d2 = v;
        }
      }
      nearest[o] = first;
      dn[o] = d1;
      ds[o] = d2;
      removalLoss[first] += d2 - d1;
    }
  }
}
