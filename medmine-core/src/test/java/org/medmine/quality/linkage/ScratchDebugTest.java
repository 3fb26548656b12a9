package org.medmine.quality.linkage;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void debug() {
    HouseholdPopulation.Generated g = HouseholdPopulation.generate(2_000, 2);
    List<PatientRecord> records = g.records().stream().map(PatientRecord::of).toList();
    PatientLinker.Result r = PatientLinker.link(records, PatientLinker.Options.defaults());
    System.out.println("p=" + r.model().prevalence() + " it=" + r.model().iterations());
    for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
      System.out.println(PairComparator.FIELDS.get(f).name() + " m=" + Arrays.toString(r.model().m()[f]) + " u=" + Arrays.toString(r.model().u()[f]));
    }
    int shown = 0;
    for (ScoredPair s : r.matches()) {
      int p = g.personOf().get(s.a().key());
      int q = g.personOf().get(s.b().key());
      if (p != q && shown++ < 40) {
        System.out.println("FALSE " + g.relation(p, q) + " " + s.a() + " ~ " + s.b() + " " + PairComparator.describe(s.levels()) + " p=" + s.probability() + " w=" + Arrays.toString(s.fieldWeights()));
      }
    }
    shown = 0;
    java.util.Map<Integer, List<String>> byPerson = new java.util.TreeMap<>();
    g.personOf().forEach((k, v) -> byPerson.computeIfAbsent(v, x -> new java.util.ArrayList<>()).add(k));
    java.util.Map<String, PatientRecord> byKey = new java.util.HashMap<>();
    records.forEach(x -> byKey.put(x.key(), x));
    for (List<String> keys : byPerson.values()) {
      for (int i = 0; i < keys.size(); i++) for (int j = i + 1; j < keys.size(); j++) {
        if (!r.clusterOf().get(keys.get(i)).equals(r.clusterOf().get(keys.get(j))) && shown++ < 15) {
          PatientRecord a = byKey.get(keys.get(i)), b = byKey.get(keys.get(j));
          ScoredPair s = new PairScorer(r.model(), NameFrequencies.of(records)).score(a, b);
          System.out.println("MISSED " + a + " ~ " + b + " " + PairComparator.describe(s.levels()) + " p=" + s.probability() + " rules=" + s.disagreements() + " blocked=" + BlockingIndex.keys(a).stream().anyMatch(BlockingIndex.keys(b)::contains));
        }
      }
    }
  }
}
