package org.medmine.cli;

import java.io.PrintWriter;
import org.medmine.apps.associations.RulesApp;
import org.medmine.apps.associations.RulesOptions;
import org.medmine.apps.associations.RulesResult;
import org.medmine.apps.fraud.FraudApp;
import org.medmine.apps.fraud.FraudOptions;
import org.medmine.apps.fraud.FraudResult;
import org.medmine.apps.segments.SegmentApp;
import org.medmine.apps.segments.SegmentResult;
import org.medmine.apps.segments.Segmentation;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;

/**
 * The demo's pattern-discovery step: the rules, fraud and segment apps run in the demo's context, summarised, and
 * their report sections.
 */
final class PatternSteps {
  private PatternSteps() {}

  static HtmlReport run(AnalysisContext context, PrintWriter console, HtmlReport report) {
    RulesResult rules = context.run(new RulesApp(), RulesOptions.DEFAULTS);
    FraudResult fraud = context.run(new FraudApp(), FraudOptions.DEMO);
    SegmentResult segments = segment(context, console);
    console.print(rules.summary());
    console.print(fraud.summary());
    report = report.with(rules.toSections()).with(fraud.toSections());
    if (segments == null) {
      return report;
    }
    console.print(segments.summary());
    return report.with(segments.toSections());
  }

  /** Segments, or null (with a note) when the population is too small to segment. */
  private static SegmentResult segment(AnalysisContext context, PrintWriter console) {
    try {
      return context.run(new SegmentApp(), Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    } catch (MedmineUserException e) {
      console.println("  patient segments skipped: " + e.getMessage());
      return null;
    }
  }
}
