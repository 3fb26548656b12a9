package org.medmine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.associations.RulesApp;
import org.medmine.apps.associations.RulesOptions;
import org.medmine.apps.associations.RulesResult;
import org.medmine.apps.associations.Transactions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code medmine rules}: frequent itemsets and association rules over warehouse transactions. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Mines frequent itemsets (FP-Growth) and association rules with support, confidence, lift, leverage and"
          + " conviction from warehouse transactions: a patient's conditions, an encounter's drugs and procedures,"
          + " or a claim's billed codes.",
      "JSON (--format json): {parameters, transactions, itemsets: [{items, support, count}], rules: [{antecedent,"
          + " consequent, count, support, confidence, lift, leverage, conviction}]}; items are codes, support a"
          + " fraction of transactions, conviction null when infinite; run: the provenance."
    })
final class RulesCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin FindingsOption findings;

  @Option(names = "--transactions", defaultValue = "patient-conditions", paramLabel = "KIND",
      description = "patient-conditions, encounter-orders or claim-codes. Default: ${DEFAULT-VALUE}.")
  String kind;

  @Option(names = "--min-support", defaultValue = "0.2", paramLabel = "F", description = "Minimum itemset support (fraction). Default: ${DEFAULT-VALUE}.")
  double minSupport;

  @Option(names = "--min-confidence", defaultValue = "0.6", paramLabel = "F", description = "Minimum rule confidence. Default: ${DEFAULT-VALUE}.")
  double minConfidence;

  @Option(names = "--min-lift", defaultValue = "1.000001", paramLabel = "X", description = "Minimum rule lift (above 1 drops independent pairs). Default: ${DEFAULT-VALUE}.")
  double minLift;

  @Option(names = "--max-item-support", defaultValue = "0.9", paramLabel = "F",
      description = "Items in more than this fraction of transactions are trivial and stay out of rules. Default: ${DEFAULT-VALUE}.")
  double maxItemSupport;

  @Option(names = "--max-length", defaultValue = "4", paramLabel = "N", description = "Longest itemset. Default: ${DEFAULT-VALUE}.")
  int maxLength;

  @Option(names = "--consequent", paramLabel = "FAMILY",
      description = "Keep only rules whose consequent is in this code family: snomed, rxnorm, loinc, icd10, cvx, or a code prefix.")
  String consequent;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N", description = "Rules and itemsets shown in the table and report. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with the ranked rules.")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RulesOptions options = new RulesOptions(new RuleMining.Options(Transactions.Kind.parse(kind), minSupport, minConfidence,
        minLift, maxItemSupport, maxLength, consequent, findings.include), top);
    RulesResult result = Contexts.run(spec, warehouse.file, new RulesApp(), options);
    if (report != null) {
      Contexts.page(result).write(report);
    }
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
