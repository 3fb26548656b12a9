package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.cohort.Region;
import org.medmine.report.ResultRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine surveil}: outbreak detection on syndrome counts from the warehouse or an external
 * series.
 */
@Command(name = "surveil", mixinStandardHelpOptions = true)
final class SurveilCommand implements Callable<Integer> {
  private static final List<String> FIT_ONCE = List.of("cusum", "glrnb", "glr-seasonal");
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin SyndromeOption cases;

  @Option(names = "--series", paramLabel = "FILE.csv")
  Path series;

  @Option(names = "--granularity", defaultValue = "week", paramLabel = "day|week")
  String granularity;

  @Option(names = "--region", defaultValue = "none", paramLabel = "LEVEL")
  String region;

  @Option(
      names = "--method",
      split = ",",
      defaultValue = "ears-c1,ears-c2,ears-c3,cusum,farrington,noufaily",
      paramLabel = "M")
  List<String> methods;

  @Option(names = "--min-sigma", defaultValue = SurveilOptions.DEFAULT_MIN_SIGMA, paramLabel = "S")
  double minSigma;

  @Option(names = "--recent", defaultValue = "8", paramLabel = "N")
  int recent;

  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SyndromeQuery query = cases.query(granularity, Region.parse(region));
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
      spec.commandLine()
          .getOut()
          .println("Wrote " + result.rows().size() + " evaluations to " + out);
    }
    return ExitCodes.OK;
  }
}
