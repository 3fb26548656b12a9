package org.medmine.apps.prediction.federated;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Boosted trees from the sites' histograms (XGBoost's histogram method, Chen and Guestrin, KDD
 * 2016, §3.2-3.3, split across sites as in SecureBoost's horizontal form): the bins are agreed
 * first from summed counts on a fine grid (a federated quantile sketch); then each tree grows level
 * by level, the sites sending masked gradient and Hessian sums per node, covariate and bin, and the
 * coordinator choosing each split by XGBoost's gain {@code G_L^2/(H_L+lambda) + G_R^2/(H_R+lambda)
 * - G^2/(H+lambda)}, trying missing values on either side. A leaf's weight is {@code -eta
 * G/(H+lambda)}. No site sends a row's gradient, only sums per bin.
 */
public final class FederatedBoosting {
  private FederatedBoosting() {}

  /** The bins: up to {@code maxBins} per covariate, at the quantiles of the summed grid counts. */
  public static Bins agreeBins(Coordinator coordinator, PooledMoments m, int maxBins) {
    int p = m.mean().length;
    int cells = LocalSums.GRID_POINTS + 1;
    double[] counts =
        coordinator.maskedSum(
            "grid-counts", p * cells, (site, round) -> site.gridCounts(round, m.mean(), m.sd()));
    double[][] edges = new double[p][];
    for (int jj = 0; jj < p; jj++) {
      final int j = jj;
      long total = 0;
      long[] cum = new long[cells];
      for (int i = 0; i < cells; i++) {
        total += Math.round(counts[j * cells + i]);
        cum[i] = total;
      }
      TreeSet<Integer> points = new TreeSet<>();
      for (int k = 1; k < maxBins && total > 0; k++) {
        double target = (double) k * total / maxBins;
        int i = 0;
        while (cum[i] < target) {
          i++;
        }
        if (cum[i] > 0 && cum[i] < total) {
          points.add(i);
        }
      }
      edges[j] =
          points.stream()
              .mapToDouble(i -> LocalSums.gridPoint(m.mean()[j], m.sd()[j], i))
              .toArray();
    }
    return new Bins(edges);
  }

  public static TreeEnsemble fit(
      Coordinator coordinator, PooledMoments m, Bins bins, BoostingSettings s) {
    double rate = (double) m.outcomes() / m.rows();
    TreeEnsemble ensemble = new TreeEnsemble(Math.log(rate / (1 - rate)), List.of());
    for (int r = 0; r < s.rounds(); r++) {
      HistogramTree tree = grow(coordinator, ensemble, bins, s, r);
      List<HistogramTree> trees = new ArrayList<>(ensemble.trees());
      trees.add(tree);
      ensemble = new TreeEnsemble(ensemble.baseMargin(), trees);
    }
    return ensemble;
  }

  private static HistogramTree grow(
      Coordinator coordinator, TreeEnsemble ensemble, Bins bins, BoostingSettings s, int r) {
    HistogramTree tree = HistogramTree.empty(s.maxDepth());
    int[] off = bins.offsets();
    int width = off[off.length - 1];
    double[] totals = new double[2 * tree.leaf().length]; // G, H of each node reached
    boolean[] open = new boolean[tree.leaf().length];
    open[0] = true;
    for (int level = 0; level <= s.maxDepth(); level++) {
      int first = (1 << level) - 1;
      double[] hist = null;
      if (level < s.maxDepth() && anyOpen(open, first, 1 << level)) {
        HistogramTree partial = tree;
        int lv = level;
        hist =
            coordinator.maskedSum(
                "histograms-" + r + "-" + level,
                (1 << level) * width * 2,
                (site, round) -> site.histograms(round, ensemble, partial, lv, bins));
      }
      for (int n = 0; n < (1 << level); n++) {
        int k = first + n;
        if (!open[k]) {
          continue;
        }
        if (hist != null) {
          nodeTotals(hist, n * width, off[1], totals, k);
          Split best = SplitSearch.best(hist, n * width, off, totals[2 * k], totals[2 * k + 1], s);
          if (best != null) {
            tree.feature()[k] = best.feature();
            tree.threshold()[k] = bins.edges()[best.feature()][best.edge() - 1];
            tree.missingLeft()[k] = best.missingLeft();
            setChild(totals, open, 2 * k + 1, best.leftG(), best.leftH());
            setChild(
                totals,
                open,
                2 * k + 2,
                totals[2 * k] - best.leftG(),
                totals[2 * k + 1] - best.leftH());
            continue;
          }
        }
        tree.leaf()[k] = -s.eta() * totals[2 * k] / (totals[2 * k + 1] + s.lambda());
      }
    }
    return tree;
  }

  private static boolean anyOpen(boolean[] open, int first, int count) {
    for (int k = first; k < first + count; k++) {
      if (open[k]) {
        return true;
      }
    }
    return false;
  }

  /** The node's G and H: the sum over the bins of its first covariate (every row has one). */
  private static void nodeTotals(double[] hist, int base, int bins, double[] totals, int k) {
    double g = 0;
    double h = 0;
    for (int b = 0; b < bins; b++) {
      g += hist[2 * (base + b)];
      h += hist[2 * (base + b) + 1];
    }
    totals[2 * k] = g;
    totals[2 * k + 1] = h;
  }

  private static void setChild(double[] totals, boolean[] open, int k, double g, double h) {
    open[k] = true;
    totals[2 * k] = g;
    totals[2 * k + 1] = h;
  }

  /** A chosen split: covariate, edge (1-based), missing side and the left child's sums. */
  record Split(int feature, int edge, boolean missingLeft, double leftG, double leftH) {}
}
