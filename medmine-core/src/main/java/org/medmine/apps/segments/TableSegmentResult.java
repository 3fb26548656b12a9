package org.medmine.apps.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.mining.cluster.Clustering;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * What {@link TableSegmentApp} found: the segments of a table's rows, the columns used and left
 * out, each segment's profile, and the run's provenance.
 *
 * @param options the table and the method
 * @param features the columns used and left out, and the matrix
 * @param clustering the clustering
 * @param profiles each segment's profile, noise last
 * @param provenance the run's provenance (the file and its SHA-256)
 */
public record TableSegmentResult(
    TableSegmentOptions options,
    TableSegments.Features features,
    Clustering clustering,
    List<TableSegmentProfile> profiles,
    RunProvenance provenance)
    implements AppResult {

  /**
   * {@code {parameters, rows, features: [{column, type}], leftOut: [{column, why}], method, k,
   * silhouette, noise, segments: [{segment, size, means: [{column, mean, overall, difference}],
   * distinctiveMeans, distinctiveCategories: [{feature, category, share, overall, ratio}]}],
   * assignments: {line: segment}, run}}.
   */
  @Override
  public Map<String, Object> toJson() {
    Segmentation.Options o = options.segmentation();
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("data", options.data().toString());
    parameters.put("method", o.method().name().toLowerCase(Locale.ROOT));
    parameters.put("kMin", o.kMin());
    parameters.put("kMax", o.kMax());
    parameters.put("minPts", o.minPts());
    parameters.put("eps", Double.isNaN(o.eps()) ? null : o.eps());
    parameters.put("seed", o.seed());
    m.put("parameters", parameters);
    m.put("rows", features.matrix().patientIds().size());
    List<Map<String, Object>> columns = new ArrayList<>();
    for (ColumnProfile c : features.columns()) {
      columns.add(Map.of("column", c.name(), "type", c.kind().label()));
    }
    m.put("features", columns);
    m.put("leftOut", features.leftOut());
    m.put("method", clustering.method());
    m.put("k", clustering.k());
    m.put("silhouette", Double.isNaN(clustering.silhouette()) ? null : clustering.silhouette());
    m.put("noise", clustering.noise());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (TableSegmentProfile p : profiles) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("segment", p.segment());
      s.put("size", p.size());
      s.put("means", p.means());
      s.put("distinctiveMeans", p.distinctiveMeans());
      s.put("distinctiveCategories", p.distinctiveCategories());
      segments.add(s);
    }
    m.put("segments", segments);
    Map<String, Integer> assignments = new LinkedHashMap<>();
    for (int i = 0; i < clustering.labels().length; i++) {
      assignments.put(features.matrix().patientIds().get(i), clustering.labels()[i]);
    }
    m.put("assignments", assignments);
    m.put("run", provenance);
    return m;
  }

  /** The method and its quality, then each segment with what sets it apart. */
  @Override
  public String toText() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %d segments of %d rows of %s, silhouette %.3f%s%n",
                clustering.method(),
                clustering.k(),
                features.matrix().patientIds().size(),
                options.data(),
                clustering.silhouette(),
                clustering.noise() > 0 ? ", " + clustering.noise() + " rows noise" : ""));
    for (TableSegments.LeftOut l : features.leftOut()) {
      b.append("left out: ").append(l.column()).append(" (").append(l.why()).append(")\n");
    }
    for (TableSegmentProfile p : profiles) {
      b.append(segmentLines(p));
    }
    return b.toString();
  }

  /** A segment's heading and what sets it apart, one line each. */
  private static String segmentLines(TableSegmentProfile p) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d rows%n",
            p.segment() < 0 ? "noise" : "segment " + (p.segment() + 1),
            p.size()));
    for (TableSegmentProfile.ColumnMean c : p.distinctiveMeans()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %-40s mean %.4g vs %.4g (%+.2f sd)%n",
              c.column(),
              c.mean(),
              c.overall(),
              c.difference()));
    }
    for (SegmentProfile.CategoryShare c : p.distinctiveCategories()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %-40s %4.0f%% vs %4.0f%% (x%.1f)%n",
              c.feature() + "=" + c.category(),
              c.share() * 100,
              c.overall() * 100,
              c.ratio()));
    }
    return b.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        Html.paragraph(
            String.format(
                Locale.ROOT,
                "%,d rows of %s, %d columns. Method: %s. %d segments; mean silhouette %.3f.",
                features.matrix().patientIds().size(),
                options.data(),
                features.columns().size(),
                clustering.method(),
                clustering.k(),
                clustering.silhouette())));
    for (TableSegmentProfile p : profiles) {
      sb.append("<pre>").append(Html.escape(segmentLines(p))).append("</pre>\n");
    }
    return List.of(ReportSection.of("table-segments", "Segments of the table", sb.toString()));
  }
}
