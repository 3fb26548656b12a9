package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineVersion;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ResultRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine scan}: space-time clusters of a syndrome's weekly cases across ZIP3 areas or counties. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds space-time clusters: circles of nearby regions (ZIP3 areas or counties, bundled centroids) whose cases over"
          + " a few weeks exceed what is expected, by Kulldorff's space-time permutation scan (cases only) or the"
          + " expectation-based Poisson scan (the last weeks against a baseline of the 52 before), with seeded Monte Carlo"
          + " p-values. Counts come from the warehouse (patients with a syndrome's codes per week and region) or from"
          + " --series FILE.csv (week as YYYY-Www, region, count, optional population).",
      "Prints the most likely cluster and every significant one (regions, centre, radius, weeks, observed, expected,"
          + " relative risk, log-likelihood ratio, p-value); --format json gives the same for scripts; --out writes the"
          + " significant clusters as CSV or JSON; --html a page with a map of the regions and the clusters' circles."
    })
final class ScanCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--series", paramLabel = "FILE.csv", description = "Weekly counts per region instead of the warehouse.")
  Path series;

  @Option(names = "--statistic", defaultValue = "permutation", paramLabel = "permutation|poisson",
      description = "The scan statistic. Default: ${DEFAULT-VALUE}.")
  String statistic;

  @Option(names = "--region", defaultValue = "zip3", paramLabel = "zip3|county",
      description = "The regions: ZIP3 areas or counties (FIPS codes, or county names found in one state only). Default: ${DEFAULT-VALUE}.")
  String region;

  @Option(names = "--codes", split = ",", paramLabel = "CODE", description = "The syndrome's codes (default: acute respiratory illness, SNOMED CT).")
  List<String> codes;

  @Option(names = "--syndrome", defaultValue = "respiratory", paramLabel = "NAME", description = "A name for the syndrome. Default: ${DEFAULT-VALUE}.")
  String syndrome;

  @Option(names = "--age-band", paramLabel = "BAND", description = "Only ages in BAND, e.g. 18-44 or 65+.")
  String ageBand;

  @Option(names = "--from", paramLabel = "DATE", description = "First day counted (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day counted (YYYY-MM-DD); the scan looks back from its week.")
  LocalDate to;

  @Option(names = "--max-weeks", defaultValue = "4", paramLabel = "N", description = "The longest time window, in weeks. Default: ${DEFAULT-VALUE}.")
  int maxWeeks;

  @Option(names = "--max-radius-km", paramLabel = "KM", description = "The largest radius of a cluster's circle (default: no limit).")
  Double maxRadiusKm;

  @Option(names = "--max-population-fraction", defaultValue = "0.5", paramLabel = "F",
      description = "The largest share of the population at risk (the permutation scan: of the cases) a cluster may hold,"
          + " as SaTScan's maximum spatial cluster size. Default: ${DEFAULT-VALUE}.")
  double maxPopulationFraction;

  @Option(names = "--retrospective", description = "Scan every window of the study period, not only those ending at its last week (permutation scan only).")
  boolean retrospective;

  @Option(names = "--replicates", defaultValue = "999", paramLabel = "N", description = "Monte Carlo replicates. Default: ${DEFAULT-VALUE}.")
  int replicates;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the replicates. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P", description = "Report clusters with a p-value at most P. Default: ${DEFAULT-VALUE}.")
  double alpha;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the significant clusters to FILE (.csv or .json).")
  Path out;

  @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML page: the map of the regions with the clusters, and their table.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SyndromeQuery query = new SyndromeQuery(syndrome, codes != null ? codes : SyndromeQuery.RESPIRATORY,
        SyndromeQuery.granularity("week"), SpaceTimeScanOptions.region(region), ageBand, from, to);
    SpaceTimeScanOptions options = new SpaceTimeScanOptions(series, query, SpaceTimeScanOptions.Statistic.parse(statistic),
        replicates, seed, maxRadiusKm, maxPopulationFraction, maxWeeks, alpha, retrospective);
    SpaceTimeScanResult result;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      result = context.run(new SpaceTimeScanApp(), options);
    }
    if (html != null) {
      HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(result.toSections()).write(html);
    }
    if (out != null) {
      ResultRows.write(out, result.rows());
    }
    output.print(spec, result);
    if (out != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + result.rows().size() + " clusters to " + out);
    }
    return ExitCodes.OK;
  }
}
