package org.medmine.apps.associations;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code rules}: frequent itemsets and association rules over the context's consent-filtered
 * transactions, or over the rows of a table file the user gives ({@code --data}; no warehouse is
 * opened, and the provenance names the file and its SHA-256).
 */
public final class RulesApp implements App<RulesOptions, RulesResult> {
  @Override
  public String name() {
    return "rules";
  }

  @Override
  public RulesResult run(AnalysisContext context, RulesOptions options) {
    if (options.data() != null) {
      Transactions rows =
          TableTransactions.read(options.data(), options.items(), context.settings().memoryLimit());
      return new RulesResult(
          RuleMining.mine(rows, options.mining()),
          options.data().toString(),
          options.top(),
          context.provenanceOfFile(name(), options, null, options.data()));
    }
    RuleMining.Result mined = RuleMining.run(context.connection(), options.mining());
    return new RulesResult(
        mined,
        context.warehouse().toString(),
        options.top(),
        context.provenance(name(), options, null));
  }
}
