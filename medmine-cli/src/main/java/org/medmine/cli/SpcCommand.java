package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.qi.SpcResult;
import org.medmine.report.ResultRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine spc}: p-, u- and XmR control charts with run rules and a baseline period. */
@Command(
    name = "spc",
    mixinStandardHelpOptions = true,
    description = {
      "Statistical process control: monthly 30-day readmission rate (p-chart), emergency visits per 1,000"
          + " patients (u-chart) and mean length of stay (XmR) from the warehouse, or a chart of --series FILE.csv"
          + " (count, and population as the subgroup size for p/u).",
      "Limits come from the first --baseline periods; points are judged by the Western Electric or Nelson rules."
    })
final class SpcCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--series", paramLabel = "FILE.csv", description = "An external series instead of the warehouse.")
  Path series;

  @Option(names = "--chart", defaultValue = "xmr", paramLabel = "p|u|xmr", description = "Chart of the external series. Default: ${DEFAULT-VALUE}.")
  String chart;

  @Option(names = "--per", defaultValue = "1000", paramLabel = "N", description = "u-chart rates per N of population (external series). Default: ${DEFAULT-VALUE}.")
  double per;

  @Option(names = "--measure", split = ",", defaultValue = "readmission,ed-visits,los", paramLabel = "M",
      description = "Warehouse measures: readmission, ed-visits, los. Default: all.")
  List<String> measures;

  @Option(names = "--from", paramLabel = "DATE", description = "First month (default: 5 years before --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last month (default: the month of the last encounter).")
  LocalDate to;

  @Option(names = "--baseline", defaultValue = "24", paramLabel = "N", description = "Periods that set the limits. Default: ${DEFAULT-VALUE}.")
  int baseline;

  @Option(names = "--rules", defaultValue = "we", paramLabel = "we|nelson", description = "Run rules. Default: ${DEFAULT-VALUE}.")
  String rules;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every chart point to FILE (.csv or .json).")
  Path out;

  @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML page with the charts and their signals.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SpcOptions options = new SpcOptions(series, chart, per, measures, from, to, baseline, rules);
    SpcResult result = Contexts.run(spec, warehouse.file, new SpcApp(), options);
    if (out != null) {
      ResultRows.write(out, result.rows());
    }
    if (html != null) {
      Contexts.page(result).write(html);
    }
    output.print(spec, result);
    if (out != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + result.rows().size() + " chart points to " + out);
    }
    return ExitCodes.OK;
  }
}
