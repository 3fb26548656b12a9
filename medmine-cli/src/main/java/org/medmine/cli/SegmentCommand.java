package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.apps.segments.SegmentProfile;
import org.medmine.apps.segments.Segmentation;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.SegmentSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine segment}: patient segments and what sets each apart. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Segments patients by age, sex, race, ethnicity, common disorders, utilization, cost and key labs: k-means++"
          + " on standardized features with k chosen by silhouette (kmeans), DBSCAN (dbscan), k-medoids on Gower's"
          + " distance for mixed data (kmedoids, also called gower), or HDBSCAN* on Gower's distance (hdbscan)."
          + " Each segment is profiled: size, mean age, share female, encounters and cost per year, the disorders"
          + " and the sex, race and ethnicity categories over-represented in it (share vs population). DBSCAN"
          + " and HDBSCAN label patients in no dense group noise (segment -1).",
      "JSON (--format json): {parameters, patients, features, method, k, silhouette, noise, segments: [{segment,"
          + " size, meanAge, femaleShare, encountersPerYear, costPerYear, distinctive: [{code, display,"
          + " prevalence, overall, ratio}], demographics: [{feature, category, share, overall, ratio}],"
          + " distinctiveDemographics: [...]}], assignments: {patient: segment}}."
    })
final class SegmentCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--method", defaultValue = "kmeans", paramLabel = "M", description = "kmeans, kmedoids (gower), dbscan or hdbscan. Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--k-min", defaultValue = "2", paramLabel = "K", description = "Smallest k tried. Default: ${DEFAULT-VALUE}.")
  int kMin;

  @Option(names = "--k-max", defaultValue = "6", paramLabel = "K", description = "Largest k tried. Default: ${DEFAULT-VALUE}.")
  int kMax;

  @Option(names = "--min-pts", defaultValue = "4", paramLabel = "N", description = "DBSCAN's minimum neighbourhood; HDBSCAN's core-distance neighbour. Default: ${DEFAULT-VALUE}.")
  int minPts;

  @Option(names = "--min-cluster-size", defaultValue = "0", paramLabel = "N",
      description = "HDBSCAN's smallest segment. Default: 1%% of the patients, at least 5.")
  int minClusterSize;

  @Option(names = "--eps", paramLabel = "R", description = "DBSCAN's radius (standardized units). Default: the 0.9 quantile of the k-distance curve.")
  Double eps;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of k-means++ and k-medoids. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with the segment profile cards.")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Segmentation.Options options = new Segmentation.Options(
        Segmentation.Method.parse(method), kMin, kMax, minPts, eps == null ? Double.NaN : eps, minClusterSize, 0.1, seed);
    Segmentation.Result result;
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      result = Segmentation.run(w.connection(), options);
    }
    if (report != null) {
      HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(SegmentSections.of(result)).write(report);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(json(result, warehouse.file)));
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%s: %d segments of %d patients, silhouette %.3f%s%n", result.clustering().method(),
        result.clustering().k(), result.matrix().patientIds().size(), result.clustering().silhouette(),
        result.clustering().noise() > 0 ? ", " + result.clustering().noise() + " patients noise" : "");
    for (SegmentProfile p : result.profiles()) {
      out.printf(Locale.ROOT, "%s: %d patients, mean age %.0f, %.0f%% female, %.1f encounters/yr, $%,.0f/yr%n",
          p.segment() < 0 ? "noise" : "segment " + (p.segment() + 1), p.size(), p.meanAge(), p.femaleShare() * 100,
          p.encountersPerYear(), p.costPerYear());
      for (SegmentProfile.Distinctive d : p.distinctive()) {
        out.printf(Locale.ROOT, "    %-50s %4.0f%% vs %4.0f%% (x%.1f)%n", RulesCommand.clip(d.display(), 50), d.prevalence() * 100, d.overall() * 100, d.ratio());
      }
      for (SegmentProfile.CategoryShare d : p.distinctiveDemographics()) {
        out.printf(Locale.ROOT, "    %-50s %4.0f%% vs %4.0f%% (x%.1f)%n", d.feature() + ": " + d.category(), d.share() * 100, d.overall() * 100, d.ratio());
      }
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> json(Segmentation.Result r, Path warehouse) {
    Map<String, Object> m = new LinkedHashMap<>();
    Segmentation.Options o = r.options();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("warehouse", warehouse.toString());
    params.put("method", o.method().name().toLowerCase(Locale.ROOT));
    params.put("kMin", o.kMin());
    params.put("kMax", o.kMax());
    params.put("minPts", o.minPts());
    params.put("eps", Double.isNaN(o.eps()) ? null : o.eps());
    params.put("minClusterSize", o.method() == Segmentation.Method.HDBSCAN ? o.minClusterSize(r.matrix().patientIds().size()) : null);
    params.put("seed", o.seed());
    m.put("parameters", params);
    m.put("patients", r.matrix().patientIds().size());
    m.put("features", r.matrix().columns());
    m.put("method", r.clustering().method());
    m.put("k", r.clustering().k());
    m.put("silhouette", Double.isNaN(r.clustering().silhouette()) ? null : r.clustering().silhouette());
    m.put("noise", r.clustering().noise());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (SegmentProfile p : r.profiles()) {
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
    for (int i = 0; i < r.clustering().labels().length; i++) {
      assignments.put(r.matrix().patientIds().get(i), r.clustering().labels()[i]);
    }
    m.put("assignments", assignments);
    return m;
  }
}
