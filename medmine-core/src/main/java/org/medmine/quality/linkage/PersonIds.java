package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives the clusters of a run their enterprise person ids so that ids stay stable: a cluster keeps
 * the id that most of its records already had (largest overlap first; on a tie, the cluster holding
 * the record a reviewer's unmerge named first, then the smaller id, then the first cluster), an id
 * goes to one cluster only, and a cluster whose records had no id (or whose ids went to larger
 * parts) gets a new one. An id that no cluster keeps is retired into the cluster that holds most of
 * its records.
 */
final class PersonIds {
  /** The prefix of enterprise ids: {@code MPI} and nine digits. */
  static final String PREFIX = "MPI";

  /**
   * The ids of one run: record key to person id, retired id to its successor, the next free number.
   */
  record Assignment(
      Map<String, String> personOf, Map<String, String> retiredInto, long nextNumber) {}

  private PersonIds() {}

  static String format(long number) {
    return PREFIX + String.format(Locale.ROOT, "%09d", number);
  }

  /**
   * Names {@code clusters} (lists of record keys) given the ids records had before ({@code
   * previous}), the next unused number, and the records that keep their id on a tie ({@code
   * keepers}).
   */
  static Assignment assign(
      List<List<String>> clusters,
      Map<String, String> previous,
      long nextNumber,
      Set<String> keepers) {
    List<List<String>> ordered = sortedClusters(clusters);
    record Overlap(int cluster, String id, int count, boolean keeper) {}
    List<Overlap> overlaps = new ArrayList<>();
    Map<String, Map<Integer, Integer>> spread = new TreeMap<>();
    for (int c = 0; c < ordered.size(); c++) {
      Map<String, Integer> counts = new TreeMap<>();
      for (String key : ordered.get(c)) {
        String id = previous.get(key);
        if (id != null) {
          counts.merge(id, 1, Integer::sum);
        }
      }
      for (var e : counts.entrySet()) {
        boolean keeper = ordered.get(c).stream().anyMatch(keepers::contains);
        overlaps.add(new Overlap(c, e.getKey(), e.getValue(), keeper));
        spread.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(c, e.getValue());
      }
    }
    overlaps.sort(
        Comparator.comparingInt(Overlap::count)
            .reversed()
            .thenComparing(Overlap::keeper, Comparator.reverseOrder())
            .thenComparing(Overlap::id)
            .thenComparingInt(Overlap::cluster));
    String[] idOf = new String[ordered.size()];
    Set<String> used = new HashSet<>();
    for (Overlap o : overlaps) {
      if (idOf[o.cluster()] == null && used.add(o.id())) {
        idOf[o.cluster()] = o.id();
      }
    }
    long next = nextNumber;
    Map<String, String> personOf = new HashMap<>();
    for (int c = 0; c < ordered.size(); c++) {
      if (idOf[c] == null) {
        idOf[c] = format(next++);
      }
      for (String key : ordered.get(c)) {
        personOf.put(key, idOf[c]);
      }
    }
    return new Assignment(personOf, retiredInto(spread, used, idOf), next);
  }

  /**
   * The clusters with their keys sorted, in the order of their first key, so ids do not depend on
   * input order.
   */
  private static List<List<String>> sortedClusters(List<List<String>> clusters) {
    List<List<String>> ordered = new ArrayList<>();
    for (List<String> c : clusters) {
      ordered.add(c.stream().sorted().toList());
    }
    ordered.sort(Comparator.comparing(c -> c.get(0)));
    return ordered;
  }

  /**
   * Each previous id no cluster kept, mapped to the id of the cluster that holds most of its
   * records (the first such cluster on a tie); {@code spread}: previous id → cluster → records.
   */
  private static Map<String, String> retiredInto(
      Map<String, Map<Integer, Integer>> spread, Set<String> used, String[] idOf) {
    Map<String, String> retired = new TreeMap<>();
    for (var e : spread.entrySet()) {
      if (!used.contains(e.getKey())) {
        int home =
            e.getValue().entrySet().stream()
                .max(
                    Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        retired.put(e.getKey(), idOf[home]);
      }
    }
    return retired;
  }
}
