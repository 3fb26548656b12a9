package org.medmine.apps.surveillance;

import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.mining.spatial.ExpectationBasedPoissonScan;
import org.medmine.mining.spatial.ScanOptions;
import org.medmine.mining.spatial.ScanResult;
import org.medmine.mining.spatial.SpaceTimePermutationScan;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;

/**
 * {@code scan}: space-time clusters of a syndrome's weekly cases across regions, by Kulldorff's
 * space-time permutation scan or the expectation-based Poisson scan ({@code
 * org.medmine.mining.spatial}) over the bundled ZIP3 or county centroids. The counts come from the
 * warehouse ({@link SyndromeSeries}, the same count as {@code surveil}'s, through the context's
 * consent-filtered connection) or from a CSV file (week, region, count, optional population).
 *
 * <p>The Poisson scan's baseline of a region and week is its population times the region's rate
 * over the {@value #BASELINE_WEEKS} weeks before the scanned ones when every region has a
 * population, else the region's mean count over those weeks (Neill et al. 2005's moving average).
 */
public final class SpaceTimeScanApp implements App<SpaceTimeScanOptions, SpaceTimeScanResult> {
  /** Weeks of history behind the Poisson scan's baseline, at most. */
  static final int BASELINE_WEEKS = 52;

  /** Weeks of history the Poisson scan needs at least. */
  static final int LEAST_BASELINE_WEEKS = 4;

  @Override
  public String name() {
    return "scan";
  }

  @Override
  public SpaceTimeScanResult run(AnalysisContext context, SpaceTimeScanOptions options) {
    boolean file = options.series() != null;
    String source = file ? options.series().toString() : context.warehouse().toString();
    List<CountSeries> series =
        file
            ? SeriesCsv.read(options.series())
            : SyndromeSeries.query(context.connection(), options.query());
    ScanGrid grid = ScanGrid.of(series, options.query().region(), source);
    ScanOptions scanOptions =
        new ScanOptions(
            grid.regions().size(),
            options.maxWeeks(),
            !options.retrospective(),
            options.replicates(),
            options.seed(),
            options.alpha(),
            options.maxRadiusKm() == null ? Double.POSITIVE_INFINITY : options.maxRadiusKm(),
            options.maxPopulationFraction());
    ScanResult scan =
        options.statistic() == SpaceTimeScanOptions.Statistic.PERMUTATION
            ? SpaceTimePermutationScan.scan(grid.regions(), grid.cases(), scanOptions)
            : ExpectationBasedPoissonScan.scan(
                grid.regions(), grid.cases(), baselines(grid, options.maxWeeks()), scanOptions);
    RunProvenance provenance =
        file
            ? context.provenanceOfFile(name(), options, options.seed(), options.series())
            : context.provenance(name(), options, options.seed());
    return SpaceTimeScanResult.of(source, options.statistic().toString(), grid, scan, provenance);
  }

  /**
   * The Poisson scan's baselines: population times the region's recent rate, or the region's recent
   * mean.
   */
  static double[][] baselines(ScanGrid grid, int maxWeeks) {
    int firstScanned = Math.max(0, grid.weeks() - maxWeeks);
    int history = Math.min(BASELINE_WEEKS, firstScanned);
    if (history < LEAST_BASELINE_WEEKS) {
      throw new MedmineUserException(
          "The Poisson scan needs at least "
              + LEAST_BASELINE_WEEKS
              + " weeks before the last "
              + maxWeeks
              + " for its baseline, and the counts hold "
              + grid.weeks()
              + ": give a longer series or fewer --max-weeks.");
    }
    double[][] mean =
        ExpectationBasedPoissonScan.movingAverageBaselines(grid.cases(), firstScanned, history);
    if (grid.population() == null) {
      return mean;
    }
    double[][] b = new double[grid.cases().length][];
    for (int z = 0; z < b.length; z++) {
      double cases = 0;
      double personWeeks = 0;
      for (int t = firstScanned - history; t < firstScanned; t++) {
        cases += grid.cases()[z][t];
        personWeeks += grid.population()[z][t];
      }
      b[z] = mean[z].clone();
      for (int t = firstScanned; t < b[z].length; t++) {
        b[z][t] = personWeeks > 0 ? grid.population()[z][t] * cases / personWeeks : mean[z][t];
      }
    }
    return b;
  }
}
