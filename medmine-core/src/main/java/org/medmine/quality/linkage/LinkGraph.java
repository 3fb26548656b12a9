package org.medmine.quality.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one linkage run as a graph: an edge (a link) joins two blocked records whose match
 * probability reaches the match threshold, that share some identity evidence (a name or the SSN
 * agrees at least partly), that no strong disagreement separates and that no reviewer has unmerged;
 * a reviewer's merge is an edge too. Pairs worth a person's look (between the thresholds, or above
 * the review threshold but forbidden by a rule) are kept for review. The graph is explored from
 * given records only, so an incremental run compares what is near the new records and nothing else.
 */
final class LinkGraph {
  private final List<PatientRecord> records;
  private final BlockingIndex index;
  private final PairScorer scorer;
  private final Map<String, LinkDecision> decisions;
  private final Map<String, Integer> indexOfKey = new HashMap<>();
  private final PatientLinker.Options options;
  private final Map<Long, ScoredPair> links = new HashMap<>();
  private final Map<Long, ScoredPair> review = new HashMap<>();
  private final Map<Long, Boolean> conflicts = new HashMap<>();
  private final BitSet explored = new BitSet();
  private long compared;

  LinkGraph(
      List<PatientRecord> records,
      BlockingIndex index,
      PairScorer scorer,
      Map<String, LinkDecision> decisions,
      PatientLinker.Options options) {
    this.records = records;
    this.index = index;
    this.scorer = scorer;
    this.decisions = decisions;
    this.options = options;
    for (int i = 0; i < records.size(); i++) {
      indexOfKey.put(records.get(i).key(), i);
    }
  }

  /**
   * Scores one blocked pair whose agreement vector is known, keeping it if it is a link or for
   * review.
   */
  void add(int i, int j, int[] levels) {
    compared++;
    ScoredPair s = scorer.score(records.get(i), records.get(j), levels);
    LinkDecision d = decisions.get(s.pairKey());
    if (d != null) {
      return;
    }
    long code = code(i, j);
    boolean evidence = PatientLinker.hasIdentityEvidence(levels);
    if (evidence && !s.forbidden() && s.probability() >= options.matchThreshold()) {
      links.put(code, s);
    } else if (evidence && s.probability() >= options.reviewThreshold()) {
      review.put(code, s);
    }
  }

  /**
   * Records every record as compared with its whole block (a full run adds every blocked pair
   * itself).
   */
  void markAllExplored() {
    explored.set(0, records.size());
  }

  /**
   * The records reachable from {@code seeds} through links, reviewer merges and the persons of
   * {@code personMembers} (the records one person id already holds move together): the part of the
   * graph an incremental run must cluster again. Compares each explored record with its block.
   */
  BitSet reachableFrom(List<Integer> seeds, Map<Integer, List<Integer>> personMembers) {
    BitSet region = new BitSet(records.size());
    Deque<Integer> queue = new ArrayDeque<>(seeds);
    seeds.forEach(region::set);
    while (!queue.isEmpty()) {
      int x = queue.poll();
      List<Integer> next = new ArrayList<>(personMembers.getOrDefault(x, List.of()));
      next.addAll(neighbours(x));
      for (int y : next) {
        if (!region.get(y)) {
          region.set(y);
          queue.add(y);
        }
      }
    }
    return region;
  }

  /** Compares record {@code x} with its block (once) and returns the records it links to. */
  private List<Integer> neighbours(int x) {
    if (!explored.get(x)) {
      explored.set(x);
      for (int j : index.candidatesOf(x)) {
        if (!explored.get(j)) {
          PatientRecord a = records.get(Math.min(x, j));
          PatientRecord b = records.get(Math.max(x, j));
          add(Math.min(x, j), Math.max(x, j), PairComparator.compare(a, b));
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int j : index.candidatesOf(x)) {
      if (links.containsKey(code(x, j))) {
        out.add(j);
      }
    }
    out.addAll(mergedWith(x));
    return out;
  }

  /** The records a reviewer merged with record {@code x}. */
  List<Integer> mergedWith(int x) {
    List<Integer> out = new ArrayList<>();
    String key = records.get(x).key();
    for (LinkDecision d : decisions.values()) {
      if (d.kind() == LinkDecision.Kind.MATCH && (d.keyA().equals(key) || d.keyB().equals(key))) {
        Integer other = indexOfKey.get(d.keyA().equals(key) ? d.keyB() : d.keyA());
        if (other != null) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /**
   * Whether records {@code x} and {@code y} must stay apart (see {@link ConstrainedClustering}).
   */
  boolean conflict(int x, int y) {
    return conflicts.computeIfAbsent(
        code(x, y),
        c -> {
          ScoredPair s = scorer.score(records.get(x), records.get(y));
          LinkDecision d = decisions.get(s.pairKey());
          if (d != null) {
            return d.kind() == LinkDecision.Kind.NO_MATCH;
          }
          return s.forbidden() || s.probability() < options.cannotLinkBelow();
        });
  }

  FellegiSunter scorerModel() {
    return scorer.model();
  }

  List<ScoredPair> links() {
    return new ArrayList<>(links.values());
  }

  List<ScoredPair> review() {
    return new ArrayList<>(review.values());
  }

  int indexOf(String key) {
    return indexOfKey.getOrDefault(key, -1);
  }

  long compared() {
    return compared;
  }

  static long code(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }
}
