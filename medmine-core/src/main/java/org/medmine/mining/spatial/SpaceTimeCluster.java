package org.medmine.mining.spatial;

import java.util.List;

/**
 * A space-time cluster: a circular zone of regions over a window of periods.
 *
 * @param centre the region whose centroid is the zone's centre
 * @param radiusKm distance from the centre to the farthest centroid in the zone
 * @param regions ids of the regions in the zone, nearest first
 * @param firstPeriod index of the window's first period
 * @param lastPeriod index of the window's last period (inclusive)
 * @param observed cases in the cylinder
 * @param expected cases expected there under the null hypothesis
 * @param relativeRisk risk inside over risk outside (permutation scan) or observed over expected
 *     (expectation-based)
 * @param logLikelihoodRatio the scan statistic of this cylinder
 * @param pValue Monte Carlo p-value against the distribution of the largest statistic over all
 *     cylinders
 */
public record SpaceTimeCluster(
    String centre,
    double radiusKm,
    List<String> regions,
    int firstPeriod,
    int lastPeriod,
    double observed,
    double expected,
    double relativeRisk,
    double logLikelihoodRatio,
    double pValue) {}
