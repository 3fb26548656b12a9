package org.medmine.apps.quality;

import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.quality.CheckCatalogue;
import org.medmine.quality.QualityAssessment;
import org.medmine.quality.QualityReport;

/**
 * {@code quality}: standardizes observation units, profiles every table and runs the check
 * catalogue, reading through the context's consent views, so that a denying patient is in no
 * profile, check or standardized value. It writes one table, {@code observation_standard}.
 */
public final class QualityApp implements App<QualityOptions, QualityResult> {
  /** The table the app writes: observation values in their canonical UCUM unit. */
  public static final String RESULTS = "observation_standard";

  @Override
  public String name() {
    return "quality";
  }

  @Override
  public Set<String> writes() {
    return Set.of(RESULTS);
  }

  @Override
  public QualityResult run(AnalysisContext context, QualityOptions options) {
    CheckCatalogue catalogue = CheckCatalogue.withExtensions(options.checkFiles());
    QualityReport report =
        QualityAssessment.assess(
            context.connection(), context.warehouse(), catalogue, options.checkFiles(), true);
    return new QualityResult(report, context.provenance(name(), options, null));
  }
}
