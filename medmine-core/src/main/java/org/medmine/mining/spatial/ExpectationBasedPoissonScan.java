package org.medmine.mining.spatial;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The expectation-based Poisson scan statistic (Neill, Moore, Sabhnani and Daniel 2005, "Detection
 * of emerging space-time clusters", KDD '05; Kulldorff's Poisson likelihood ratio with known
 * expectations): each cell has a baseline b (the count expected without an outbreak, e.g. from the
 * region's own history); a cylinder with c cases against baseline B scores c·ln(c/B) + B - c when c
 * &gt; B. Unlike the permutation scan it can see an excess spread over every region at once, and it
 * trusts the baselines. Significance is by Monte Carlo under the null hypothesis that every cell is
 * Poisson(b); replicates run in parallel, each seeded in order from {@link ScanOptions#seed}. A
 * zone's size, for {@link ScanOptions#maxSizeFraction}, is its baseline over the scanned periods
 * (expected cases, proportional to the population at risk).
 */
public final class ExpectationBasedPoissonScan {
  private ExpectationBasedPoissonScan() {}

  /**
   * Scans counts against baselines.
   *
   * @param regions the regions, in the order of the rows
   * @param counts cases per region and period
   * @param baselines expected cases per region and period without an outbreak (same shape, positive
   *     where scanned)
   */
  public static ScanResult scan(
      List<Region> regions, double[][] counts, double[][] baselines, ScanOptions o) {
    int periods = counts[0].length;
    int firstScanned = o.prospective() ? Math.max(0, periods - o.maxPeriods()) : 0;
    CylinderScan scan =
        new CylinderScan(
            regions, SpaceTimePermutationScan.rowSums(baselines, firstScanned), periods, o);
    CylinderScan.Statistic f = statistic();
    double[][] baselineSums = scan.windowSums(baselines);
    long[] seeds = new SplittableRandom(o.seed()).longs(o.replicates()).toArray();
    double[] nullMaxima =
        IntStream.range(0, o.replicates())
            .parallel()
            .mapToDouble(
                r ->
                    scan.maxStatistic(
                        scan.windowSums(simulate(baselines, firstScanned, seeds[r])),
                        baselineSums,
                        f))
            .toArray();
    return scan.clusters(
        "expectation-based Poisson scan",
        scan.windowSums(counts),
        baselineSums,
        f,
        nullMaxima,
        o,
        periods);
  }

  /**
   * Baselines from each region's recent history: the mean count per period over the {@code history}
   * periods before {@code firstScanned}, for every period from {@code firstScanned} on (earlier
   * periods get their own counts, which no prospective window reaches). Neill et al. use such
   * moving averages.
   */
  public static double[][] movingAverageBaselines(
      double[][] counts, int firstScanned, int history) {
    if (firstScanned < history) {
      throw new IllegalArgumentException(
          "the baseline needs " + history + " periods before the first scanned one");
    }
    double[][] b = new double[counts.length][];
    for (int z = 0; z < counts.length; z++) {
      b[z] = counts[z].clone();
      double sum = 0;
      for (int d = firstScanned - history; d < firstScanned; d++) {
        sum += counts[z][d];
      }
      double mean = sum / history;
      for (int d = firstScanned; d < counts[z].length; d++) {
        b[z][d] = mean;
      }
    }
    return b;
  }

  static CylinderScan.Statistic statistic() {
    return new CylinderScan.Statistic() {
      @Override
      public double logLikelihoodRatio(double c, double b) {
        return c > b && b > 0 ? c * Math.log(c / b) + b - c : 0;
      }

      @Override
      public double relativeRisk(double c, double b) {
        return c / b;
      }
    };
  }

  private static double[][] simulate(double[][] baselines, int firstScanned, long seed) {
    MersenneTwister rng = new MersenneTwister(seed);
    double[][] y = new double[baselines.length][baselines[0].length];
    for (int z = 0; z < y.length; z++) {
      for (int d = firstScanned; d < y[z].length; d++) {
        double b = baselines[z][d];
        y[z][d] =
            b > 0
                ? new PoissonDistribution(
                        rng,
                        b,
                        PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                    .sample()
                : 0;
      }
    }
    return y;
  }
}
