package org.medmine.apps.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.cluster.Clustering;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * What {@link SegmentApp} found: the segmentation ({@link Segmentation.Result}: features,
 * clustering, profiles), the warehouse it came from and the run's provenance.
 *
 * @param segmentation the segmentation and its parameters
 * @param warehouse the warehouse, as given
 * @param provenance the run's provenance
 */
public record SegmentResult(
    Segmentation.Result segmentation, String warehouse, RunProvenance provenance)
    implements AppResult {

  /**
   * {@code {parameters, patients, features, method, k, silhouette, noise, segments: [{segment,
   * size, meanAge, femaleShare, encountersPerYear, costPerYear, distinctive, demographics,
   * distinctiveDemographics}], assignments: {patient: segment}, run}}.
   */
  @Override
  public Map<String, Object> toJson() {
    Clustering c = segmentation.clustering();
    PatientMatrix matrix = segmentation.matrix();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameters", parameters());
    m.put("patients", matrix.patientIds().size());
    m.put("features", matrix.columns());
    m.put("method", c.method());
    m.put("k", c.k());
    m.put("silhouette", Double.isNaN(c.silhouette()) ? null : c.silhouette());
    m.put("noise", c.noise());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (SegmentProfile p : segmentation.profiles()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("segment", p.segment());
      s.put("size", p.size());
      s.put("meanAge", p.meanAge());
      s.put("femaleShare", p.femaleShare());
      s.put("encountersPerYear", p.encountersPerYear());
      s.put("costPerYear", p.costPerYear());
      s.put("distinctive", p.distinctive());
      s.put("demographics", p.demographics());
      s.put("distinctiveDemographics", p.distinctiveDemographics());
      segments.add(s);
    }
    m.put("segments", segments);
    Map<String, Integer> assignments = new LinkedHashMap<>();
    for (int i = 0; i < c.labels().length; i++) {
      assignments.put(matrix.patientIds().get(i), c.labels()[i]);
    }
    m.put("assignments", assignments);
    m.put("run", provenance);
    return m;
  }

  private Map<String, Object> parameters() {
    Segmentation.Options o = segmentation.options();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("warehouse", warehouse);
    params.put("method", o.method().name().toLowerCase(Locale.ROOT));
    params.put("kMin", o.kMin());
    params.put("kMax", o.kMax());
    params.put("minPts", o.minPts());
    params.put("eps", Double.isNaN(o.eps()) ? null : o.eps());
    params.put(
        "minClusterSize",
        o.method() == Segmentation.Method.HDBSCAN
            ? o.minClusterSize(segmentation.matrix().patientIds().size())
            : null);
    params.put("seed", o.seed());
    return params;
  }

  /** The method and its quality, then each segment's profile with what sets it apart. */
  @Override
  public String toText() {
    Clustering c = segmentation.clustering();
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %d segments of %d patients, silhouette %.3f%s%n",
                c.method(),
                c.k(),
                segmentation.matrix().patientIds().size(),
                c.silhouette(),
                c.noise() > 0 ? ", " + c.noise() + " patients noise" : ""));
    for (SegmentProfile p : segmentation.profiles()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s: %d patients, mean age %.0f, %.0f%% female, %.1f encounters/yr, $%,.0f/yr%n",
              p.segment() < 0 ? "noise" : "segment " + (p.segment() + 1),
              p.size(),
              p.meanAge(),
              p.femaleShare() * 100,
              p.encountersPerYear(),
              p.costPerYear()));
      for (SegmentProfile.Distinctive d : p.distinctive()) {
        b.append(
            String.format(
                Locale.ROOT,
                "    %-50s %4.0f%% vs %4.0f%% (x%.1f)%n",
                TextTable.clip(d.display(), 50),
                d.prevalence() * 100,
                d.overall() * 100,
                d.ratio()));
      }
      for (SegmentProfile.CategoryShare d : p.distinctiveDemographics()) {
        b.append(
            String.format(
                Locale.ROOT,
                "    %-50s %4.0f%% vs %4.0f%% (x%.1f)%n",
                d.feature() + ": " + d.category(),
                d.share() * 100,
                d.overall() * 100,
                d.ratio()));
      }
    }
    return b.toString();
  }

  /**
   * A few lines for a run among others (the demo): the segments and each one's most distinctive
   * disorder.
   */
  public String summary() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  patient segments: %d (silhouette %.2f)%n",
                segmentation.clustering().k(),
                segmentation.clustering().silhouette()));
    for (SegmentProfile p : segmentation.profiles()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    segment %d: %d patients, mean age %.0f%s%n",
              p.segment() + 1,
              p.size(),
              p.meanAge(),
              p.distinctive().isEmpty()
                  ? ""
                  : ", "
                      + p.distinctive().get(0).display()
                      + " x"
                      + String.format(Locale.ROOT, "%.1f", p.distinctive().get(0).ratio())));
    }
    return b.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(SegmentSections.of(segmentation));
  }
}
