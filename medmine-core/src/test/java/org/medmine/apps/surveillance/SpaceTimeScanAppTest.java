package org.medmine.apps.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.mining.spatial.Region;
import org.medmine.mining.spatial.RegionCentroids;
import org.medmine.mining.spatial.SpaceTimeCluster;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;

/**
 * The scan app finds a cluster planted in a CSV series with its regions and weeks (both
 * statistics), runs end to end on the shared population's warehouse, and refuses what it cannot
 * scan in one sentence.
 */
class SpaceTimeScanAppTest {
  static final List<Region> MASSACHUSETTS =
      RegionCentroids.zip3().values().stream()
          .filter(r -> r.id().startsWith("01") || r.id().startsWith("02"))
          .toList();
  static final Region BOSTON = RegionCentroids.zip3().get("021");

  /** The three ZIP3 areas nearest Boston's, Boston's included. */
  static final Set<String> PLANTED =
      Set.copyOf(
          MASSACHUSETTS.stream()
              .sorted(Comparator.comparingDouble(BOSTON::distanceKm))
              .limit(3)
              .map(Region::id)
              .toList());

  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  @TempDir static Path dir;
  static Path warehouse;

  @BeforeAll
  static void copy() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    warehouse = dir.resolve("w.duckdb");
  }

  /**
   * 30 weeks of Poisson counts (6 a week per 10,000 people) per ZIP3 area; the planted areas' last
   * two weeks at 3 times the rate.
   */
  static Path planted(String name, boolean population) throws IOException {
    MersenneTwister rng = new MersenneTwister(2025);
    StringBuilder b =
        new StringBuilder(population ? "week,region,count,population\n" : "week,region,count\n");
    for (int z = 0; z < MASSACHUSETTS.size(); z++) {
      String id = MASSACHUSETTS.get(z).id();
      double people = 10_000 * (1 + z % 3);
      for (int t = 0; t < 30; t++) {
        double mean = 6 * people / 10_000 * (PLANTED.contains(id) && t >= 28 ? 3 : 1);
        int count = new PoissonDistribution(rng, mean, 1e-12, 10_000_000).sample();
        b.append(SeriesCsv.weekLabel(MONDAY.plusWeeks(t)))
            .append(',')
            .append(id)
            .append(',')
            .append(count);
        b.append(population ? "," + (long) people + "\n" : "\n");
      }
    }
    return Files.writeString(dir.resolve(name), b);
  }

  static SpaceTimeScanResult run(SpaceTimeScanOptions options) {
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(warehouse))) {
      return context.run(new SpaceTimeScanApp(), options);
    }
  }

  static SpaceTimeScanOptions options(Path series, SpaceTimeScanOptions.Statistic statistic) {
    SyndromeQuery zip3 =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            org.medmine.mining.timeseries.Granularity.WEEK,
            org.medmine.cohort.Region.ZIP3,
            null,
            null,
            null);
    return new SpaceTimeScanOptions(series, zip3, statistic, 199, 7, null, 0.5, 4, 0.05, false);
  }

  @Test
  void bothStatisticsFindThePlantedRegionsAndWeeks() throws IOException {
    for (SpaceTimeScanOptions.Statistic s : SpaceTimeScanOptions.Statistic.values()) {
      SpaceTimeScanResult r =
          run(
              options(
                  planted("ili-" + s + ".csv", s == SpaceTimeScanOptions.Statistic.POISSON), s));
      assertThat(r.regions()).hasSize(MASSACHUSETTS.size());
      SpaceTimeCluster primary = r.scan().significant().get(0);
      assertThat(Set.copyOf(primary.regions())).as(s + " scan's regions").isEqualTo(PLANTED);
      assertThat(r.weeks().get(primary.firstPeriod()))
          .as(s + " scan's first week")
          .isEqualTo("2024-W29");
      assertThat(r.weeks().get(primary.lastPeriod())).isEqualTo("2024-W30");
      assertThat(primary.pValue()).isLessThanOrEqualTo(0.01);
      assertThat(primary.relativeRisk())
          .as("planted at 3; the permutation scan's expectation holds the excess too")
          .isBetween(1.5, 4.5);
      @SuppressWarnings("unchecked")
      Map<String, Object> doc = (Map<String, Object>) r.toJson();
      @SuppressWarnings("unchecked")
      Map<String, Object> first = ((List<Map<String, Object>>) doc.get("clusters")).get(0);
      assertThat(first)
          .containsEntry("kind", "primary")
          .containsEntry("firstWeek", "2024-W29")
          .containsKeys(
              "centre",
              "latitude",
              "longitude",
              "radiusKm",
              "observed",
              "expected",
              "relativeRisk",
              "logLikelihoodRatio",
              "pValue");
      assertThat(r.provenance().seed()).isEqualTo(7L);
      assertThat(r.toText()).contains("Most likely cluster: 3 region(s)", "2024-W29..2024-W30");
      String html = r.toSections().get(0).html();
      assertThat(html)
          .contains("<svg", "class=\"cluster\"", "cluster 1: 2024-W29..2024-W30", "<table>");
    }
  }

  @Test
  void aRadiusLimitKeepsEveryClusterWithinIt() throws IOException {
    Path f = planted("ili-radius.csv", false);
    SpaceTimeScanOptions o = options(f, SpaceTimeScanOptions.Statistic.PERMUTATION);
    SpaceTimeScanOptions tight =
        new SpaceTimeScanOptions(f, o.query(), o.statistic(), 99, 7, 1.0, 0.5, 4, 0.05, false);
    SpaceTimeScanResult r = run(tight);
    assertThat(r.scan().mostLikely().regions()).hasSize(1).allMatch(PLANTED::contains);
    assertThat(r.scan().significant()).allSatisfy(c -> assertThat(c.radiusKm()).isZero());
  }

  @Test
  void theWarehouseScanCountsWhatSurveillanceCountsOverZip3Areas() {
    SyndromeQuery zip3 = options(null, SpaceTimeScanOptions.Statistic.PERMUTATION).query();
    SpaceTimeScanResult r =
        run(
            new SpaceTimeScanOptions(
                null,
                zip3,
                SpaceTimeScanOptions.Statistic.PERMUTATION,
                99,
                3,
                null,
                0.5,
                4,
                0.05,
                true));
    assertThat(r.regions())
        .extracting(Region::id)
        .contains("019", "020", "021")
        .allMatch(id -> id.matches("\\d{3}"));
    double scanned = r.regionCases().stream().mapToDouble(Double::doubleValue).sum();
    double leftOut =
        r.skipped().stream()
            .mapToDouble(
                s -> Double.parseDouble(s.replaceAll("(?s).*\\((\\d+) case\\(s\\)\\).*", "$1")))
            .sum();
    double all;
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(warehouse))) {
      all =
          java.util.Arrays.stream(
                  context
                      .run(new SurveilApp(), SurveilOptions.demo())
                      .series()
                      .get(0)
                      .series()
                      .counts())
              .sum();
    }
    assertThat(scanned + leftOut)
        .as("every case of the warehouse is scanned or listed as left out")
        .isEqualTo(all);
    assertThat(scanned).isPositive();
    assertThat(r.scan().mostLikely().observed()).isGreaterThan(r.scan().mostLikely().expected());
    assertThat(r.provenance().warehouse()).isEqualTo(warehouse.toString());
  }

  @Test
  void whatCannotBeScannedIsAUserError() throws IOException {
    Path noRegions =
        Files.writeString(dir.resolve("flat.csv"), "week,count\n2024-W01,3\n2024-W02,4\n");
    assertThatThrownBy(() -> run(options(noRegions, SpaceTimeScanOptions.Statistic.PERMUTATION)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("Only 0 region(s) of " + noRegions);
    SyndromeQuery byState =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            org.medmine.mining.timeseries.Granularity.WEEK,
            org.medmine.cohort.Region.STATE,
            null,
            null,
            null);
    assertThatThrownBy(
            () ->
                new SpaceTimeScanOptions(
                    null,
                    byState,
                    SpaceTimeScanOptions.Statistic.PERMUTATION,
                    99,
                    1,
                    null,
                    0.5,
                    4,
                    0.05,
                    false))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "--region must be zip3 or county (the levels with bundled centroids), not 'state'.");
    SyndromeQuery zip3 = options(null, SpaceTimeScanOptions.Statistic.POISSON).query();
    assertThatThrownBy(
            () ->
                new SpaceTimeScanOptions(
                    null,
                    zip3,
                    SpaceTimeScanOptions.Statistic.POISSON,
                    99,
                    1,
                    null,
                    0.5,
                    4,
                    0.05,
                    true))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("drop --retrospective");
  }
}
