/**
 * Public-health surveillance, the {@code surveil} app ({@link
 * org.medmine.apps.surveillance.SurveilApp}): syndrome counts from the warehouse by region and age
 * band, with population denominators, or an external series, judged by the outbreak detectors of
 * {@code org.medmine.mining.timeseries}; its result renders itself as rows, text and a chart per
 * region. The {@code scan} app ({@link org.medmine.apps.surveillance.SpaceTimeScanApp}) counts the
 * same syndrome by ZIP3 area or county and week and looks for space-time clusters with the scan
 * statistics of {@code org.medmine.mining.spatial}; its result draws the regions and the clusters'
 * circles on a map.
 */
package org.medmine.apps.surveillance;
