package org.medmine.mining.spatial;

/**
 * A region represented by its centroid.
 *
 * @param id the region's code (a ZIP3, a county FIPS code, or any name the counts use)
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Region(String id, double latitude, double longitude) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle distance in kilometres (haversine formula, mean Earth radius). */
  public double distanceKm(Region o) {
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(o.latitude);
    double dp = p2 - p1;
    double dl = Math.toRadians(o.longitude - longitude);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
