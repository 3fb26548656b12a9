package org.medmine.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Pairwise precision and recall of a linkage against the known duplicate pairs. */
record LinkageScore(long truePairs, long predictedPairs, long correct) {
  double precision() {
    return predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
  }

  double recall() {
    return truePairs == 0 ? 1 : (double) correct / truePairs;
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  static Set<String> truth(List<PatientDuplicator.Duplicate> duplicates) {
    Set<String> out = new HashSet<>();
    duplicates.forEach(d -> out.add(pair(d.original(), d.copy())));
    return out;
  }

  /** Scores the pairs implied by clusters (every two records of one cluster). */
  static LinkageScore ofClusters(Map<String, String> clusterOf, Set<String> truth) {
    Map<String, List<String>> members = new TreeMap<>();
    clusterOf.forEach(
        (record, cluster) -> members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(record));
    Set<String> predicted = new HashSet<>();
    for (List<String> m : members.values()) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          predicted.add(pair(m.get(i), m.get(j)));
        }
      }
    }
    return ofPairs(predicted, truth);
  }

  static LinkageScore ofPairs(Set<String> predicted, Set<String> truth) {
    long correct = predicted.stream().filter(truth::contains).count();
    return new LinkageScore(truth.size(), predicted.size(), correct);
  }
}
