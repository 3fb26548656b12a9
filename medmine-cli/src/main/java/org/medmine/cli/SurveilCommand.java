package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.report.ResultRows;
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

  @Option(names = "--min-sigma", defaultValue = SurveilOptions.DEFAULT_MIN_SIGMA, paramLabel = "S",
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
    SyndromeQuery query = new SyndromeQuery(syndrome, codes != null ? codes : SyndromeQuery.RESPIRATORY,
        SyndromeQuery.granularity(granularity), SyndromeQuery.Region.parse(region), ageBand, from, to);
    SurveilOptions options = new SurveilOptions(series, query, methods, minSigma, recent);
    SurveilResult result = Contexts.run(spec, warehouse.file, new SurveilApp(), options);
    if (html != null) {
      Contexts.page(result).write(html);
    }
    if (out != null) {
      ResultRows.write(out, result.rows());
    }
    output.print(spec, result);
    if (out != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + result.rows().size() + " evaluations to " + out);
    }
    return ExitCodes.OK;
  }
}
