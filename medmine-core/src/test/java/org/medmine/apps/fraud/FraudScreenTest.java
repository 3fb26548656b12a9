package org.medmine.apps.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.fraud.FraudInjector.Scheme;
import org.medmine.cohort.EngineFunctions;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The fraud screen against planted truth: seven schemes, each at two seed-chosen providers of the
 * 20-patient Synthea warehouse; per scheme, the AUROC of the ranking (planted versus unplanted
 * providers) must reach 0.9, and every planted provider must carry its scheme's reason. The
 * per-claim ranking must put the planted duplicate and impossible claims first, each with its
 * reason.
 */
class FraudScreenTest {
  @TempDir static Path dir;
  static Warehouse warehouse;
  static Map<String, Scheme> planted;
  static Map<String, Scheme> plantedClaims;
  static FraudScreen.Result result;

  @BeforeAll
  static void plantAndScreen() throws Exception {
    warehouse = SmallWarehouse.copy(dir, "fraud.duckdb");
    EngineFunctions.installDuckDb(warehouse.connection());
    FraudInjector.Planted p = FraudInjector.plant(warehouse, 7, 2, 15, 0.3);
    planted = p.providers();
    plantedClaims = p.claims();
    result = FraudScreen.run(warehouse.connection(), FraudScreen.Options.defaults());
  }

  @AfterAll
  static void close() {
    warehouse.close();
  }

  /** AUROC by the Mann-Whitney statistic (ties count one half). */
  static double auroc(List<Double> positives, List<Double> negatives) {
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / (positives.size() * (double) negatives.size());
  }

  @Test
  void eachPlantedSchemeRanksAboveTheCleanProviders() {
    List<FraudFinding> ranked = result.findings();
    assertThat(ranked.stream().map(f -> f.row().providerId()).toList())
        .containsAll(planted.keySet());
    List<Double> clean =
        ranked.stream()
            .filter(f -> !planted.containsKey(f.row().providerId()))
            .map(FraudFinding::score)
            .toList();
    assertThat(clean).hasSizeGreaterThan(planted.size());
    int k = planted.size();
    Set<String> topK =
        Set.copyOf(ranked.subList(0, k).stream().map(f -> f.row().providerId()).toList());
    System.out.printf(
        Locale.ROOT,
        "fraud screen: %d providers, %d planted, %d clean%n",
        ranked.size(),
        planted.size(),
        clean.size());
    System.out.printf(
        Locale.ROOT, "%-22s %7s %10s %10s%n", "scheme", "AUROC", "prec@k", "recall@k");
    for (Map.Entry<Scheme, List<String>> e : FraudInjector.byScheme(planted).entrySet()) {
      // Ranked among the clean providers, the scheme's k planted providers: precision@k and
      // recall@k.
      List<FraudFinding> own =
          ranked.stream()
              .filter(
                  f ->
                      e.getValue().contains(f.row().providerId())
                          || !planted.containsKey(f.row().providerId()))
              .toList();
      int ks = e.getValue().size();
      long hits =
          own.subList(0, ks).stream()
              .filter(f -> e.getValue().contains(f.row().providerId()))
              .count();
      List<Double> pos =
          own.stream()
              .filter(f -> e.getValue().contains(f.row().providerId()))
              .map(FraudFinding::score)
              .toList();
      double auc = auroc(pos, clean);
      System.out.printf(
          Locale.ROOT,
          "%-22s %7.3f %10.2f %10.2f%n",
          e.getKey(),
          auc,
          hits / (double) ks,
          hits / (double) e.getValue().size());
      assertThat(auc).as("AUROC of %s", e.getKey()).isGreaterThanOrEqualTo(0.9);
    }
    long plantedInTop = planted.keySet().stream().filter(topK::contains).count();
    System.out.printf(
        Locale.ROOT,
        "all schemes: precision@%d = recall@%d = %.2f%n",
        k,
        k,
        plantedInTop / (double) k);
    for (FraudFinding f : ranked.subList(0, Math.min(20, ranked.size()))) {
      System.out.printf(
          Locale.ROOT,
          "  %.3f %-14s %s%n",
          f.score(),
          planted.getOrDefault(f.row().providerId(), null),
          f.reasons().stream()
              .map(r -> r.feature().key() + String.format(Locale.ROOT, "(%.1f)", r.z()))
              .toList());
    }
  }

  @Test
  void everyPlantedProviderCarriesTheReasonOfItsScheme() {
    for (FraudFinding f : result.findings()) {
      Scheme s = planted.get(f.row().providerId());
      if (s != null) {
        assertThat(f.hasReason(s.reason))
            .as("%s planted with %s has reasons %s", f.row().providerId(), s, f.reasons())
            .isTrue();
        assertThat(f.reasons())
            .filteredOn(r -> r.feature() == s.reason)
            .singleElement()
            .satisfies(
                r ->
                    assertThat(r.text())
                        .contains(s.reason.label(), "suggests " + s.reason.scheme()));
      }
    }
  }

