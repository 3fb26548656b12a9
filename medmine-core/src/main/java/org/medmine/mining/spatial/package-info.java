/**
 * Space-time cluster detection over regions: Kulldorff's space-time permutation scan statistic and
 * the expectation-based Poisson scan statistic, over circular zones of region centroids (bundled
 * ZIP3 and county centroids, {@link org.medmine.mining.spatial.RegionCentroids}), with seeded,
 * parallel Monte Carlo p-values. Like {@code timeseries}, everything here works on plain arrays; it
 * knows no SQL and no engine.
 */
package org.medmine.mining.spatial;
