package org.medmine.apps.associations;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code rules}: frequent itemsets and association rules over the context's consent-filtered
 * transactions.
 */
public final class RulesApp implements App<RulesOptions, RulesResult> {
  @Override
  public String name() {
    return "rules";
  }

  @Override
  public RulesResult run(AnalysisContext context, RulesOptions options) {
    RuleMining.Result mined = RuleMining.run(context.connection(), options.mining());
    return new RulesResult(
        mined,
        context.warehouse().toString(),
        options.top(),
        context.provenance(name(), options, null));
  }
}