  @Test
  void plantingRaisesEachSchemesFeatureAboveTheCleanWarehouse() throws Exception {
    try (Warehouse cleanWarehouse = SmallWarehouse.copy(dir, "clean.duckdb")) {
      EngineFunctions.installDuckDb(cleanWarehouse.connection());
      Map<String, FraudFinding> clean = new java.util.HashMap<>();
      FraudScreen.run(cleanWarehouse.connection(), FraudScreen.Options.defaults())
          .findings()
          .forEach(f -> clean.put(f.row().providerId(), f));
      // Synthea bills no medical claim without its encounter, none twice, and none impossible (its
      // death
      // certifications, billed after death, are not counted as post-mortem services).
      for (FraudFinding f : clean.values()) {
        for (FraudFeature feature :
            List.of(FraudFeature.NO_ENCOUNTER, FraudFeature.DUPLICATES, FraudFeature.IMPOSSIBLE)) {
          assertThat(f.row().values().get(feature))
              .as("%s of %s", feature, f.row().providerId())
              .isZero();
        }
      }
      for (FraudFinding f : result.findings()) {
        Scheme s = planted.get(f.row().providerId());
        if (s != null && clean.containsKey(f.row().providerId())) {
          assertThat(f.row().values().get(s.reason))
              .as("%s at %s", s, f.row().providerId())
              .isGreaterThan(clean.get(f.row().providerId()).row().values().get(s.reason));
          assertThat(f.z().get(s.reason))
              .isGreaterThan(clean.get(f.row().providerId()).z().get(s.reason));
        }
      }
    }
  }

  /**
   * The original of a planted duplicate copy ({@code <claim>-dup<n>}), which is a duplicate too.
   */
  static String original(String claimId) {
    return claimId.replaceFirst("-dup\\d+$", "");
  }

  @Test
  void claimRankingPutsPlantedDuplicateAndImpossibleClaimsFirstWithTheirReason() {
    List<ClaimFinding> ranked = result.claims();
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      rank.put(ranked.get(i).claimId(), i);
    }
    // Planted for sure: impossible claims, duplicate copies and their originals. Other plants may
    // make duplicates
    // too (two phantoms of one patient's visits landing on one day): they are planted claims as
    // well.
    Map<String, FraudFeature> sure = new java.util.HashMap<>();
    Set<String> plantedAny = new java.util.HashSet<>(plantedClaims.keySet());
    plantedClaims.forEach(
        (claim, scheme) -> {
          plantedAny.add(original(claim));
          if (scheme == Scheme.IMPOSSIBLE_SERVICES) {
            sure.put(claim, FraudFeature.IMPOSSIBLE);
          } else if (scheme == Scheme.DUPLICATE_BILLING) {
            sure.put(claim, FraudFeature.DUPLICATES);
            sure.put(original(claim), FraudFeature.DUPLICATES);
          }
        });
    assertThat(sure).hasSizeGreaterThan(10);
    long top =
        ranked.stream()
            .filter(
                c -> c.hasReason(FraudFeature.DUPLICATES) || c.hasReason(FraudFeature.IMPOSSIBLE))
            .count();
    System.out.printf(
        Locale.ROOT,
        "claims with a duplicate or impossible reason: %d, of which planted as such: %d%n",
        top,
        sure.size());
    for (ClaimFinding c : ranked.subList(0, (int) top)) {
      assertThat(plantedAny)
          .as("claim %s ranked among the first %d: %s", c.claimId(), top, c.reasons())
          .contains(c.claimId());
      assertThat(c.hasReason(FraudFeature.DUPLICATES) || c.hasReason(FraudFeature.IMPOSSIBLE))
          .as("%s: %s", c.claimId(), c.reasons())
          .isTrue();
      assertThat(c.reasons().get(0).text()).contains("suggests");
    }
    sure.forEach(
        (claim, reason) -> {
          assertThat(rank.get(claim))
              .as("rank of planted %s claim %s", reason, claim)
              .isNotNull()
              .isLessThan((int) top);
          assertThat(ranked.get(rank.get(claim)).hasReason(reason))
              .as("%s carries %s", claim, reason)
              .isTrue();
        });
    // Impossible services outrank duplicates (a rule that cannot hold outweighs a repeat).
    assertThat(ranked.get(0).hasReason(FraudFeature.IMPOSSIBLE)).isTrue();
    // Per scheme: the planted claims found with their scheme's reason (recall), and precision among
    // the first k.
    System.out.printf(
        Locale.ROOT,
        "claims: %,d ranked; per scheme: planted, recall with reason, precision@k%n",
        ranked.size());
    Map<Scheme, List<String>> byScheme = new java.util.EnumMap<>(Scheme.class);
    plantedClaims.forEach(
        (c, s) -> byScheme.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(c));
    for (Map.Entry<Scheme, List<String>> e : byScheme.entrySet()) {
      Scheme s = e.getKey();
      long found =
          e.getValue().stream()
              .filter(c -> rank.containsKey(c) && ranked.get(rank.get(c)).hasReason(s.reason))
              .count();
      int k = e.getValue().size();
      List<ClaimFinding> withReason = ranked.stream().filter(c -> c.hasReason(s.reason)).toList();
      Set<String> truth = new java.util.HashSet<>(e.getValue());
      e.getValue().forEach(c -> truth.add(original(c)));
      long hits =
          withReason.subList(0, Math.min(k, withReason.size())).stream()
              .filter(c -> truth.contains(c.claimId()))
              .count();
      System.out.printf(
          Locale.ROOT, "  %-22s %4d %8.2f %8.2f%n", s, k, found / (double) k, hits / (double) k);
      if (s != Scheme.EXCESSIVE_SERVICES && s != Scheme.OFF_HOURS_BILLING) {
        // Rule-based schemes: every planted claim carries its reason.
        assertThat(found).as("planted %s claims with their reason", s).isEqualTo(k);
      }
    }
    for (ClaimFinding c : ranked.subList(0, Math.min(15, ranked.size()))) {
      System.out.printf(
          Locale.ROOT,
          "  %.3f %-40s %s%n",
          c.score(),
          c.claimId(),
          c.reasons().stream().map(r -> r.feature().key()).toList());
    }
  }
}
