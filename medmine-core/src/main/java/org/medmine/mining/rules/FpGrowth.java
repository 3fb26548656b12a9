package org.medmine.mining.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * FP-Growth (Han, Pei and Yin 2000): frequent itemsets from a prefix tree of the transactions,
 * mined by recursive conditional trees, without candidate generation. The minimum count is {@code
 * ceil(minSupport * n)} as in Apache Spark MLlib's FPGrowth, so both give the same itemsets on the
 * same transactions (the bench checks that). Duplicate items within a transaction count once.
 * Output is sorted by count (descending), then size, then items, so it is deterministic.
 */
public final class FpGrowth {
  private final double minSupport;
  private final int maxLength;

  /**
   * @param minSupport minimum support, a fraction of transactions in (0, 1]
   * @param maxLength the longest itemset to report (at least 1)
   */
  public FpGrowth(double minSupport, int maxLength) {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minimum support must be in (0, 1], not " + minSupport);
    }
    if (maxLength < 1) {
      throw new IllegalArgumentException(
          "maximum itemset length must be at least 1, not " + maxLength);
    }
    this.minSupport = minSupport;
    this.maxLength = maxLength;
  }

  /** The minimum count for {@code n} transactions. */
  public long minCount(long n) {
    return Math.max(1, (long) Math.ceil(minSupport * n));
  }

  /** The frequent itemsets of {@code transactions}. */
  public List<Itemset> mine(List<? extends Collection<String>> transactions) {
    long n = transactions.size();
    long minCount = minCount(n);
    Map<String, Long> freq = new HashMap<>();
    for (Collection<String> t : transactions) {
      for (String item : new LinkedHashSet<>(t)) {
        freq.merge(item, 1L, Long::sum);
      }
    }
    // Rank frequent items: most frequent first (ties by name), so shared prefixes compress well.
    String[] names =
        freq.entrySet().stream()
            .filter(e -> e.getValue() >= minCount)
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toArray(String[]::new);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      rank.put(names[i], i);
    }
    FpTree tree = new FpTree();
    int[] buf = new int[names.length];
    for (Collection<String> t : transactions) {
      int len = 0;
      for (String item : new LinkedHashSet<>(t)) {
        Integer r = rank.get(item);
        if (r != null) {
          buf[len++] = r;
        }
      }
      Arrays.sort(buf, 0, len);
      tree.add(buf, len, 1);
    }
    List<Itemset> out = new ArrayList<>();
    mine(tree, new int[0], minCount, names, n, out);
    out.sort(
        Comparator.comparingLong(Itemset::count)
            .reversed()
            .thenComparingInt(s -> s.items().size())
            .thenComparing(s -> String.join("\u0000", s.items())));
    return out;
  }

  private void mine(
      FpTree tree, int[] suffix, long minCount, String[] names, long n, List<Itemset> out) {
    for (Map.Entry<Integer, Long> e : tree.counts.entrySet()) {
      int item = e.getKey();
      long count = e.getValue();
      if (count < minCount) {
        continue;
      }
      int[] itemset = Arrays.copyOf(suffix, suffix.length + 1);
      itemset[suffix.length] = item;
      out.add(toItemset(itemset, count, names, n));
      if (itemset.length < maxLength) {
        FpTree conditional = tree.conditional(item, minCount);
        if (!conditional.counts.isEmpty()) {
          mine(conditional, itemset, minCount, names, n, out);
        }
      }
    }
  }

  private static Itemset toItemset(int[] ranks, long count, String[] names, long n) {
    List<String> items = new ArrayList<>(ranks.length);
    for (int r : ranks) {
      items.add(names[r]);
    }
    items.sort(null);
    return new Itemset(items, count, (double) count / n);
  }

  /**
   * A prefix tree of rank-sorted transactions with, per item, a chain of its nodes and its total
   * count.
   */
  private static final class FpTree {
    final Node root = new Node(-1, null);
    final Map<Integer, Node> heads = new HashMap<>();
    final Map<Integer, Long> counts = new HashMap<>();

    void add(int[] items, int len, long count) {
      Node node = root;
      for (int i = 0; i < len; i++) {
        int item = items[i];
        Node child = node.child(item);
        if (child == null) {
          child = new Node(item, node);
          child.nextSibling = node.firstChild;
          node.firstChild = child;
          child.nextSame = heads.get(item);
          heads.put(item, child);
        }
        child.count += count;
        counts.merge(item, count, Long::sum);
        node = child;
      }
    }

    /**
     * The tree of the prefix paths of {@code item}, keeping only items still frequent within them.
     */
    FpTree conditional(int item, long minCount) {
      List<int[]> paths = new ArrayList<>();
      List<Long> weights = new ArrayList<>();
      Map<Integer, Long> condCounts = new HashMap<>();
      for (Node node = heads.get(item); node != null; node = node.nextSame) {
        int depth = 0;
        for (Node p = node.parent; p.item >= 0; p = p.parent) {
          depth++;
        }
        int[] path = new int[depth];
        int i = depth;
        for (Node p = node.parent; p.item >= 0; p = p.parent) {
          path[--i] = p.item;
          condCounts.merge(p.item, node.count, Long::sum);
        }
        paths.add(path);
        weights.add(node.count);
      }
      FpTree cond = new FpTree();
      for (int k = 0; k < paths.size(); k++) {
        int[] path = paths.get(k);
        int len = 0;
        for (int x : path) {
          if (condCounts.get(x) >= minCount) {
            path[len++] = x;
          }
        }
        if (len > 0) {
          cond.add(path, len, weights.get(k));
        }
      }
      return cond;
    }
  }

  private static final class Node {
    final int item;
    final Node parent;
    long count;
    Node firstChild;
    Node nextSibling;
    Node nextSame;

    Node(int item, Node parent) {
      this.item = item;
      this.parent = parent;
    }

    Node child(int item) {
      for (Node c = firstChild; c != null; c = c.nextSibling) {
        if (c.item == item) {
          return c;
        }
      }
      return null;
    }
  }
}
