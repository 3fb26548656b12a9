package org.medmine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.apps.segments.SegmentApp;
import org.medmine.apps.segments.SegmentResult;
import org.medmine.apps.segments.Segmentation;
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
          + " distinctiveDemographics: [...]}], assignments: {patient: segment}, run}."
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
    SegmentResult result = Contexts.run(spec, warehouse.file, new SegmentApp(), options);
    if (report != null) {
      Contexts.page(result).write(report);
    }
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
