package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
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
    RegionMap map = RegionMap.of("Space-time clusters: " + result.scan().method());
    for (int z = 0; z < result.regions().size(); z++) {
      Region r = result.regions().get(z);
      map.point(r.id(), r.latitude(), r.longitude(), result.regionCases().get(z));
    }
    List<SpaceTimeCluster> shown = result.scan().significant();
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
    StringBuilder html = new StringBuilder(map.svg());
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
      List<List<?>> rows = new ArrayList<>();
      for (Map<String, Object> r : result.rows()) {
        rows.add(
            Arrays.asList(
                r.get("rank"),
                r.get("kind"),
                r.get("centre"),
                r.get("radiusKm"),
                r.get("firstWeek"),
                r.get("lastWeek"),
                r.get("observed"),
                r.get("expected"),
                r.get("relativeRisk"),
                r.get("logLikelihoodRatio"),
                r.get("pValue"),
                r.get("regions")));
      }
      html.append(
          Html.table(
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
              rows));
    }
    if (!result.skipped().isEmpty()) {
      html.append(
          Html.paragraph("Left out (no centroid): " + String.join("; ", result.skipped()) + "."));
    }
    return html.toString();
  }
}
