package org.medmine.apps.stats;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code stats}: what the warehouse holds, at a glance ({@link WarehouseStats}), through the
 * consent views.
 */
public final class StatsApp implements App<StatsOptions, StatsResult> {
  @Override
  public String name() {
    return "stats";
  }

  @Override
  public StatsResult run(AnalysisContext context, StatsOptions options) {
    WarehouseStats stats =
        WarehouseStats.of(context.connection(), options.top(), options.includeFindings());
    return new StatsResult(stats, context.provenance(name(), options, null));
  }
}
