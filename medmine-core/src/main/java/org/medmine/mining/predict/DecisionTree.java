package org.medmine.mining.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A single classification tree grown by CART (Breiman et al., Classification and Regression Trees,
 * 1984): binary splits {@code x[j] <= t} chosen by the largest decrease in Gini impurity, grown to
 * {@code maxDepth} with at least {@code minLeaf} rows per leaf; a leaf predicts its share of
 * positives. Missing values take the training mean. Small enough to read: {@link #rules} prints it
 * as if-then rules.
 */
public final class DecisionTree implements Classifier {
  private record Node(int feature, double threshold, Node left, Node right, double risk, int n) {
    boolean leaf() {
      return left == null;
    }
  }

  private final Node root;
  private final Imputer imputer;

  private DecisionTree(Node root, Imputer imputer) {
    this.root = root;
    this.imputer = imputer;
  }

  /** Grows a tree on rows {@code x} with labels 0/1. */
  public static DecisionTree fit(double[][] x, int[] y, int maxDepth, int minLeaf) {
    Imputer imp = Imputer.fit(x);
    double[][] filled = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      filled[i] = imp.fill(x[i]);
    }
    int[] all = new int[x.length];
    Arrays.setAll(all, i -> i);
    return new DecisionTree(grow(filled, y, all, maxDepth, Math.max(1, minLeaf)), imp);
  }

  private static Node grow(double[][] x, int[] y, int[] rows, int depth, int minLeaf) {
    int pos = 0;
    for (int i : rows) {
      pos += y[i];
    }
    double risk = rows.length == 0 ? 0 : (double) pos / rows.length;
    if (depth == 0 || pos == 0 || pos == rows.length || rows.length < 2 * minLeaf) {
      return new Node(-1, 0, null, null, risk, rows.length);
    }
    int p = x[rows[0]].length;
    double bestGain = 1e-12;
    int bestFeature = -1;
    double bestThreshold = 0;
    double parent = gini(pos, rows.length) * rows.length;
    Integer[] order = new Integer[rows.length];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < rows.length; k++) {
        order[k] = rows[k];
      }
      final int f = j;
      Arrays.sort(order, (a, b) -> Double.compare(x[a][f], x[b][f]));
      int leftPos = 0;
      for (int k = 0; k < rows.length - 1; k++) {
        leftPos += y[order[k]];
        int nl = k + 1;
        int nr = rows.length - nl;
        if (nl < minLeaf || nr < minLeaf || x[order[k]][f] == x[order[k + 1]][f]) {
          continue;
        }
        double gain = parent - gini(leftPos, nl) * nl - gini(pos - leftPos, nr) * nr;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestThreshold = (x[order[k]][f] + x[order[k + 1]][f]) / 2;
        }
      }
    }
    if (bestFeature < 0) {
      return new Node(-1, 0, null, null, risk, rows.length);
    }
    final int bf = bestFeature;
    final double bt = bestThreshold;
    int[] left = Arrays.stream(rows).filter(i -> x[i][bf] <= bt).toArray();
    int[] right = Arrays.stream(rows).filter(i -> x[i][bf] > bt).toArray();
    return new Node(
        bf,
        bt,
        grow(x, y, left, depth - 1, minLeaf),
        grow(x, y, right, depth - 1, minLeaf),
        risk,
        rows.length);
  }

  private static double gini(int pos, int n) {
    if (n == 0) {
      return 0;
    }
    double p = (double) pos / n;
    return 2 * p * (1 - p);
  }

  @Override
  public double[] predict(double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] r = imputer.fill(x[i]);
      Node n = root;
      while (!n.leaf()) {
        n = r[n.feature()] <= n.threshold() ? n.left() : n.right();
      }
      out[i] = n.risk();
    }
    return out;
  }

  /** The number of leaves. */
  public int leaves() {
    return count(root);
  }

  private static int count(Node n) {
    return n.leaf() ? 1 : count(n.left()) + count(n.right());
  }

  /** The tree as rules, one line per leaf: "IF a <= 1.5 AND b > 2 THEN risk 0.42 (n = 17)". */
  public List<String> rules(List<String> names) {
    List<String> out = new ArrayList<>();
    walk(root, new ArrayList<>(), names, out);
    return out;
  }

  private static void walk(Node n, List<String> path, List<String> names, List<String> out) {
    if (n.leaf()) {
      out.add(
          (path.isEmpty() ? "ALWAYS" : "IF " + String.join(" AND ", path))
              + String.format(Locale.ROOT, " THEN risk %.2f (n = %d)", n.risk(), n.n()));
      return;
    }
    String name = names.get(n.feature());
    String t =
        new BigDecimal(String.format(Locale.ROOT, "%.4g", n.threshold()))
            .stripTrailingZeros()
            .toPlainString();
    path.add(name + " <= " + t);
    walk(n.left(), path, names, out);
    path.set(path.size() - 1, name + " > " + t);
    walk(n.right(), path, names, out);
    path.remove(path.size() - 1);
  }
}
