package org.medmine.mining.spatial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled centroids of US three-digit ZIP areas (892) and counties (3,217), derived from the
 * geography files Synthea 3.3.0 ships (US Census Bureau Gazetteer points, public domain) by
 * bench/derive_centroids.py: a ZIP3's centroid is the mean of its ZCTA points, a county's the mean
 * of its ZIP points. See SOURCE.md beside the CSV files. These are the points Synthea places
 * patients at, so they match the regions medmine counts.
 */
public final class RegionCentroids {
  private RegionCentroids() {}

  /** ZIP3 centroids by three-digit code ("010", "021", ...). */
  public static Map<String, Region> zip3() {
    return load("zip3-centroids.csv", 0, 2, 3);
  }

  /** County centroids by five-digit FIPS code ("25025" is Suffolk County, MA). */
  public static Map<String, Region> counties() {
    return load("county-centroids.csv", 0, 3, 4);
  }

  /**
   * County FIPS codes by the county's upper-case name without "COUNTY" ("NORFOLK" → [25021]); a
   * name many states use ("MIDDLESEX") lists them all.
   */
  public static Map<String, List<String>> countyFipsByName() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    try (InputStream in = RegionCentroids.class.getResourceAsStream("county-centroids.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        m.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled centroids county-centroids.csv", e);
    }
    return m;
  }

  /** The regions with these ids, in this order; throws naming the first id without a centroid. */
  public static List<Region> select(Map<String, Region> centroids, List<String> ids) {
    List<Region> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Region r = centroids.get(id);
      if (r == null) {
        throw new IllegalArgumentException("no centroid for region '" + id + "'");
      }
      out.add(r);
    }
    return out;
  }

  private static Map<String, Region> load(String file, int idColumn, int latColumn, int lonColumn) {
    Map<String, Region> m = new LinkedHashMap<>();
    try (InputStream in = RegionCentroids.class.getResourceAsStream(file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        m.put(
            f[idColumn],
            new Region(
                f[idColumn], Double.parseDouble(f[latColumn]), Double.parseDouble(f[lonColumn])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled centroids " + file, e);
    }
    return m;
  }
}
