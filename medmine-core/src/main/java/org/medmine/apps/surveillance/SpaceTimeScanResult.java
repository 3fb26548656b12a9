package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.spatial.Region;
import org.medmine.mining.spatial.ScanResult;
import org.medmine.mining.spatial.SpaceTimeCluster;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;
import org.medmine.report.TextTable;

/**
 * What {@link SpaceTimeScanApp} found: the most likely space-time cluster and every significant one
 * (the first the primary cluster, the others secondary clusters that overlap no more likely one in
 * space), each with its regions, centre and radius, weeks, observed and expected cases, relative
 * risk, log-likelihood ratio and Monte Carlo p-value; the regions scanned and those left out; and
 * the run's provenance.
 *
 * @param source the series file or the warehouse the counts came from
 * @param statistic permutation or poisson
 * @param regions the regions scanned, in row order
 * @param regionCases each region's cases over the study period
 * @param weeks the ISO week labels of the study period, in column order
 * @param scan the scan's clusters and settings
 * @param skipped regions left out (no centroid) with their cases
 * @param provenance where the result came from
 */
public record SpaceTimeScanResult(
    String source,
    String statistic,
    List<Region> regions,
    List<Double> regionCases,
    List<String> weeks,
    ScanResult scan,
    List<String> skipped,
    RunProvenance provenance)
    implements AppResult {

  static SpaceTimeScanResult of(
      String source, String statistic, ScanGrid grid, ScanResult scan, RunProvenance provenance) {
    List<Double> cases = new ArrayList<>();
    for (double[] row : grid.cases()) {
      double sum = 0;
      for (double v : row) {
        sum += v;
      }
      cases.add(sum);
    }
    List<String> weeks = IntStream.range(0, grid.weeks()).mapToObj(grid::label).toList();
    return new SpaceTimeScanResult(
        source,
        statistic,
        grid.regions(),
        List.copyOf(cases),
        weeks,
        scan,
        grid.skipped(),
        provenance);
  }

  /** The significant clusters, most likely first: one row each (the {@code --out} file). */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < scan.significant().size(); k++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("rank", k + 1);
      r.put("kind", k == 0 ? "primary" : "secondary");
      r.putAll(cluster(scan.significant().get(k)));
      r.put("regions", String.join(" ", scan.significant().get(k).regions()));
      rows.add(r);
    }
    return rows;
  }

  /**
   * A cluster as JSON: centre and its coordinates, radius, regions, weeks, counts, relative risk,
   * LLR, p-value.
   */
  Map<String, Object> cluster(SpaceTimeCluster c) {
    Region centre =
        regions.stream().filter(r -> r.id().equals(c.centre())).findFirst().orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("centre", c.centre());
    m.put("latitude", centre.latitude());
    m.put("longitude", centre.longitude());
    m.put("radiusKm", ResultRows.number(c.radiusKm()));
    m.put("regions", c.regions());
    m.put("firstWeek", weeks.get(c.firstPeriod()));
    m.put("lastWeek", weeks.get(c.lastPeriod()));
    m.put("observed", ResultRows.number(c.observed()));
    m.put("expected", ResultRows.number(c.expected()));
    m.put("relativeRisk", ResultRows.number(c.relativeRisk()));
    m.put("logLikelihoodRatio", ResultRows.number(c.logLikelihoodRatio()));
    m.put("pValue", ResultRows.number(c.pValue()));
    return m;
  }

  /**
   * The source, the study's extent, the most likely cluster, the significant ones, the regions left
   * out, the run.
   */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("source", source);
    doc.put("statistic", statistic);
    doc.put("method", scan.method());
    doc.put("regions", regions.stream().map(Region::id).toList());
    doc.put("firstWeek", weeks.get(0));
    doc.put("lastWeek", weeks.get(weeks.size() - 1));
    doc.put("weeks", weeks.size());
    doc.put("mostLikely", scan.mostLikely() == null ? null : cluster(scan.mostLikely()));
    List<Map<String, Object>> clusters = new ArrayList<>();
    for (int k = 0; k < scan.significant().size(); k++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("rank", k + 1);
      c.put("kind", k == 0 ? "primary" : "secondary");
      c.putAll(cluster(scan.significant().get(k)));
      clusters.add(c);
    }
    doc.put("clusters", clusters);
    doc.put("skipped", skipped);
    doc.put("run", provenance);
    return doc;
  }

  /**
   * What was scanned, the most likely cluster, a table of the significant ones, the regions left
   * out.
   */
  @Override
  public String toText() {
    StringBuilder b = new StringBuilder(summary()).append('\n');
    SpaceTimeCluster best = scan.mostLikely();
    b.append(
        best == null
            ? "No cylinder holds more cases than expected.\n"
            : "Most likely cluster: " + describe(best) + "\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Significant clusters (p <= %s): %d%n",
            scan.options().alpha(),
            scan.significant().size()));
    if (!scan.significant().isEmpty()) {
      TextTable t =
          new TextTable(
              "rank>",
              "centre",
              "radius km>",
              "weeks",
              "observed>",
              "expected>",
              "RR>",
              "LLR>",
              "p>",
              "regions");
      for (Map<String, Object> r : rows()) {
        t.row(
            r.get("rank"),
            r.get("centre"),
            decimal(r.get("radiusKm"), 1),
            r.get("firstWeek") + ".." + r.get("lastWeek"),
            decimal(r.get("observed"), 0),
            decimal(r.get("expected"), 2),
            decimal(r.get("relativeRisk"), 2),
            decimal(r.get("logLikelihoodRatio"), 2),
            decimal(r.get("pValue"), 3),
            r.get("regions"));
      }
      b.append(t.render(2));
    }
    skipped.forEach(s -> b.append("  left out: ").append(s).append('\n'));
    return b.toString();
  }

  /** One line: the statistic, the regions and weeks scanned, the replicates, the clusters found. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%s of %d regions over %d weeks (%s to %s), %d replicates, seed %d: %d significant"
            + " cluster(s)",
        scan.method(),
        regions.size(),
        weeks.size(),
        weeks.get(0),
        weeks.get(weeks.size() - 1),
        scan.options().replicates(),
        scan.options().seed(),
        scan.significant().size());
  }

  String describe(SpaceTimeCluster c) {
    return String.format(
        Locale.ROOT,
        "%d region(s) around %s (radius %.1f km), %s to %s: observed %.0f, expected %.2f,"
            + " relative risk %.2f, log-likelihood ratio %.2f, p = %.3f",
        c.regions().size(),
        c.centre(),
        c.radiusKm(),
        weeks.get(c.firstPeriod()),
        weeks.get(c.lastPeriod()),
        c.observed(),
        c.expected(),
        c.relativeRisk(),
        c.logLikelihoodRatio(),
        c.pValue());
  }

  private static String decimal(Object v, int places) {
    return v == null ? "-" : String.format(Locale.ROOT, "%." + places + "f", (Double) v);
  }

  /**
   * The map of the report section as a standalone SVG document: the regions' centroids sized by
   * their cases, and one circle (class {@code cluster}) per significant cluster, in rank order. The
   * server's {@code /api/v1/scan/map} answers it.
   */
  public String mapSvg() {
    return SpaceTimeScanSections.map(this, scan.significant()).svg();
  }

  /**
   * One section: the map of the regions with the clusters' circles, and the table of the clusters.
   */
  @Override
  public List<ReportSection> toSections() {
    return List.of(
        ReportSection.of(
            "space-time-clusters",
            "Space-time clusters (" + statistic + " scan)",
            SpaceTimeScanSections.html(this)));
  }
}
