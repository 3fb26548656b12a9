package org.medmine.mining.spatial;

/**
 * Settings of a space-time scan.
 *
 * @param maxRegions the most regions a circular zone may hold (SaTScan's maximum spatial cluster
 *     size, here as a count of the nearest centroids)
 * @param maxPeriods the longest time window, in periods
 * @param prospective true: only windows ending at the last period (surveillance: is something
 *     happening now); false: every window inside the study period (retrospective)
 * @param replicates Monte Carlo replicates for the p-values (999 is SaTScan's default)
 * @param seed seed of the replicates; the result does not depend on how many threads run them
 * @param alpha p-value at or below which a cluster is reported as significant
 * @param maxRadiusKm the largest radius of a zone in kilometres (infinity: no limit; SaTScan's
 *     maximum circle radius)
 * @param maxSizeFraction the largest share of the total size (population at risk) a zone may hold,
 *     in (0, 1] (SaTScan's "maximum spatial cluster size as a percent of the population at risk",
 *     50% by default there); a zone always holds its centre
 */
public record ScanOptions(
    int maxRegions,
    int maxPeriods,
    boolean prospective,
    int replicates,
    long seed,
    double alpha,
    double maxRadiusKm,
    double maxSizeFraction) {
  public ScanOptions {
    if (maxRegions < 1 || maxPeriods < 1 || replicates < 1 || alpha <= 0 || alpha >= 1) {
      throw new IllegalArgumentException(
          "scan options need maxRegions, maxPeriods and replicates of at least 1 and 0 < alpha < 1");
    }
    if (!(maxRadiusKm > 0) || !(maxSizeFraction > 0 && maxSizeFraction <= 1)) {
      throw new IllegalArgumentException(
          "scan options need a positive maxRadiusKm and 0 < maxSizeFraction <= 1");
    }
  }

  /** Zones limited by their count of regions only. */
  public ScanOptions(
      int maxRegions,
      int maxPeriods,
      boolean prospective,
      int replicates,
      long seed,
      double alpha) {
    this(maxRegions, maxPeriods, prospective, replicates, seed, alpha, Double.POSITIVE_INFINITY, 1);
  }

  /**
   * Prospective, zones of up to 10 regions, windows of up to 4 periods, 999 replicates, alpha 0.05.
   */
  public static ScanOptions prospective(long seed) {
    return new ScanOptions(10, 4, true, 999, seed, 0.05);
  }

  public ScanOptions withReplicates(int r) {
    return new ScanOptions(
        maxRegions, maxPeriods, prospective, r, seed, alpha, maxRadiusKm, maxSizeFraction);
  }
}
