package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairwise precision and recall of a clustering against the truth of a {@link HouseholdPopulation},
 * with the false merges (record pairs of two different persons put in one cluster) counted by how
 * the two persons are related: twins or triplets, parent and child, other household members, or
 * strangers.
 */
record MpiEvaluation(
    long truePairs,
    long predictedPairs,
    long correct,
    long twinMerges,
    long parentChildMerges,
    long householdMerges,
    long strangerMerges) {

  double precision() {
    return predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
  }

  double recall() {
    return truePairs == 0 ? 1 : (double) correct / truePairs;
  }

  static MpiEvaluation of(Map<String, String> clusterOf, HouseholdPopulation.Generated g) {
    Map<String, List<String>> clusters = new TreeMap<>();
    clusterOf.forEach(
        (key, cluster) -> clusters.computeIfAbsent(cluster, c -> new ArrayList<>()).add(key));
    long predicted = 0;
    long correct = 0;
    long[] byRelation = new long[HouseholdPopulation.Relation.values().length + 1];
    for (List<String> members : clusters.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          predicted++;
          int p = g.personOf().get(members.get(i));
          int q = g.personOf().get(members.get(j));
          if (p == q) {
            correct++;
          } else {
            HouseholdPopulation.Relation rel = g.relation(p, q);
            byRelation[rel == null ? byRelation.length - 1 : rel.ordinal()]++;
          }
        }
      }
    }
    Map<Integer, Integer> recordsPerPerson = new TreeMap<>();
    g.personOf().values().forEach(p -> recordsPerPerson.merge(p, 1, Integer::sum));
    long truePairs =
        recordsPerPerson.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    return new MpiEvaluation(
        truePairs, predicted, correct, byRelation[0], byRelation[1], byRelation[2], byRelation[3]);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P=%.4f R=%.4f (true pairs %d, predicted %d, correct %d);"
            + " false merges: twins %d, parent-child %d, household %d, strangers %d",
        precision(),
        recall(),
        truePairs,
        predictedPairs,
        correct,
        twinMerges,
        parentChildMerges,
        householdMerges,
        strangerMerges);
  }
}
