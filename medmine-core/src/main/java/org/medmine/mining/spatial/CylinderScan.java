package org.medmine.mining.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cylinders of a space-time scan (Kulldorff 2001, "Prospective time periodic geographical
 * disease surveillance using a scan statistic", JRSS A 164:61-72): circular zones made of the k
 * nearest region centroids around each centroid (k = 1..maxRegions) crossed with time windows, and
 * the search for the cylinders of largest log-likelihood ratio. Observed and expected counts come
 * as region × period arrays; the statistic is supplied by the scan.
 */
final class CylinderScan {
  /**
   * A scan's log-likelihood ratio of a cylinder (0 unless it holds an excess) and its relative
   * risk.
   */
  interface Statistic {
    double logLikelihoodRatio(double observed, double expected);

    double relativeRisk(double observed, double expected);
  }

  private final List<Region> regions;
  private final int[][] zones;
  private final double[][] radius;
  private final int[][] windows;

  /**
   * The zones around each centre: its nearest centroids, as many as {@code maxRegions}, the radius
   * and the share {@code maxSizeFraction} of the total {@code sizes} allow (the centre is always
   * in).
   */
  CylinderScan(List<Region> regions, double[] sizes, int periods, ScanOptions o) {
    this.regions = regions;
    double total = Arrays.stream(sizes).sum();
    zones = new int[regions.size()][];
    radius = new double[regions.size()][];
    for (int c = 0; c < regions.size(); c++) {
      Region centre = regions.get(c);
      Integer[] order = new Integer[regions.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // Nearest first; ties broken by index so zones do not depend on sort stability.
      Arrays.sort(
          order,
          Comparator.comparingDouble((Integer i) -> centre.distanceKm(regions.get(i)))
              .thenComparing(i -> i));
      int k = 1;
      double size = sizes[order[0]];
      while (k < Math.min(o.maxRegions(), order.length)
          && centre.distanceKm(regions.get(order[k])) <= o.maxRadiusKm()
          && size + sizes[order[k]] <= o.maxSizeFraction() * total + 1e-9) {
        size += sizes[order[k++]];
      }
      zones[c] = new int[k];
      radius[c] = new double[k];
      for (int j = 0; j < k; j++) {
        zones[c][j] = order[j];
        radius[c][j] = centre.distanceKm(regions.get(order[j]));
      }
    }
    List<int[]> w = new ArrayList<>();
    int longest = Math.min(o.maxPeriods(), periods);
    for (int last = o.prospective() ? periods - 1 : 0; last < periods; last++) {
      for (int len = 1; len <= Math.min(longest, last + 1); len++) {
        w.add(new int[] {last - len + 1, last});
      }
    }
    windows = w.toArray(new int[0][]);
  }

  /** Per region and window, the sum of the cells over the window's periods. */
  double[][] windowSums(double[][] cells) {
    double[][] out = new double[cells.length][windows.length];
    for (int r = 0; r < cells.length; r++) {
      double[] prefix = new double[cells[r].length + 1];
      for (int t = 0; t < cells[r].length; t++) {
        prefix[t + 1] = prefix[t] + cells[r][t];
      }
      for (int w = 0; w < windows.length; w++) {
        out[r][w] = prefix[windows[w][1] + 1] - prefix[windows[w][0]];
      }
    }
    return out;
  }

  /** The largest statistic over all cylinders. */
  double maxStatistic(double[][] observed, double[][] expected, Statistic f) {
    double max = 0;
    double[] o = new double[windows.length];
    double[] e = new double[windows.length];
    for (int[] zone : zones) {
      Arrays.fill(o, 0);
      Arrays.fill(e, 0);
      for (int region : zone) {
        for (int w = 0; w < windows.length; w++) {
          o[w] += observed[region][w];
          e[w] += expected[region][w];
          max = Math.max(max, f.logLikelihoodRatio(o[w], e[w]));
        }
      }
    }
    return max;
  }

  /** The most likely cylinder and the significant ones that overlap no more likely one in space. */
  ScanResult clusters(
      String method,
      double[][] observed,
      double[][] expected,
      Statistic f,
      double[] nullMaxima,
      ScanOptions opt,
      int periods) {
    double keep = criticalStatistic(nullMaxima, opt.alpha());
    double[] best = null;
    List<double[]> candidates = new ArrayList<>(); // {llr, centre, k, window, observed, expected}
    for (int c = 0; c < zones.length; c++) {
      double[] o = new double[windows.length];
      double[] e = new double[windows.length];
      for (int k = 0; k < zones[c].length; k++) {
        for (int w = 0; w < windows.length; w++) {
          o[w] += observed[zones[c][k]][w];
          e[w] += expected[zones[c][k]][w];
          double llr = f.logLikelihoodRatio(o[w], e[w]);
          double[] cand = {llr, c, k, w, o[w], e[w]};
          if (llr > 0 && (best == null || llr > best[0])) {
            best = cand;
          }
          if (llr > 0 && llr >= keep) {
            candidates.add(cand);
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((double[] a) -> -a[0])
            .thenComparingDouble(a -> a[1] * 1e6 + a[2] * 1e3 + a[3]));
    List<SpaceTimeCluster> significant = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (double[] cand : candidates) {
      SpaceTimeCluster cluster = cluster(cand, f, nullMaxima);
      List<Integer> members =
          Arrays.stream(zones[(int) cand[1]], 0, (int) cand[2] + 1).boxed().toList();
      if (cluster.pValue() <= opt.alpha() && members.stream().noneMatch(used::contains)) {
        significant.add(cluster);
        used.addAll(members);
      }
    }
    return new ScanResult(
        method,
        best == null ? null : cluster(best, f, nullMaxima),
        List.copyOf(significant),
        opt,
        regions.size(),
        periods);
  }

  private SpaceTimeCluster cluster(double[] cand, Statistic f, double[] nullMaxima) {
    int c = (int) cand[1];
    int k = (int) cand[2];
    int[] w = windows[(int) cand[3]];
    List<String> ids =
        Arrays.stream(zones[c], 0, k + 1).mapToObj(i -> regions.get(i).id()).toList();
    return new SpaceTimeCluster(
        regions.get(c).id(),
        radius[c][k],
        ids,
        w[0],
        w[1],
        cand[4],
        cand[5],
        f.relativeRisk(cand[4], cand[5]),
        cand[0],
        pValue(cand[0], nullMaxima));
  }

  /**
   * The smallest statistic that could still have a p-value at most alpha (+infinity with too few
   * replicates).
   */
  static double criticalStatistic(double[] nullMaxima, double alpha) {
    int allowed = (int) Math.floor(alpha * (nullMaxima.length + 1) - 1 + 1e-9);
    if (allowed < 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (allowed >= nullMaxima.length) {
      return 0;
    }
    double[] sorted = nullMaxima.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length - 1 - allowed];
  }

  static double pValue(double statistic, double[] nullMaxima) {
    int atLeast = 0;
    for (double m : nullMaxima) {
      atLeast += m >= statistic - 1e-12 * Math.abs(statistic) ? 1 : 0;
    }
    return (1.0 + atLeast) / (nullMaxima.length + 1.0);
  }
}
