package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.mining.spatial.Region;
import org.medmine.mining.spatial.SpaceTimeCluster;
import org.medmine.report.Html;
import org.medmine.report.RegionMap;

/**
 * The report section of a space-time scan: a map of the regions with the significant clusters'
 * circles, and a table.
 */
final class SpaceTimeScanSections {
  private SpaceTimeScanSections() {}

  static String html(SpaceTimeScanResult result) {
    List<SpaceTimeCluster> shown = result.scan().significant();
    StringBuilder html = new StringBuilder(result.mapSvg());
    html.append(
        Html.paragraph(
            result.summary()
                + ". Dots are the regions' centroids, sized by their cases over the study"
                + " period; circles are the significant clusters (SaTScan's circles: the centre and its nearest regions)."));
    if (shown.isEmpty()) {
      SpaceTimeCluster best = result.scan().mostLikely();
      html.append(
          Html.paragraph(
              best == null
                  ? "No cylinder holds more cases than expected."
                  : "No significant cluster; the most likely one: " + result.describe(best) + "."));
    } else {
      html.append(table(result));
    }
    if (!result.skipped().isEmpty()) {
      html.append(
          Html.paragraph("Left out (no centroid): " + String.join("; ", result.skipped()) + "."));
    }
    return html.toString();
  }

  /** The regions' centroids sized by their cases, and the circles of the {@code shown} clusters. */
  static RegionMap map(SpaceTimeScanResult result, List<SpaceTimeCluster> shown) {
    RegionMap map = RegionMap.of("Space-time clusters: " + result.scan().method());
    for (int z = 0; z < result.regions().size(); z++) {
      Region r = result.regions().get(z);
      map.point(r.id(), r.latitude(), r.longitude(), result.regionCases().get(z));
    }
    for (int k = 0; k < shown.size(); k++) {
      SpaceTimeCluster c = shown.get(k);
      Region centre =
          result.regions().stream()
              .filter(r -> r.id().equals(c.centre()))
              .findFirst()
              .orElseThrow();
      map.circle(
          "cluster "
              + (k + 1)
              + ": "
              + result.weeks().get(c.firstPeriod())
              + ".."
              + result.weeks().get(c.lastPeriod()),
          centre.latitude(),
          centre.longitude(),
          c.radiusKm());
    }
    return map;
  }

  /** The significant clusters, one row each. */
  private static String table(SpaceTimeScanResult result) {
    List<String> keys =
        List.of(
            "rank",
            "kind",
            "centre",
            "radiusKm",
            "firstWeek",
            "lastWeek",
            "observed",
            "expected",
            "relativeRisk",
            "logLikelihoodRatio",
            "pValue",
            "regions");
    List<List<?>> rows = new ArrayList<>();
    for (Map<String, Object> r : result.rows()) {
      rows.add(keys.stream().map(r::get).toList());
    }
    return Html.table(
        List.of(
            "rank",
            "kind",
            "centre",
            "radius km",
            "first week",
            "last week",
            "observed",
            "expected",
            "relative risk",
            "LLR",
            "p-value",
            "regions"),
        rows);
  }
}
