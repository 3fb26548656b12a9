package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.associations.RulesApp;
import org.medmine.apps.associations.RulesOptions;
import org.medmine.apps.associations.RulesResult;
import org.medmine.apps.associations.Transactions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine rules}: frequent itemsets and association rules over warehouse transactions. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand extends WarehouseSubcommand {
  @Mixin FindingsOption findings;

  @Option(names = "--transactions", defaultValue = "patient-conditions", paramLabel = "KIND")
  String kind;

  @Option(names = "--min-support", defaultValue = "0.2", paramLabel = "F")
  double minSupport;

  @Option(names = "--min-confidence", defaultValue = "0.6", paramLabel = "F")
  double minConfidence;

  @Option(names = "--min-lift", defaultValue = "1.000001", paramLabel = "X")
  double minLift;

  @Option(names = "--max-item-support", defaultValue = "0.9", paramLabel = "F")
  double maxItemSupport;

  @Option(names = "--max-length", defaultValue = "4", paramLabel = "N")
  int maxLength;

  @Option(names = "--consequent", paramLabel = "FAMILY")
  String consequent;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N")
  int top;

  @Option(names = "--report", paramLabel = "FILE")
  Path report;

  @Option(names = "--data", paramLabel = "FILE")
  Path data;

  @Option(names = "--items", split = ",", paramLabel = "COL")
  java.util.List<String> items = java.util.List.of();

  @Override
  public Integer call() {
    RulesOptions options =
        new RulesOptions(
            new RuleMining.Options(
                Transactions.Kind.parse(kind),
                minSupport,
                minConfidence,
                minLift,
                maxItemSupport,
                maxLength,
                consequent,
                findings.include),
            top,
            data,
            items);
    RulesResult result =
        Contexts.run(spec, data != null ? data : warehouse.file, new RulesApp(), options);
    if (report != null) {
      result.page().write(report);
    }
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
