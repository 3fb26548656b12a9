package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.qi.SpcResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine spc}: p-, u- and XmR control charts with run rules and a baseline period. */
@Command(name = "spc", mixinStandardHelpOptions = true)
final class SpcCommand extends WarehouseSubcommand {
  @Mixin ResultFilesOption files;

  @Option(names = "--series", paramLabel = "FILE.csv")
  Path series;

  @Option(names = "--chart", defaultValue = "xmr", paramLabel = "p|u|xmr")
  String chart;

  @Option(names = "--per", defaultValue = "1000", paramLabel = "N")
  double per;

  @Option(
      names = "--measure",
      split = ",",
      defaultValue = "readmission,ed-visits,los",
      paramLabel = "M")
  List<String> measures;

  @Option(names = "--from", paramLabel = "DATE")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE")
  LocalDate to;

  @Option(names = "--baseline", defaultValue = "24", paramLabel = "N")
  int baseline;

  @Option(names = "--rules", defaultValue = "we", paramLabel = "we|nelson")
  String rules;

  @Override
  public Integer call() {
    SpcOptions options = new SpcOptions(series, chart, per, measures, from, to, baseline, rules);
    SpcResult result = run(new SpcApp(), options);
    files.writeAndPrint(spec, output, result, result.rows(), "chart points");
    return ExitCodes.OK;
  }
}
