package org.medmine.apps.surveillance;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.util.Locale;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.model.MedmineUserException;

/**
 * What {@link SpaceTimeScanApp} does: the weekly counts per region to scan (an external CSV file,
 * else the warehouse counts of {@code query}, split by ZIP3 or county), the scan statistic and its
 * limits (SaTScan's maximum spatial cluster size, as a radius and as a share of the population at
 * risk; the longest time window) and the Monte Carlo replicates of its p-values.
 *
 * @param series a CSV file (week or date, region, count, optional population), or null for the
 *     warehouse
 * @param query what to count in the warehouse; its region level (zip3 or county) also names the
 *     centroids of a file's regions
 * @param statistic the scan statistic
 * @param replicates Monte Carlo replicates (999 is SaTScan's default)
 * @param seed seed of the replicates
 * @param maxRadiusKm the largest radius of a cluster's circle in kilometres, or null for no limit
 * @param maxPopulationFraction the largest share of the population at risk a cluster may hold
 *     (SaTScan: 0.5)
 * @param maxWeeks the longest time window, in weeks
 * @param alpha p-value at or below which a cluster is reported
 * @param retrospective scan every window of the study period instead of the windows ending at its
 *     last week
 */
public record SpaceTimeScanOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path series,
    SyndromeQuery query,
    Statistic statistic,
    int replicates,
    long seed,
    Double maxRadiusKm,
    double maxPopulationFraction,
    int maxWeeks,
    double alpha,
    boolean retrospective) {

  /** The scan statistics. */
  public enum Statistic {
    /** Kulldorff's space-time permutation scan (cases only, no population). */
    PERMUTATION,
    /**
     * The expectation-based Poisson scan (the last weeks against a baseline from the weeks before).
     */
    POISSON;

    /** The statistic called {@code name} (permutation or poisson), or a user error. */
    public static Statistic parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new MedmineUserException(
            "--statistic must be permutation or poisson, not '" + name + "'.", e);
      }
    }

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The region level called {@code name}, zip3 or county (the levels with bundled centroids), or a
   * user error.
   */
  public static org.medmine.cohort.Region region(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "zip3" -> org.medmine.cohort.Region.ZIP3;
      case "county" -> org.medmine.cohort.Region.COUNTY;
      default ->
          throw new MedmineUserException(
              "--region must be zip3 or county (the levels with bundled centroids), not '"
                  + name
                  + "'.");
    };
  }

  /** Replicates by default (SaTScan's). */
  public static final int DEFAULT_REPLICATES = 999;

  /** Longest time window by default, in weeks. */
  public static final int DEFAULT_MAX_WEEKS = 4;

  /**
   * Refuses limits out of range, a region level without centroids and a retrospective Poisson scan,
   * as user errors.
   */
  public SpaceTimeScanOptions {
    if (query == null || statistic == null) {
      throw new IllegalArgumentException(
          "a scan needs a query (its region level names the centroids) and a statistic");
    }
    if (query.region() != org.medmine.cohort.Region.ZIP3
        && query.region() != org.medmine.cohort.Region.COUNTY) {
      throw new MedmineUserException(
          "--region must be zip3 or county (the levels with bundled centroids), not '"
              + query.region().name().toLowerCase(Locale.ROOT)
              + "'.");
    }
    if (query.granularity() != Granularity.WEEK) {
      throw new MedmineUserException(
          "The scan counts cases per week: drop --granularity or give week.");
    }
    require(
        replicates >= 1,
        "--replicates must be at least 1 (999 is SaTScan's default), not " + replicates + ".");
    require(maxWeeks >= 1, "--max-weeks must be at least 1, not " + maxWeeks + ".");
    require(alpha > 0 && alpha < 1, "--alpha must be between 0 and 1, not " + alpha + ".");
    require(
        maxPopulationFraction > 0 && maxPopulationFraction <= 1,
        "--max-population-fraction must be above 0 and at most 1 (SaTScan's default is 0.5), not "
            + maxPopulationFraction
            + ".");
    require(
        maxRadiusKm == null || maxRadiusKm > 0,
        "--max-radius-km must be positive, not " + maxRadiusKm + ".");
    require(
        !(retrospective && statistic == Statistic.POISSON),
        "The Poisson scan compares the last --max-weeks with the"
            + " weeks before them: drop --retrospective or use --statistic permutation.");
  }

  private static void require(boolean ok, String sentence) {
    if (!ok) {
      throw new MedmineUserException(sentence);
    }
  }

  /**
   * The demo's scan: respiratory illness per ZIP3 area and week in the warehouse, the permutation
   * scan over every window of the study period (the demo's population is history), SaTScan's
   * defaults otherwise.
   */
  public static SpaceTimeScanOptions demo() {
    SyndromeQuery zip3 =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            Granularity.WEEK,
            org.medmine.cohort.Region.ZIP3,
            null,
            null,
            null);
    return new SpaceTimeScanOptions(
        null,
        zip3,
        Statistic.PERMUTATION,
        DEFAULT_REPLICATES,
        42,
        null,
        0.5,
        DEFAULT_MAX_WEEKS,
        0.05,
        true);
  }
}
