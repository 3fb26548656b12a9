package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.model.MedmineUserException;

/**
 * Finds the patient records of one person within and across sources and gives each person an
 * enterprise id. Candidate pairs come from blocking ({@link BlockingIndex}); each pair is compared
 * into an agreement vector ({@link PairComparator}) and scored by a Fellegi–Sunter model fitted to
 * these data by EM ({@link FellegiSunter}), with frequency-based name weights ({@link
 * NameFrequencies}) and the strong disagreements that forbid a link ({@link StrongDisagreement});
 * links are clustered without chaining ({@link ConstrainedClustering}) under the reviewers'
 * decisions ({@link LinkDecision}), and clusters keep the ids their records had ({@link
 * PersonIds}).
 *
 * <p>A full run fits the model and clusters every record. An incremental run keeps the stored
 * model, starts from the records that have no person yet, and clusters again only the part of the
 * link graph they reach (with the whole of every person it touches): persons elsewhere keep their
 * records and ids untouched.
 */
public final class PatientLinker {

  /**
   * Linkage settings. Thresholds are match probabilities: links at or above {@code matchThreshold},
   * review from {@code reviewThreshold}, and two records whose direct probability is below {@code
   * cannotLinkBelow} are never put in one person through other records.
   */
  public record Options(
      double matchThreshold,
      double reviewThreshold,
      double cannotLinkBelow,
      long seed,
      int randomPairs,
      int maxBlockSize) {
    public static Options defaults() {
      return new Options(0.9, 0.3, 0.01, 42, 20_000, 1_000);
    }

    public Options {
      if (!(cannotLinkBelow >= 0
          && cannotLinkBelow <= reviewThreshold
          && reviewThreshold <= matchThreshold
          && matchThreshold <= 1)) {
        throw new MedmineUserException(
            "Thresholds must satisfy 0 <= cannot-link <= review <= match <= 1, not "
                + cannotLinkBelow
                + ", "
                + reviewThreshold
                + " and "
                + matchThreshold
                + ".");
      }
    }

    /** These options with other match and review thresholds. */
    public Options withThresholds(double match, double review) {
      return new Options(
          match, review, Math.min(cannotLinkBelow, review), seed, randomPairs, maxBlockSize);
    }
  }

  /**
   * What the index knew before this run: person ids of records, the model, the reviewers'
   * decisions.
   */
  public record PriorIndex(
      Map<String, String> personOf,
      FellegiSunter model,
      List<LinkDecision> decisions,
      long nextNumber) {
    public static PriorIndex empty() {
      return new PriorIndex(Map.of(), null, List.of(), 1);
    }
  }

  /**
   * The outcome: records seen and new, the records clustered again ({@code region}), pairs
   * compared, linked and for review, the person id of every record, retired ids, the model, the
   * time taken.
   */
  public record Result(
      Options options,
      boolean full,
      int records,
      int newRecords,
      Set<String> region,
      long candidatePairs,
      List<ScoredPair> matches,
      List<ScoredPair> review,
      Map<String, String> clusterOf,
      Map<String, String> retired,
      long nextNumber,
      int clusters,
      FellegiSunter model,
      double seconds) {}

  private PatientLinker() {}

  /** Links records in memory from nothing: a full run with no prior index. */
  public static Result link(List<PatientRecord> records, Options options) {
    return update(records, PriorIndex.empty(), options, true);
  }

  /**
   * Links {@code records} (all the index covers) given what the index knew; {@code refit} forces a
   * full run.
   */
  public static Result update(
      List<PatientRecord> records, PriorIndex prior, Options options, boolean refit) {
    return update(records, prior, options, refit, Set.of());
  }

  /**
   * As {@link #update(List, PriorIndex, Options, boolean)}, clustering again also the persons of
   * the records {@code recluster} names (keys): after a reviewer's merge or unmerge of those
   * records.
   */
  public static Result update(
      List<PatientRecord> records,
      PriorIndex prior,
      Options options,
      boolean refit,
      Set<String> recluster) {
    long t0 = System.nanoTime();
    BlockingIndex index = new BlockingIndex(records, options.maxBlockSize());
    NameFrequencies frequencies = NameFrequencies.of(records);
    Map<String, LinkDecision> decisions = LinkDecision.inForce(prior.decisions());
    boolean full = refit || prior.model() == null;
    LinkGraph graph;
    BitSet region;
    if (full) {
      List<long[]> pairs = index.allPairs();
      List<int[]> levels = new ArrayList<>(pairs.size());
      List<int[]> evidence = new ArrayList<>();
      List<int[]> candidates = new ArrayList<>();
      for (long[] p : pairs) {
        int[] v = PairComparator.compare(records.get((int) p[0]), records.get((int) p[1]));
        levels.add(v);
        if (hasIdentityEvidence(v)) {
          evidence.add(v);
        }
        candidates.add(v);
      }
      double[][] random = FellegiSunter.agreementRates(randomVectors(records, options));
      double[][] candidateRates = candidateNonMatchRates(candidates, random);
      FellegiSunter model =
          FellegiSunter.fit(evidence, candidateRates, 200)
              .withU(scoringRates(random, candidateRates));
      graph = new LinkGraph(records, index, new PairScorer(model, frequencies), decisions, options);
      for (int k = 0; k < pairs.size(); k++) {
        graph.add((int) pairs.get(k)[0], (int) pairs.get(k)[1], levels.get(k));
      }
      graph.markAllExplored();
      region = new BitSet(records.size());
      region.set(0, records.size());
    } else {
      graph =
          new LinkGraph(
              records, index, new PairScorer(prior.model(), frequencies), decisions, options);
      List<Integer> seeds = unindexed(records, prior);
      for (String key : recluster) {
        if (graph.indexOf(key) >= 0) {
          seeds.add(graph.indexOf(key));
        }
      }
      region = graph.reachableFrom(seeds, personMembers(records, prior));
    }
    return cluster(records, prior, options, graph, region, full, t0);
  }

