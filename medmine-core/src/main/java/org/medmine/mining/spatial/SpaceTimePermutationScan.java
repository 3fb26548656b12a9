package org.medmine.mining.spatial;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Kulldorff's space-time permutation scan statistic (Kulldorff, Heffernan, Hartman, Assunção,
 * Mostashari 2005, "A space-time permutation scan statistic for disease outbreak detection", PLoS
 * Med 2(3):e59), which needs only case counts, no population: the expected count of region z in
 * period d is C_z·C_d/C, and a cylinder with c cases and expectation μ scores c·ln(c/μ) +
 * (C-c)·ln((C-c)/(C-μ)) when c &gt; μ (its generalized log-likelihood ratio under the Poisson
 * approximation to the hypergeometric). Significance is by Monte Carlo: the periods of the cases
 * are shuffled among them, which keeps every region's and every period's total, and the p-value of
 * a cylinder is the rank of its statistic among the replicates' largest statistics. Replicates run
 * in parallel, each with its own seed drawn in order from {@link ScanOptions#seed}, so results do
 * not depend on the number of threads. A zone's size, for {@link ScanOptions#maxSizeFraction}, is
 * its cases over the study period (as SaTScan measures the population of this model).
 */
public final class SpaceTimePermutationScan {
  private SpaceTimePermutationScan() {}

  /**
   * Scans case counts.
   *
   * @param regions the regions, in the order of the rows of {@code cases}
   * @param cases cases per region (row) and period (column); whole numbers
   */
  public static ScanResult scan(List<Region> regions, double[][] cases, ScanOptions o) {
    int periods = cases[0].length;
    double[][] expected = expected(cases);
    CylinderScan scan = new CylinderScan(regions, rowSums(cases, 0), periods, o);
    double total = 0;
    for (double[] row : cases) {
      for (double v : row) {
        if (v < 0 || v != Math.rint(v)) {
          throw new IllegalArgumentException(
              "the permutation scan needs whole, non-negative case counts");
        }
        total += v;
      }
    }
    CylinderScan.Statistic f = statistic(total);
    double[][] expectedSums = scan.windowSums(expected);
    int[][] caseList = caseList(cases, (int) total);
    long[] seeds = new SplittableRandom(o.seed()).longs(o.replicates()).toArray();
    double[] nullMaxima =
        IntStream.range(0, o.replicates())
            .parallel()
            .mapToDouble(
                r ->
                    scan.maxStatistic(
                        scan.windowSums(permuted(caseList, regions.size(), periods, seeds[r])),
                        expectedSums,
                        f))
            .toArray();
    return scan.clusters(
        "space-time permutation scan",
        scan.windowSums(cases),
        expectedSums,
        f,
        nullMaxima,
        o,
        periods);
  }

  /** Each row's sum from column {@code from} on: the regions' sizes for the zones' size limit. */
  static double[] rowSums(double[][] cells, int from) {
    double[] out = new double[cells.length];
    for (int z = 0; z < cells.length; z++) {
      for (int d = from; d < cells[z].length; d++) {
        out[z] += cells[z][d];
      }
    }
    return out;
  }

  /** μ(z, d) = C_z·C_d/C. */
  static double[][] expected(double[][] cases) {
    int periods = cases[0].length;
    double[] byPeriod = new double[periods];
    double[] byRegion = new double[cases.length];
    double total = 0;
    for (int z = 0; z < cases.length; z++) {
      for (int d = 0; d < periods; d++) {
        byRegion[z] += cases[z][d];
        byPeriod[d] += cases[z][d];
        total += cases[z][d];
      }
    }
    double[][] mu = new double[cases.length][periods];
    for (int z = 0; z < cases.length; z++) {
      for (int d = 0; d < periods; d++) {
        mu[z][d] = total > 0 ? byRegion[z] * byPeriod[d] / total : 0;
      }
    }
    return mu;
  }

  static CylinderScan.Statistic statistic(double total) {
    return new CylinderScan.Statistic() {
      @Override
      public double logLikelihoodRatio(double c, double mu) {
        if (c <= mu || mu <= 0) {
          return 0;
        }
        double rest = total - c;
        return c * Math.log(c / mu) + (rest > 0 ? rest * Math.log(rest / (total - mu)) : 0);
      }

      @Override
      public double relativeRisk(double c, double mu) {
        return (c / mu) / ((total - c) / (total - mu));
      }
    };
  }

  /** {region, period} of every case. */
  private static int[][] caseList(double[][] cases, int total) {
    int[] region = new int[total];
    int[] period = new int[total];
    int i = 0;
    for (int z = 0; z < cases.length; z++) {
      for (int d = 0; d < cases[z].length; d++) {
        for (int k = 0; k < (int) cases[z][d]; k++) {
          region[i] = z;
          period[i++] = d;
        }
      }
    }
    return new int[][] {region, period};
  }

  /** The case table after shuffling the cases' periods (Fisher-Yates). */
  private static double[][] permuted(int[][] caseList, int regions, int periods, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] period = caseList[1].clone();
    for (int i = period.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = period[i];
      period[i] = period[j];
      period[j] = t;
    }
    double[][] table = new double[regions][periods];
    for (int i = 0; i < period.length; i++) {
      table[caseList[0][i]][period[i]]++;
    }
    return table;
  }
}
