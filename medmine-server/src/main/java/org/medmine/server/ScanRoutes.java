package org.medmine.server;

import java.util.List;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SyndromeQuery;

/**
 * The routes of the space-time scan ({@code medmine scan} on the warehouse's counts, never a series
 * file): {@code /scan} answers the app's JSON document and {@code /scan/map} the map of its report
 * section as SVG (the regions' centroids and the significant clusters' circles, Kulldorff 2005's
 * space-time permutation scan or Neill et al. 2005's expectation-based Poisson scan). Both take the
 * command's options in camel case with its defaults, and the role rules of {@code /surveillance}
 * (counts per region, no list of people).
 */
final class ScanRoutes {
  /** The query parameters of both routes, in the command's order. */
  static final List<String> PARAMS =
      List.of(
          "statistic",
          "region",
          "codes",
          "syndrome",
          "ageBand",
          "from",
          "to",
          "maxWeeks",
          "maxRadiusKm",
          "maxPopulationFraction",
          "retrospective",
          "replicates",
          "seed",
          "alpha");

  private ScanRoutes() {}

  /** {@code /scan} and {@code /scan/map}. */
  static List<ApiRoute> all(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/scan",
            "Space-time clusters of a syndrome's weekly cases across regions (medmine scan)",
            PARAMS,
            false,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/scan", false, new SpaceTimeScanApp(), options(q))),
        new ApiRoute(
            "/scan/map",
            "The map of the space-time clusters as SVG (medmine scan's report section)",
            PARAMS,
            false,
            (caller, q, path) ->
                runner.run(
                    caller,
                    "GET /api/v1/scan/map",
                    false,
                    new SpaceTimeScanApp(),
                    options(q),
                    (SpaceTimeScanResult result) -> new SvgImage(result.mapSvg()))));
  }

  /** The scan's options from the query, with {@code medmine scan}'s defaults. */
  static SpaceTimeScanOptions options(QueryParams q) {
    SyndromeQuery query =
        new SyndromeQuery(
            q.text("syndrome", "respiratory"),
            q.list("codes", SyndromeQuery.RESPIRATORY),
            SyndromeQuery.granularity("week"),
            SpaceTimeScanOptions.region(q.text("region", "zip3")),
            q.text("ageBand", null),
            q.date("from"),
            q.date("to"));
    return new SpaceTimeScanOptions(
        null,
        query,
        SpaceTimeScanOptions.Statistic.parse(q.text("statistic", "permutation")),
        q.whole("replicates", SpaceTimeScanOptions.DEFAULT_REPLICATES),
        q.wholeLong("seed", 42),
        q.text("maxRadiusKm", null) == null ? null : q.number("maxRadiusKm", 0),
        q.number("maxPopulationFraction", 0.5),
        q.whole("maxWeeks", SpaceTimeScanOptions.DEFAULT_MAX_WEEKS),
        q.number("alpha", 0.05),
        q.flag("retrospective", false));
  }
}
