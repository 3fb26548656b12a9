package org.medmine.apps.fraud;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code fraud}: the claims-fraud screen ({@link FraudScreen}) of the context's consent-filtered
 * warehouse.
 */
public final class FraudApp implements App<FraudOptions, FraudResult> {
  @Override
  public String name() {
    return "fraud";
  }

  @Override
  public FraudResult run(AnalysisContext context, FraudOptions options) {
    FraudScreen.Result screen = FraudScreen.run(context.connection(), options.screen());
    return new FraudResult(
        screen,
        context.warehouse().toString(),
        options.top(),
        options.topClaims(),
        context.provenance(name(), options, options.screen().seed()));
  }
}
