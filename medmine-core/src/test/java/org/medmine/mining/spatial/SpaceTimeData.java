package org.medmine.mining.spatial;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Simulated weekly case counts over New England's ZIP3 areas (bundled centroids): each region has
 * its own level and all share a seasonal curve, so region and week effects multiply (the null
 * hypothesis of both scans); a cluster can be planted in chosen regions and weeks with a relative
 * risk.
 */
final class SpaceTimeData {
  static final List<Region> NEW_ENGLAND =
      RegionCentroids.zip3().values().stream()
          .filter(
              r ->
                  r.id().startsWith("01")
                      || r.id().startsWith("02")
                      || r.id().startsWith("03")
                      || r.id().startsWith("04")
                      || r.id().startsWith("05")
                      || r.id().startsWith("060")
                      || r.id().startsWith("061"))
          .toList();

  final double[][] mean;
  final double[][] counts;

  private SpaceTimeData(double[][] mean, double[][] counts) {
    this.mean = mean;
    this.counts = counts;
  }

  /**
   * Counts for {@code regions} over {@code weeks}; cells of {@code cluster} regions in the last
   * {@code clusterWeeks} weeks have their mean times {@code risk}.
   */
  static SpaceTimeData simulate(
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
      double level = 3 + 9 * ((z * 7919L) % 101) / 100.0; // 3..12 cases a week, fixed per region
      for (int d = 0; d < weeks; d++) {
        mean[z][d] = level * (1 + 0.3 * Math.sin(2 * Math.PI * d / 52.0));
        double m =
            mean[z][d]
                * (cluster.contains(regions.get(z).id()) && d >= weeks - clusterWeeks ? risk : 1);
        y[z][d] = new PoissonDistribution(rng, m, 1e-12, 10_000_000).sample();
      }
    }
    return new SpaceTimeData(mean, y);
  }

  static SpaceTimeData nullData(List<Region> regions, int weeks, long seed) {
    return simulate(regions, weeks, seed, Set.of(), 0, 1);
  }

  /** The ids of the k regions nearest to the centroid of {@code centre} (itself first). */
  static Set<String> nearest(String centre, int k) {
    Map<String, Region> all = RegionCentroids.zip3();
    Region c = all.get(centre);
    return Set.copyOf(
        NEW_ENGLAND.stream()
            .sorted(java.util.Comparator.comparingDouble(c::distanceKm))
            .limit(k)
            .map(Region::id)
            .toList());
  }
}
