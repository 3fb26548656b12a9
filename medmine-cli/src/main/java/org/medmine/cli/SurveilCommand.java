package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.apps.surveillance.SyndromeSeries;
import org.medmine.mining.timeseries.BayesDetector;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.CusumDetector;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.EarsDetector;
import org.medmine.mining.timeseries.EnsembleDetector;
import org.medmine.mining.timeseries.FarringtonFlexibleDetector;
import org.medmine.mining.timeseries.FarringtonOptions;
import org.medmine.mining.timeseries.GlrNegativeBinomialDetector;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.NegativeBinomialRegressionDetector;
import org.medmine.mining.timeseries.OutbreakDetector;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.ingest.Ingestor;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportSection;
import org.medmine.report.TimeSeriesSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine surveil}: outbreak detection on syndrome counts from the warehouse or an external series. */
@Command(
    name = "surveil",
    mixinStandardHelpOptions = true,
    description = {
      "Detects outbreaks in counts over time: EARS C1/C2/C3, CUSUM, Farrington (1996), Farrington flexible"
          + " (Noufaily 2013), Bayes, the negative-binomial GLR CUSUM (glrnb; glr-seasonal), a seasonal negative-binomial"
          + " regression and an ensemble of the last two. Counts come from the warehouse (patients with a syndrome's codes per week or day,"
          + " by region) or from --series FILE.csv (date or week, count, optional region, population).",
      "Prints the current alarms (the last --recent periods); --format json lists every evaluated period with"
          + " its observed, expected, threshold and alarm; --out writes the same as CSV or JSON."
    })
final class SurveilCommand implements Callable<Integer> {
  private static final List<String> FIT_ONCE = List.of("cusum", "glrnb", "glr-seasonal");
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--series", paramLabel = "FILE.csv", description = "An external series instead of the warehouse.")
  Path series;

  @Option(names = "--codes", split = ",", paramLabel = "CODE", description = "The syndrome's codes (default: acute respiratory illness, SNOMED CT).")
  List<String> codes;

  @Option(names = "--syndrome", defaultValue = "respiratory", paramLabel = "NAME", description = "A name for the syndrome. Default: ${DEFAULT-VALUE}.")
  String syndrome;

  @Option(names = "--granularity", defaultValue = "week", paramLabel = "day|week", description = "Period of the warehouse series. Default: ${DEFAULT-VALUE}.")
  String granularity;

  @Option(names = "--region", defaultValue = "none", paramLabel = "LEVEL", description = "Split by none, state, county, city or zip3. Default: ${DEFAULT-VALUE}.")
  String region;

  @Option(names = "--age-band", paramLabel = "BAND", description = "Only ages in BAND, e.g. 18-44 or 65+.")
  String ageBand;

  @Option(names = "--from", paramLabel = "DATE", description = "First day counted (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day counted (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--method", split = ",", defaultValue = "ears-c1,ears-c2,ears-c3,cusum,farrington,noufaily", paramLabel = "M",
      description = "Methods: ears-c1, ears-c2, ears-c3, cusum, farrington, noufaily, bayes, glrnb, glr-seasonal,"
          + " nb-regression, ensemble. Default: ${DEFAULT-VALUE}.")
  List<String> methods;

  @Option(names = "--min-sigma", defaultValue = "" + EarsDetector.SPARSE_MIN_SIGMA, paramLabel = "S",
      description = "Least standard deviation of an EARS baseline, so that after weeks without cases one case does not alarm"
          + " (Burkom's advice for sparse counts; 0 as in R's earsC). Default: ${DEFAULT-VALUE}.")
  double minSigma;

  @Option(names = "--recent", defaultValue = "8", paramLabel = "N", description = "Periods counted as current for the alarm table. Default: ${DEFAULT-VALUE}.")
  int recent;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every evaluated period to FILE (.csv or .json).")
  Path out;

