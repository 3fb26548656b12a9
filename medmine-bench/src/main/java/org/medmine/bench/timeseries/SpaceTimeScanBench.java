package org.medmine.bench.timeseries;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.medmine.mining.spatial.ExpectationBasedPoissonScan;
import org.medmine.mining.spatial.Region;
import org.medmine.mining.spatial.RegionCentroids;
import org.medmine.mining.spatial.ScanOptions;
import org.medmine.mining.spatial.ScanResult;
import org.medmine.mining.spatial.SpaceTimeCluster;
import org.medmine.mining.spatial.SpaceTimePermutationScan;

/**
 * The space-time scans over repeated simulations: the false-cluster rate on null data (region and
 * week effects multiply, no cluster), the share of planted clusters found with exactly their
 * regions and weeks, and the wall time of a nationwide ZIP3 scan. Usage: {@code SpaceTimeScanBench
 * [NULL_SIMS [PLANTED_SIMS]]}.
 */
public final class SpaceTimeScanBench {
  private SpaceTimeScanBench() {}

  public static void main(String[] args) {
    int nullSims = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int planted = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    List<Region> newEngland =
        RegionCentroids.zip3().values().stream().filter(r -> r.id().compareTo("069") <= 0).toList();
    falseClusterRates(newEngland.subList(0, 30), nullSims);
    plantedClusterRecall(newEngland, planted);
    nationwideTiming();
  }

  /** The share of null datasets (no cluster) on which each scan reports a significant cluster. */
  private static void falseClusterRates(List<Region> nulls, int nullSims) {
    int permutationFalse = 0;
    int expectationFalse = 0;
    for (int s = 0; s < nullSims; s++) {
      double[][][] d = simulate(nulls, 12, 1000 + s, Set.of(), 0, 1);
      ScanOptions o = new ScanOptions(8, 3, true, 199, 5000 + s, 0.05);
      permutationFalse +=
          SpaceTimePermutationScan.scan(nulls, d[1], o).significant().isEmpty() ? 0 : 1;
      expectationFalse +=
          ExpectationBasedPoissonScan.scan(nulls, d[1], d[0], o).significant().isEmpty() ? 0 : 1;
    }
    System.out.printf(
        Locale.ROOT,
        "null data (%d regions x 12 weeks, %d datasets, 199 replicates, alpha 0.05): false-cluster rate"
            + " permutation %.3f, expectation-based %.3f%n",
        nulls.size(),
        nullSims,
        (double) permutationFalse / nullSims,
        (double) expectationFalse / nullSims);
  }

  /**
   * Per relative risk, the share of planted clusters (4 ZIP3 around Boston) found, and found
   * exactly.
   */
  private static void plantedClusterRecall(List<Region> newEngland, int planted) {
    Region boston = RegionCentroids.zip3().get("021");
    Set<String> cluster =
        Set.copyOf(
            newEngland.stream()
                .sorted(Comparator.comparingDouble(boston::distanceKm))
                .limit(4)
                .map(Region::id)
                .toList());
    for (double risk : new double[] {1.5, 2, 3}) {
      int[] found = new int[4];
      for (int s = 0; s < planted; s++) {
        double[][][] d = simulate(newEngland, 26, 100 + s, cluster, 2, risk);
        ScanOptions o = new ScanOptions(10, 4, true, 199, 7 + s, 0.05);
        tally(SpaceTimePermutationScan.scan(newEngland, d[1], o), cluster, found, 0);
        tally(ExpectationBasedPoissonScan.scan(newEngland, d[1], d[0], o), cluster, found, 2);
      }
      System.out.printf(
          Locale.ROOT,
          "planted cluster (4 ZIP3 around Boston, last 2 of 26 weeks, relative risk %.1f, %d datasets,"
              + " %d regions): significant / exact regions and weeks: permutation %.2f / %.2f, expectation-based %.2f / %.2f%n",
          risk,
          planted,
          newEngland.size(),
          found[0] / (double) planted,
          found[1] / (double) planted,
          found[2] / (double) planted,
          found[3] / (double) planted);
    }
  }

  /** The wall time of a permutation scan over every ZIP3 for a year. */
  private static void nationwideTiming() {
    List<Region> all = List.copyOf(RegionCentroids.zip3().values());
    double[][][] d = simulate(all, 52, 3, Set.of(), 0, 1);
    long t0 = System.nanoTime();
    ScanResult r =
        SpaceTimePermutationScan.scan(all, d[1], new ScanOptions(20, 4, true, 999, 1, 0.05));
    System.out.printf(
        Locale.ROOT,
        "nationwide: %d ZIP3 x 52 weeks, zones up to 20 regions, windows up to 4 weeks, 999 replicates:"
            + " permutation scan %.1f s wall on %d threads (most likely cluster p = %.3f)%n",
        all.size(),
        (System.nanoTime() - t0) / 1e9,
        Runtime.getRuntime().availableProcessors(),
        r.mostLikely().pValue());
  }

  private static void tally(ScanResult r, Set<String> cluster, int[] found, int at) {
    SpaceTimeCluster c = r.mostLikely();
    boolean significant = c != null && c.pValue() <= 0.05;
    found[at] += significant ? 1 : 0;
    found[at + 1] +=
        significant
                && Set.copyOf(c.regions()).equals(cluster)
                && c.lastPeriod() - c.firstPeriod() == 1
                && c.lastPeriod() == 25
            ? 1
            : 0;
  }

  /**
   * {means, counts}: region levels 3..12 a week times a seasonal curve; the cluster's cells times
   * risk at the end.
   */
  static double[][][] simulate(
      List<Region> regions,
      int weeks,
      long seed,
      Set<String> cluster,
      int clusterWeeks,
      double risk) {
    MersenneTwister rng = new MersenneTwister(seed);
    double[][] mean = new double[regions.size()][weeks];
    double[][] y = new double[regions.size()][weeks];
    for (int z = 0; z < regions.size(); z++) {
      double level = 3 + 9 * ((z * 7919L) % 101) / 100.0;
      for (int t = 0; t < weeks; t++) {
        mean[z][t] = level * (1 + 0.3 * Math.sin(2 * Math.PI * t / 52.0));
        double m =
            mean[z][t]
                * (cluster.contains(regions.get(z).id()) && t >= weeks - clusterWeeks ? risk : 1);
        y[z][t] = new PoissonDistribution(rng, m, 1e-12, 10_000_000).sample();
      }
    }
    return new double[][][] {mean, y};
  }
}
