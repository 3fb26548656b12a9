package org.medmine.mining.spatial;

/**
 * Settings of a space-time scan.
 *
 * @param maxRegions the most regions a circular zone may hold (SaTScan's maximum spatial cluster size, here as a
 *     count of the nearest centroids)
 * @param maxPeriods the longest time window, in periods
 * @param prospective true: only windows ending at the last period (surveillance: is something happening now);
 *     false: every window inside the study period (retrospective)
 * @param replicates Monte Carlo replicates for the p-values (999 is SaTScan's default)
 * @param seed seed of the replicates; the result does not depend on how many threads run them
 * @param alpha p-value at or below which a cluster is reported as significant
 */
public record ScanOptions(int maxRegions, int maxPeriods, boolean prospective, int replicates, long seed, double alpha) {
  public ScanOptions {
    if (maxRegions < 1 || maxPeriods < 1 || replicates < 1 || alpha <= 0 || alpha >= 1) {
      throw new IllegalArgumentException("scan options need maxRegions, maxPeriods and replicates of at least 1 and 0 < alpha < 1");
    }
  }

  /** Prospective, zones of up to 10 regions, windows of up to 4 periods, 999 replicates, alpha 0.05. */
  public static ScanOptions prospective(long seed) {
    return new ScanOptions(10, 4, true, 999, seed, 0.05);
  }

  public ScanOptions withReplicates(int r) {
    return new ScanOptions(maxRegions, maxPeriods, prospective, r, seed, alpha);
  }
}