  private static Result cluster(
      List<PatientRecord> records,
      PriorIndex prior,
      Options options,
      LinkGraph graph,
      BitSet region,
      boolean full,
      long t0) {
    int[] global = region.stream().toArray();
    Map<Integer, Integer> local = new HashMap<>();
    for (int k = 0; k < global.length; k++) {
      local.put(global[k], k);
    }
    RegionLinks inRegion = regionLinks(graph, local);
    int[] rep =
        ConstrainedClustering.cluster(
            global.length,
            mustLinks(graph, global, local),
            inRegion.links(),
            (x, y) -> graph.conflict(global[x], global[y]));
    Map<Integer, List<String>> groups = new TreeMap<>();
    Set<String> regionKeys = new HashSet<>();
    for (int k = 0; k < global.length; k++) {
      String key = records.get(global[k]).key();
      groups.computeIfAbsent(rep[k], g -> new ArrayList<>()).add(key);
      regionKeys.add(key);
    }
    PersonIds.Assignment ids =
        PersonIds.assign(
            new ArrayList<>(groups.values()), prior.personOf(), prior.nextNumber(), keepers(prior));
    Map<String, String> clusterOf = personOfEach(records, prior, ids);
    List<ScoredPair> matches = new ArrayList<>();
    List<ScoredPair> review = new ArrayList<>();
    sortPairs(inRegion.pairs(), graph.review(), regionKeys, clusterOf, matches, review);
    int newRecords =
        (int) records.stream().filter(r -> !prior.personOf().containsKey(r.key())).count();
    return new Result(
        options,
        full,
        records.size(),
        newRecords,
        regionKeys,
        graph.compared(),
        matches,
        review,
        clusterOf,
        ids.retiredInto(),
        ids.nextNumber(),
        (int) clusterOf.values().stream().distinct().count(),
        graph.scorerModel(),
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The region's scored links, as clustering links (over region-local indices) and as the pairs
   * they came from.
   */
  private record RegionLinks(List<ConstrainedClustering.Link> links, List<ScoredPair> pairs) {}

  /**
   * The graph's links whose both records are in the region ({@code local}: graph index → region
   * index).
   */
  private static RegionLinks regionLinks(LinkGraph graph, Map<Integer, Integer> local) {
    List<ConstrainedClustering.Link> links = new ArrayList<>();
    List<ScoredPair> linkPairs = new ArrayList<>();
    for (ScoredPair s : graph.links()) {
      Integer a = local.get(graph.indexOf(s.a().key()));
      Integer b = local.get(graph.indexOf(s.b().key()));
      if (a != null && b != null) {
        links.add(new ConstrainedClustering.Link(a, b, s.probability(), s.pairKey()));
        linkPairs.add(s);
      }
    }
    return new RegionLinks(links, linkPairs);
  }

  /** Links clustering must keep: between region records a reviewer merged. */
  private static List<ConstrainedClustering.Link> mustLinks(
      LinkGraph graph, int[] global, Map<Integer, Integer> local) {
    List<ConstrainedClustering.Link> must = new ArrayList<>();
    for (int k = 0; k < global.length; k++) {
      for (int other : graph.mergedWith(global[k])) {
        Integer b = local.get(other);
        if (b != null) {
          must.add(new ConstrainedClustering.Link(k, b, 1, ""));
        }
      }
    }
    return must;
  }

  /**
   * The records that keep their id on a tie: the first record of each pair a reviewer judged no
   * match.
   */
  private static Set<String> keepers(PriorIndex prior) {
    Set<String> keepers = new HashSet<>();
    prior.decisions().stream()
        .filter(d -> d.kind() == LinkDecision.Kind.NO_MATCH)
        .forEach(d -> keepers.add(d.keyA()));
    return keepers;
  }

  /** Each record's person: its new id when it was re-clustered, else the one it had. */
  private static Map<String, String> personOfEach(
      List<PatientRecord> records, PriorIndex prior, PersonIds.Assignment ids) {
    Map<String, String> clusterOf = new TreeMap<>();
    for (PatientRecord r : records) {
      String id =
          ids.personOf().containsKey(r.key())
              ? ids.personOf().get(r.key())
              : prior.personOf().get(r.key());
      clusterOf.put(r.key(), id);
    }
    return clusterOf;
  }

  /**
   * Links inside one person go to {@code matches}; links that clustering kept apart (a conflict),
   * and the review pairs of the region, to {@code review}, strongest first.
   */
  private static void sortPairs(
      List<ScoredPair> links,
      List<ScoredPair> reviewPairs,
      Set<String> regionKeys,
      Map<String, String> clusterOf,
      List<ScoredPair> matches,
      List<ScoredPair> review) {
    for (ScoredPair s : links) {
      (clusterOf.get(s.a().key()).equals(clusterOf.get(s.b().key())) ? matches : review).add(s);
    }
    for (ScoredPair s : reviewPairs) {
      if (regionKeys.contains(s.a().key()) || regionKeys.contains(s.b().key())) {
        review.add(s);
      }
    }
    matches.sort(Comparator.comparing(ScoredPair::pairKey));
    review.sort(
        Comparator.comparingDouble(ScoredPair::probability)
            .reversed()
            .thenComparing(ScoredPair::pairKey));
  }

  private static List<Integer> unindexed(List<PatientRecord> records, PriorIndex prior) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (!prior.personOf().containsKey(records.get(i).key())) {
        out.add(i);
      }
    }
    return out;
  }

