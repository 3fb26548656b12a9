package org.medmine.apps.segments;

import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code segment}: patient segments of the context's consent-filtered warehouse and what sets each
 * apart.
 */
public final class SegmentApp implements App<Segmentation.Options, SegmentResult> {
  @Override
  public String name() {
    return "segment";
  }

  @Override
  public SegmentResult run(AnalysisContext context, Segmentation.Options options) {
    Segmentation.Result result = Segmentation.run(context.connection(), options);
    return new SegmentResult(
        result,
        context.warehouse().toString(),
        context.provenance(name(), options, options.seed()));
  }
}
