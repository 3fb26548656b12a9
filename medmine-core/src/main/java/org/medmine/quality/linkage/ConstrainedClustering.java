package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Clusters records into persons without chaining. Transitive closure joins A and C when A~B and B~C
 * even if A and C are plainly different people (a father and son both linked to one badly typed
 * record). Here links are taken strongest first, and two clusters join only when no record of one
 * conflicts with a record of the other: no strong disagreement, no reviewer's unmerge, and no
 * direct comparison below the cannot-link probability (the constrained greedy agglomeration of
 * cannot-link clustering, Wagstaff et al. 2001, as entity-resolution systems apply it). Reviewer
 * merges join first, unconditionally.
 *
 * <p>The outcome depends only on the links and conflicts inside each connected part of the link
 * graph, and the order of links is total (probability, then the pair's record keys), so clustering
 * a part alone gives what clustering everything gives: what incremental linking relies on.
 */
final class ConstrainedClustering {
  /**
   * A link between records {@code a} and {@code b} (indices), its probability and a stable
   * tie-break.
   */
  record Link(int a, int b, double probability, String pairKey) {}

  /** Says whether two records (indices) must stay apart. */
  interface Conflict {
    boolean between(int a, int b);
  }

  private final int[] parent;
  private final List<List<Integer>> members = new ArrayList<>();

  private ConstrainedClustering(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
  }

  /**
   * Clusters {@code n} records; returns for each the index of its cluster's representative. Records
   * not named by any link stay alone.
   */
  static int[] cluster(int n, List<Link> mustLinks, List<Link> links, Conflict conflict) {
    ConstrainedClustering c = new ConstrainedClustering(n);
    for (Link l : mustLinks) {
      c.union(l.a(), l.b());
    }
    List<Link> ordered = new ArrayList<>(links);
    ordered.sort(
        Comparator.comparingDouble(Link::probability).reversed().thenComparing(Link::pairKey));
    for (Link l : ordered) {
      int ra = c.find(l.a());
      int rb = c.find(l.b());
      if (ra != rb && !c.conflicting(ra, rb, conflict)) {
        c.union(ra, rb);
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = c.find(i);
    }
    return out;
  }

  private boolean conflicting(int ra, int rb, Conflict conflict) {
    for (int x : members.get(ra)) {
      for (int y : members.get(rb)) {
        if (conflict.between(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    int keep = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
    int gone = keep == ra ? rb : ra;
    parent[gone] = keep;
    members.get(keep).addAll(members.get(gone));
    members.set(gone, List.of());
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