  private static Map<Integer, List<Integer>> personMembers(
      List<PatientRecord> records, PriorIndex prior) {
    Map<String, List<Integer>> byPerson = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String id = prior.personOf().get(records.get(i).key());
      if (id != null) {
        byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, List<Integer>> out = new HashMap<>();
    byPerson.values().forEach(members -> members.forEach(i -> out.put(i, members)));
    return out;
  }

  /**
   * Whether a blocked pair agrees, at least partly, on a name, or exactly on the SSN (sequential
   * SSNs of siblings are one digit apart, so a near SSN is no evidence on its own). Pairs that
   * share only a birth date, sex and place (Synthea writes groups of such people) are never the
   * same person and are left out before EM: kept in, they form the largest cluster of similar pairs
   * and EM takes them for the match class (on a clean 1,000-patient population it linked 336 such
   * pairs).
   */
  static boolean hasIdentityEvidence(int[] v) {
    return v[0] > 0 || v[1] > 0 || v[SSN] == 1;
  }

  private static final int SSN = 5;

  /**
   * u among the candidate pairs, for EM: blocking makes candidates agree more often than random
   * pairs (namesakes share a block, a household shares a phone, address and family name), and EM
   * with random-pair u takes such a group for the match class. For each field, u is measured on the
   * candidates that other fields show to be different people: for the given name, those whose birth
   * dates disagree outright and whose SSNs do not agree; for the birth date, those whose given
   * names disagree outright and whose SSNs do not agree; for the rest, those whose given names and
   * birth dates both disagree. Splink (UK Ministry of Justice) estimates each field's parameters on
   * pairs selected by other fields for the same reason. Where a selection has fewer than {@link
   * #MIN_NON_MATCH_PAIRS} pairs, the random-pair rates stand in.
   */
  private static double[][] candidateNonMatchRates(List<int[]> candidates, double[][] random) {
    double[][] u = new double[random.length][];
    for (int f = 0; f < u.length; f++) {
      List<int[]> chosen = new ArrayList<>();
      for (int[] v : candidates) {
        boolean different =
            f == 0
                ? v[BIRTH_DATE] == 0 && v[SSN] <= 0
                : f == BIRTH_DATE ? v[0] == 0 && v[SSN] <= 0 : v[0] == 0 && v[BIRTH_DATE] == 0;
        if (different) {
          chosen.add(v);
        }
      }
      u[f] =
          chosen.size() >= MIN_NON_MATCH_PAIRS
              ? FellegiSunter.agreementRates(chosen)[f]
              : random[f];
    }
    return u;
  }

  /**
   * u for scoring: Fellegi and Sunter define u over all record pairs, so the random-pair rates,
   * except for address and phone. A household shares those: two different people agree on them far
   * more often than random pairs suggest, and scored with random-pair u a household's shared
   * address and phone outweigh its members' different names and birth dates. For them the candidate
   * rates (mostly households) are kept.
   */
  private static double[][] scoringRates(double[][] random, double[][] candidateRates) {
    double[][] u = random.clone();
    for (int f : HOUSEHOLD_CONTACT) {
      u[f] = candidateRates[f];
    }
    return u;
  }

  /** address and phone (indices into {@link PairComparator#FIELDS}). */
  private static final int[] HOUSEHOLD_CONTACT = {4, 6};

  private static final int MIN_NON_MATCH_PAIRS = 50;
  private static final int BIRTH_DATE = 2;

  private static List<int[]> randomVectors(List<PatientRecord> records, Options options) {
    Random random = new Random(options.seed());
    int n = records.size();
    long possible = (long) n * (n - 1) / 2;
    int count = (int) Math.min(options.randomPairs(), possible);
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count && n > 1; k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      out.add(PairComparator.compare(records.get(i), records.get(j)));
    }
    return out;
  }
}
