package org.medmine.mining.spatial;

import java.util.List;

/**
 * What a scan found: the most likely cluster and every cluster, not overlapping a more likely one
 * in space, whose p-value is at most alpha (SaTScan's secondary clusters with "no geographical
 * overlap"; each secondary cluster is compared with the same null distribution of the largest
 * statistic, which is conservative).
 *
 * @param method the scan statistic
 * @param mostLikely the cylinder with the largest statistic, null when no cylinder has an excess
 * @param significant the reported clusters, most likely first
 * @param options the settings it ran with (seed included)
 * @param regions number of regions scanned
 * @param periods number of periods in the study period
 */
public record ScanResult(
    String method,
    SpaceTimeCluster mostLikely,
    List<SpaceTimeCluster> significant,
    ScanOptions options,
    int regions,
    int periods) {}
