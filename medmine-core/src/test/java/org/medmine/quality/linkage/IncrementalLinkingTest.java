package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Incremental linking: records arriving in batches end in the same persons as one full run over all
 * of them with the same model (a run that refits the model moves a few borderline pairs), persons
 * untouched by a batch keep their ids, and a reviewer's unmerge holds through later runs.
 */
class IncrementalLinkingTest {
  private static final PatientLinker.Options OPTIONS = PatientLinker.Options.defaults();

  @Test
  void batchesGiveTheClustersOfOneFullRunAndKeepTheIdsOfUntouchedPersons() {
    List<PatientRecord> all =
        HouseholdPopulation.generate(1_500, 11).records().stream().map(PatientRecord::of).toList();
    int firstBatch = all.size() * 2 / 3;
    PatientLinker.Result first = PatientLinker.link(all.subList(0, firstBatch), OPTIONS);
    PatientLinker.Result second =
        PatientLinker.update(
            all.subList(0, firstBatch + 200), prior(first, List.of()), OPTIONS, false);
    PatientLinker.Result third =
        PatientLinker.update(all, prior(second, List.of()), OPTIONS, false);
    PatientLinker.Result fullSameModel =
        PatientLinker.update(
            all,
            new PatientLinker.PriorIndex(Map.of(), first.model(), List.of(), 1),
            OPTIONS,
            false);
    PatientLinker.Result refitted = PatientLinker.link(all, OPTIONS);

    assertThat(third.full()).isFalse();
    assertThat(third.region()).as("clustered again").hasSizeLessThan(all.size() / 2);
    assertThat(partition(third.clusterOf())).isEqualTo(partition(fullSameModel.clusterOf()));
    Set<String> differ = new TreeSet<>(partition(third.clusterOf()));
    differ.removeAll(partition(refitted.clusterOf()));
    System.out.printf(
        "incremental vs a full run that refits the model: %d of %d clusters differ%n",
        differ.size(), partition(third.clusterOf()).size());
    assertThat(differ.size())
        .as("clusters unlike a refitted full run's")
        .isLessThan(third.clusters() / 200);
    for (String key : second.clusterOf().keySet()) {
      if (!third.region().contains(key)) {
        assertThat(third.clusterOf().get(key)).as(key).isEqualTo(second.clusterOf().get(key));
      }
    }
    long kept =
        first.clusterOf().entrySet().stream()
            .filter(e -> e.getValue().equals(third.clusterOf().get(e.getKey())))
            .count();
    assertThat(kept)
        .as("records whose person id survived two batches")
        .isGreaterThan(first.clusterOf().size() * 95L / 100);
  }

  @Test
  void anUnmergeSplitsAPersonAndSurvivesTheNextRuns() {
    List<PatientRecord> all =
        HouseholdPopulation.generate(600, 12).records().stream().map(PatientRecord::of).toList();
    PatientLinker.Result before = PatientLinker.link(all, OPTIONS);
    Map.Entry<String, String> linked =
        before.matches().stream()
            .map(p -> Map.entry(p.a().key(), p.b().key()))
            .findFirst()
            .orElseThrow();
    String person = before.clusterOf().get(linked.getKey());
    assertThat(before.clusterOf().get(linked.getValue())).isEqualTo(person);

    List<LinkDecision> decisions =
        List.of(
            new LinkDecision(
                linked.getKey(),
                linked.getValue(),
                LinkDecision.Kind.NO_MATCH,
                "reviewer",
                "different people",
                java.time.LocalDateTime.of(2026, 1, 1, 0, 0)));
    PatientLinker.Result split =
        PatientLinker.update(
            all,
            prior(before, decisions),
            OPTIONS,
            false,
            Set.of(linked.getKey(), linked.getValue()));
    PatientLinker.Result rerun = PatientLinker.update(all, prior(split, decisions), OPTIONS, true);

    for (PatientLinker.Result r : List.of(split, rerun)) {
      assertThat(r.clusterOf().get(linked.getKey()))
          .isNotEqualTo(r.clusterOf().get(linked.getValue()));
    }
    assertThat(split.clusterOf().get(linked.getKey()))
        .as("the record named first keeps the person id")
        .isEqualTo(person);
  }

  static PatientLinker.PriorIndex prior(PatientLinker.Result r, List<LinkDecision> decisions) {
    return new PatientLinker.PriorIndex(r.clusterOf(), r.model(), decisions, r.nextNumber());
  }

  /** The clusters as sets of record keys, independent of the ids they carry. */
  static Set<String> partition(Map<String, String> clusterOf) {
    Map<String, List<String>> members = new HashMap<>();
    clusterOf.forEach((key, id) -> members.computeIfAbsent(id, k -> new ArrayList<>()).add(key));
    Set<String> out = new TreeSet<>();
    members.values().forEach(m -> out.add(String.join(",", new TreeSet<>(m))));
    return out;
  }
}