  @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML page: a chart per region with its alarms, and the current alarms.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<CountSeries> all = series != null ? SeriesCsv.read(series) : fromWarehouse();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    HtmlReport page = HtmlReport.empty(ReportOptions.defaults(Ingestor.VERSION));
    for (CountSeries s : all) {
      List<Detection> detections = new ArrayList<>();
      for (String m : methods) {
        OutbreakDetector d = detector(m.strip().toLowerCase(Locale.ROOT), s.granularity(), minSigma);
        if (s.size() <= d.firstEvaluable()) {
          skipped.add(m + " for " + s.region() + " (needs more than " + d.firstEvaluable() + " periods, has " + s.size() + ")");
          continue;
        }
        // CUSUM and the GLR charts fit their in-control model once, to the periods before the first judged one:
        // judge the last year against everything before it.
        int first = FIT_ONCE.contains(m.strip().toLowerCase(Locale.ROOT))
            ? Math.max(d.firstEvaluable(), s.size() - s.granularity().periodsPerYear()) : d.firstEvaluable();
        Detection det = d.detect(s.counts(), first);
        detections.add(det);
        for (Detection.Evaluation e : det.evaluations(s.counts())) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("series", s.name());
          r.put("region", s.region());
          r.put("period", TimeSeriesOutput.period(s, e.index()));
          r.put("method", m);
          r.put("observed", TimeSeriesOutput.num(e.observed()));
          r.put("expected", TimeSeriesOutput.num(e.expected()));
          r.put("threshold", TimeSeriesOutput.num(e.threshold()));
          r.put("alarm", e.alarm());
          r.put("population", s.population() == null ? null : TimeSeriesOutput.num(s.population()[e.index()]));
          r.put("ratePer100k", s.population() == null ? null : TimeSeriesOutput.num(s.rates(100_000)[e.index()]));
          r.put("current", e.index() >= s.size() - recent);
          rows.add(r);
        }
      }
      if (!detections.isEmpty()) {
        String id = ("region-" + s.region().toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]", "-");
        page = page.with(ReportSection.of(id, s.name() + ", region " + s.region(),
            TimeSeriesSections.surveillance(s, detections, 104, recent)));
      }
    }
    if (html != null) {
      page.write(html);
    }
    if (out != null) {
      TimeSeriesOutput.write(out, rows);
    }
    PrintWriter console = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("source", series != null ? series.toString() : warehouse.file.toString());
      doc.put("evaluations", rows);
      doc.put("skipped", skipped);
      console.println(Json.write(doc));
      return ExitCodes.OK;
    }
    printTable(console, all, rows, skipped);
    return ExitCodes.OK;
  }

  private void printTable(PrintWriter console, List<CountSeries> all, List<Map<String, Object>> rows, List<String> skipped) {
    for (CountSeries s : all) {
      double total = 0;
      for (double c : s.counts()) {
        total += c;
      }
      console.printf(Locale.ROOT, "%s, region %s: %d %s periods from %s, %.0f cases%n", s.name(), s.region(), s.size(),
          s.granularity().name().toLowerCase(Locale.ROOT), TimeSeriesOutput.period(s, 0), total);
    }
    List<Map<String, Object>> current = rows.stream().filter(r -> (Boolean) r.get("current") && (Boolean) r.get("alarm")).toList();
    console.println();
    console.println("Current alarms (last " + recent + " periods): " + current.size());
    if (!current.isEmpty()) {
      console.printf(Locale.ROOT, "  %-12s %-12s %-10s %9s %9s %9s%n", "region", "period", "method", "observed", "expected", "threshold");
      for (Map<String, Object> r : current) {
        console.printf(Locale.ROOT, "  %-12s %-12s %-10s %9s %9s %9s%n", r.get("region"), r.get("period"), r.get("method"),
            r.get("observed"), fmt(r.get("expected")), fmt(r.get("threshold")));
      }
    }
    Map<String, Integer> alarmsByMethod = new LinkedHashMap<>();
    Map<String, Integer> evaluatedByMethod = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      String m = (String) r.get("method");
      evaluatedByMethod.merge(m, 1, Integer::sum);
      alarmsByMethod.merge(m, (Boolean) r.get("alarm") ? 1 : 0, Integer::sum);
    }
    console.println("Alarms over all evaluated periods:");
    evaluatedByMethod.forEach((m, n) -> console.printf(Locale.ROOT, "  %-10s %5d of %5d periods%n", m, alarmsByMethod.get(m), n));
    skipped.forEach(s -> console.println("  skipped: " + s));
    if (out != null) {
      console.println("Wrote " + rows.size() + " evaluations to " + out);
    }
  }

  private static String fmt(Object v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.2f", (Double) v);
  }

  private List<CountSeries> fromWarehouse() {
    Granularity g = switch (granularity.toLowerCase(Locale.ROOT)) {
      case "day" -> Granularity.DAY;
      case "week" -> Granularity.WEEK;
      default -> throw new MedmineUserException("--granularity must be day or week, not '" + granularity + "'.");
    };
    SyndromeQuery.Region r;
    try {
      r = SyndromeQuery.Region.valueOf(region.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException("--region must be none, state, county, city or zip3, not '" + region + "'.", e);
    }
    SyndromeQuery q;
    try {
      q = new SyndromeQuery(syndrome, codes != null ? codes : SyndromeQuery.RESPIRATORY, g, r, ageBand, from, to);
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException(e.getMessage() + ": fix the option.", e);
    }
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      return SyndromeSeries.query(w.connection(), q);
    }
  }

  static OutbreakDetector detector(String name, Granularity g, double minSigma) {
    if (!(minSigma >= 0)) {
      throw new MedmineUserException("--min-sigma must be 0 or more, not " + minSigma + ".");
    }
    return switch (name) {
      case "ears-c1" -> EarsDetector.sparse(EarsDetector.Variant.C1, minSigma);
      case "ears-c2" -> EarsDetector.sparse(EarsDetector.Variant.C2, minSigma);
      case "ears-c3" -> EarsDetector.sparse(EarsDetector.Variant.C3, minSigma);
      case "cusum" -> CusumDetector.standard();
      case "farrington" -> new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), g.periodsPerYear());
      case "noufaily" -> new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), g.periodsPerYear());
      case "bayes" -> BayesDetector.standard(g.periodsPerYear());
      case "glrnb" -> new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.asR(g.periodsPerYear(), 1, false, 5));
      case "glr-seasonal" -> new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(g.periodsPerYear()));
      case "nb-regression" -> new NegativeBinomialRegressionDetector(NegativeBinomialRegressionDetector.Options.standard(g.periodsPerYear()));
      case "ensemble" -> EnsembleDetector.standard(g.periodsPerYear());
      default -> throw new MedmineUserException("Unknown --method '" + name + "': use ears-c1, ears-c2, ears-c3, cusum, farrington,"
          + " noufaily, bayes, glrnb, glr-seasonal, nb-regression or ensemble.");
    };
  }
}
