package org.medmine.mining.anomaly;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An isolation forest (Liu, Ting and Zhou 2008, "Isolation Forest", ICDM): random trees that split
 * a random feature at a uniform point between its minimum and maximum in the node, grown on
 * sub-samples of {@code sampleSize} rows to depth ⌈log2 sampleSize⌉. Anomalies are isolated in few
 * splits; the score is {@code 2^(−E[h(x)] / c(ψ))}, near 1 for anomalies and at most about 0.5 for
 * ordinary points. Immutable once fitted; the same seed gives the same forest.
 */
public final class IsolationForest {
  private final Node[] trees;
  private final int sampleSize;

  private IsolationForest(Node[] trees, int sampleSize) {
    this.trees = trees;
    this.sampleSize = sampleSize;
  }

  /**
   * Grows {@code treeCount} trees on {@code x} (rows are points).
   *
   * @param sampleSize rows per tree (256 in the paper; capped at the row count)
   */
  public static IsolationForest fit(double[][] x, int treeCount, int sampleSize, long seed) {
    if (x.length == 0) {
      throw new IllegalArgumentException("an isolation forest needs at least one row");
    }
    int psi = Math.min(sampleSize, x.length);
    int heightLimit = (int) Math.ceil(Math.log(Math.max(psi, 2)) / Math.log(2));
    SplittableRandom rnd = new SplittableRandom(seed);
    Node[] trees = new Node[treeCount];
    int[] all = new int[x.length];
    Arrays.setAll(all, i -> i);
    for (int t = 0; t < treeCount; t++) {
      // Sample psi rows without replacement (partial Fisher-Yates).
      int[] idx = all.clone();
      for (int i = 0; i < psi; i++) {
        int j = i + rnd.nextInt(idx.length - i);
        int tmp = idx[i];
        idx[i] = idx[j];
        idx[j] = tmp;
      }
      trees[t] = grow(x, Arrays.copyOf(idx, psi), 0, heightLimit, rnd);
    }
    return new IsolationForest(trees, psi);
  }

  private static Node grow(
      double[][] x, int[] rows, int depth, int heightLimit, SplittableRandom rnd) {
    if (depth >= heightLimit || rows.length <= 1) {
      return Node.leaf(rows.length);
    }
    int d = x[0].length;
    // Pick a random feature among those that still vary in this node (none varies: a leaf).
    int[] varying = new int[d];
    int nv = 0;
    double[] lo = new double[d];
    double[] hi = new double[d];
    for (int f = 0; f < d; f++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int r : rows) {
        min = Math.min(min, x[r][f]);
        max = Math.max(max, x[r][f]);
      }
      lo[f] = min;
      hi[f] = max;
      if (max > min) {
        varying[nv++] = f;
      }
    }
    if (nv == 0) {
      return Node.leaf(rows.length);
    }
    int f = varying[rnd.nextInt(nv)];
    double split = lo[f] + rnd.nextDouble() * (hi[f] - lo[f]);
    int left = 0;
    for (int r : rows) {
      if (x[r][f] < split) {
        left++;
      }
    }
    int[] l = new int[left];
    int[] g = new int[rows.length - left];
    int li = 0;
    int gi = 0;
    for (int r : rows) {
      if (x[r][f] < split) {
        l[li++] = r;
      } else {
        g[gi++] = r;
      }
    }
    return new Node(
        f,
        split,
        grow(x, l, depth + 1, heightLimit, rnd),
        grow(x, g, depth + 1, heightLimit, rnd),
        0);
  }

  /**
   * c(n), the average path length of an unsuccessful search in a binary search tree of n points:
   * the normaliser of path lengths, 2H(n−1) − 2(n−1)/n with H(i) ≈ ln(i) + Euler's constant; 1 for
   * n = 2, 0 below.
   */
  public static double averagePathLength(long n) {
    if (n <= 1) {
      return 0;
    }
    if (n == 2) {
      return 1;
    }
    return 2 * (Math.log(n - 1) + 0.5772156649015329) - 2.0 * (n - 1) / n;
  }

  /**
   * The path length of {@code point} in one tree, with c(size) added at a leaf holding several
   * rows.
   */
  static double pathLength(Node node, double[] point) {
    int depth = 0;
    while (!node.isLeaf()) {
      node = point[node.feature] < node.split ? node.left : node.right;
      depth++;
    }
    return depth + averagePathLength(node.size);
  }

  /** The mean path length of {@code point} over the trees. */
  public double meanPathLength(double[] point) {
    double sum = 0;
    for (Node t : trees) {
      sum += pathLength(t, point);
    }
    return sum / trees.length;
  }

  /** The anomaly score in (0, 1]: higher is more anomalous. */
  public double score(double[] point) {
    return Math.pow(2, -meanPathLength(point) / averagePathLength(sampleSize));
  }

  /** Scores of every row of {@code x}. */
  public double[] scores(double[][] x) {
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = score(x[i]);
    }
    return s;
  }

  private record Node(int feature, double split, Node left, Node right, int size) {
    static Node leaf(int size) {
      return new Node(-1, 0, null, null, size);
    }

    boolean isLeaf() {
      return left == null;
    }
  }
}
