package org.medmine.apps.surveillance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.mining.spatial.Region;
import org.medmine.mining.spatial.RegionCentroids;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;

/**
 * Weekly counts per region laid on one grid for a scan: a row per region with a bundled centroid
 * (sorted by id), a column per week from the earliest series' first week to the latest one's last
 * (weeks a series does not cover count zero), and the population at risk when every series has one.
 * Regions without a centroid are left out and listed with their cases, never dropped silently.
 *
 * @param regions the regions scanned, by id
 * @param start the first week's Monday
 * @param cases cases per region and week
 * @param population population at risk per region and week, or null when some series has none
 * @param skipped the regions left out and why
 */
record ScanGrid(
    List<Region> regions,
    LocalDate start,
    double[][] cases,
    double[][] population,
    List<String> skipped) {

  int weeks() {
    return cases[0].length;
  }

  /** ISO week label of week {@code i} ("2024-W11"). */
  String label(int i) {
    return SeriesCsv.weekLabel(start.plusWeeks(i));
  }

  /**
   * The grid of {@code series} at region {@code level}; {@code source} names where the counts came
   * from in errors.
   */
  static ScanGrid of(List<CountSeries> series, org.medmine.cohort.Region level, String source) {
    if (series.stream().anyMatch(s -> s.granularity() != Granularity.WEEK)) {
      throw new MedmineUserException(
          source + " holds daily counts: the scan needs weekly counts (a week column, YYYY-Www).");
    }
    LocalDate first =
        series.stream().map(CountSeries::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        series.stream().map(s -> s.date(s.size() - 1)).max(LocalDate::compareTo).orElseThrow();
    int weeks = (int) Granularity.WEEK.between(first, last) + 1;
    Lookup lookup = new Lookup(level);
    Map<String, double[][]> rows = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    boolean everyPopulation = series.stream().allMatch(s -> s.population() != null);
    for (CountSeries s : series) {
      Region r = lookup.find(s.region());
      if (r == null) {
        skipped.add(
            String.format(
                Locale.ROOT,
                "region '%s' (%.0f case(s)): %s",
                s.region(),
                Arrays.stream(s.counts()).sum(),
                lookup.why(s.region())));
        continue;
      }
      double[][] row =
          rows.computeIfAbsent(r.id(), k -> new double[][] {new double[weeks], new double[weeks]});
      int offset = (int) Granularity.WEEK.between(first, s.start());
      for (int t = 0; t < s.size(); t++) {
        row[0][offset + t] += s.counts()[t];
        row[1][offset + t] += everyPopulation ? s.population()[t] : 0;
      }
    }
    if (rows.size() < 2) {
      throw new MedmineUserException(
          String.format(
              Locale.ROOT,
              "Only %d region(s) of %s have a %s centroid: the scan"
                  + " needs at least two (ZIP3 codes such as 021, county FIPS codes such as 25025).",
              rows.size(),
              source,
              level.name().toLowerCase(Locale.ROOT)));
    }
    List<Region> regions = rows.keySet().stream().map(lookup::find).toList();
    double[][] cases = rows.values().stream().map(r -> r[0]).toArray(double[][]::new);
    if (Arrays.stream(cases).flatMapToDouble(Arrays::stream).sum() == 0) {
      throw new MedmineUserException(
          "No cases to scan in " + source + ": check the codes or the time window.");
    }
    double[][] population =
        everyPopulation ? rows.values().stream().map(r -> r[1]).toArray(double[][]::new) : null;
    return new ScanGrid(regions, first, cases, population, List.copyOf(skipped));
  }

  /**
   * Centroids by ZIP3 code, or by county FIPS code or unambiguous county name ("Norfolk County").
   */
  private static final class Lookup {
    private final org.medmine.cohort.Region level;
    private final Map<String, Region> centroids;
    private final Map<String, List<String>> countyNames;

    Lookup(org.medmine.cohort.Region level) {
      this.level = level;
      this.centroids =
          level == org.medmine.cohort.Region.ZIP3
              ? RegionCentroids.zip3()
              : RegionCentroids.counties();
      this.countyNames =
          level == org.medmine.cohort.Region.COUNTY ? RegionCentroids.countyFipsByName() : Map.of();
    }

    Region find(String id) {
      Region r = centroids.get(id.strip());
      if (r != null) {
        return r;
      }
      List<String> fips = countyNames.getOrDefault(countyName(id), List.of());
      return fips.size() == 1 ? centroids.get(fips.get(0)) : null;
    }

    String why(String id) {
      List<String> fips = countyNames.getOrDefault(countyName(id), List.of());
      return fips.size() > 1
          ? "a county of this name lies in several states (FIPS "
              + String.join(", ", fips)
              + "); give FIPS codes"
          : "no bundled " + level.name().toLowerCase(Locale.ROOT) + " centroid";
    }

    private static String countyName(String id) {
      return id.strip().toUpperCase(Locale.ROOT).replaceFirst(" COUNTY$", "");
    }
  }
}
