package org.medmine.mining.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Both scan statistics find a planted cluster with its regions and weeks, keep the false-cluster
 * rate at the nominal level on null data, and give the same answer for the same seed.
 */
class SpaceTimeScanTest {
  static final List<Region> REGIONS = SpaceTimeData.NEW_ENGLAND;
  static final Set<String> PLANTED = SpaceTimeData.nearest("021", 4);
  static final ScanOptions OPTIONS = new ScanOptions(10, 4, true, 199, 11, 0.05);

  @Test
  void bundledCentroidsPlaceZip3AndCountiesWhereTheyAre() {
    Region boston = RegionCentroids.zip3().get("021");
    assertThat(boston.latitude()).isCloseTo(42.3, within(0.4));
    assertThat(boston.longitude()).isCloseTo(-71.1, within(0.4));
    assertThat(boston.distanceKm(RegionCentroids.zip3().get("100")))
        .isBetween(250.0, 330.0); // to Manhattan
    assertThat(RegionCentroids.zip3()).hasSize(892);
    assertThat(RegionCentroids.counties()).hasSize(3217);
    Region suffolk = RegionCentroids.counties().get("25025");
    assertThat(suffolk.distanceKm(boston)).isLessThan(30);
    assertThat(REGIONS).hasSizeGreaterThan(40);
  }

  @Test
  void permutationScanFindsThePlantedRegionsAndWeeks() {
    int found = 0;
    for (int sim = 0; sim < 10; sim++) {
      SpaceTimeData d = SpaceTimeData.simulate(REGIONS, 26, 100 + sim, PLANTED, 2, 3);
      ScanResult r = SpaceTimePermutationScan.scan(REGIONS, d.counts, OPTIONS);
      SpaceTimeCluster c = r.mostLikely();
      assertThat(c.pValue()).isLessThanOrEqualTo(0.05);
      assertThat(r.significant()).first().isEqualTo(c);
      assertThat(c.observed()).isGreaterThan(c.expected());
      found +=
          Set.copyOf(c.regions()).equals(PLANTED) && c.firstPeriod() == 24 && c.lastPeriod() == 25
              ? 1
              : 0;
    }
    assertThat(found)
        .as("datasets whose most likely cluster has exactly the planted regions and weeks")
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void expectationBasedScanFindsThePlantedRegionsAndWeeks() {
    int found = 0;
    for (int sim = 0; sim < 10; sim++) {
      SpaceTimeData d = SpaceTimeData.simulate(REGIONS, 26, 200 + sim, PLANTED, 2, 2.5);
      ScanResult r = ExpectationBasedPoissonScan.scan(REGIONS, d.counts, d.mean, OPTIONS);
      SpaceTimeCluster c = r.mostLikely();
      assertThat(c.pValue()).isLessThanOrEqualTo(0.05);
      assertThat(c.relativeRisk()).isBetween(1.8, 3.5);
      found +=
          Set.copyOf(c.regions()).equals(PLANTED) && c.firstPeriod() == 24 && c.lastPeriod() == 25
              ? 1
              : 0;
    }
    assertThat(found)
        .as("datasets whose most likely cluster has exactly the planted regions and weeks")
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void nullDataGiveFalseClustersAtTheNominalRate() {
    int permutationFalse = 0;
    int expectationFalse = 0;
    int sims = 200;
    List<Region> regions = REGIONS.subList(0, 30);
    for (int sim = 0; sim < sims; sim++) {
      SpaceTimeData d = SpaceTimeData.nullData(regions, 12, 1000 + sim);
      ScanOptions o = new ScanOptions(8, 3, true, 99, 5000 + sim, 0.05);
      permutationFalse +=
          SpaceTimePermutationScan.scan(regions, d.counts, o).significant().isEmpty() ? 0 : 1;
      expectationFalse +=
          ExpectationBasedPoissonScan.scan(regions, d.counts, d.mean, o).significant().isEmpty()
              ? 0
              : 1;
    }
    // Binomial(200, 0.05): mean 10, 99.9% of draws within 2..21.
    assertThat(permutationFalse).isBetween(2, 21);
    assertThat(expectationFalse).isBetween(2, 21);
  }

  @Test
  void zonesKeepWithinTheRadiusAndTheShareOfThePopulation() {
    SpaceTimeData d = SpaceTimeData.simulate(REGIONS, 26, 300, PLANTED, 2, 3);
    double[] cases = SpaceTimePermutationScan.rowSums(d.counts, 0);
    double total = java.util.Arrays.stream(cases).sum();
    ScanOptions small =
        new ScanOptions(REGIONS.size(), 4, true, 99, 1, 0.05, Double.POSITIVE_INFINITY, 0.05);
    ScanResult r = SpaceTimePermutationScan.scan(REGIONS, d.counts, small);
    List<SpaceTimeCluster> found = new java.util.ArrayList<>(r.significant());
    found.add(r.mostLikely());
    for (SpaceTimeCluster c : found) {
      double size = c.regions().stream().mapToDouble(id -> cases[indexOf(id)]).sum();
      assertThat(c.regions().size() == 1 || size <= 0.05 * total + 1e-9).as(c.toString()).isTrue();
    }
    ScanResult near =
        ExpectationBasedPoissonScan.scan(
            REGIONS,
            d.counts,
            d.mean,
            new ScanOptions(REGIONS.size(), 4, true, 99, 1, 0.05, 10, 1));
    assertThat(near.mostLikely().radiusKm()).isLessThanOrEqualTo(10);
    ScanResult unlimited = ExpectationBasedPoissonScan.scan(REGIONS, d.counts, d.mean, OPTIONS);
    assertThat(unlimited.mostLikely().radiusKm()).as("the limit matters here").isGreaterThan(10);
  }

  private static int indexOf(String id) {
    for (int i = 0; i < REGIONS.size(); i++) {
      if (REGIONS.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  @Test
  void sameSeedSameResultWhateverTheThreads() throws Exception {
    SpaceTimeData d = SpaceTimeData.simulate(REGIONS, 26, 7, PLANTED, 2, 2);
    ScanResult a = SpaceTimePermutationScan.scan(REGIONS, d.counts, OPTIONS);
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      ScanResult b =
          one.submit(() -> SpaceTimePermutationScan.scan(REGIONS, d.counts, OPTIONS)).get();
      assertThat(b).isEqualTo(a);
    } finally {
      one.shutdown();
    }
    ScanResult other =
        SpaceTimePermutationScan.scan(
            REGIONS, d.counts, new ScanOptions(10, 4, true, 199, 12, 0.05));
    assertThat(other.mostLikely().logLikelihoodRatio())
        .isEqualTo(a.mostLikely().logLikelihoodRatio());
  }

  @Test
  void permutationExpectationAndStatisticFollowKulldorff2005() {
    double[][] cases = {{4, 0}, {1, 5}};
    double[][] mu = SpaceTimePermutationScan.expected(cases);
    assertThat(mu[0][0]).isCloseTo(4.0 * 5 / 10, within(1e-12)); // C_z·C_d/C
    CylinderScan.Statistic f = SpaceTimePermutationScan.statistic(10);
    assertThat(f.logLikelihoodRatio(4, 2))
        .isCloseTo(4 * Math.log(2) + 6 * Math.log(6.0 / 8), within(1e-12));
    assertThat(f.logLikelihoodRatio(2, 2)).isZero();
    assertThat(ExpectationBasedPoissonScan.statistic().logLikelihoodRatio(6, 3))
        .isCloseTo(6 * Math.log(2) - 3, within(1e-12));
  }
}
