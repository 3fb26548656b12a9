package org.medmine.apps.link;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.ingest.fhir.FhirPatients;
import org.medmine.quality.linkage.PatientMatcher;
import org.medmine.warehouse.Row;

/**
 * {@code link match}: looks FHIR Patients up in the index, like FHIR's {@code Patient/$match},
 * storing nothing; the candidates come through the consent views, and the lookup (the file's name)
 * is noted in the audit entry. It needs a run of {@link LinkApp} first, whose model it uses.
 */
public final class LinkMatchApp implements App<LinkMatchOptions, LinkMatchResult> {
  @Override
  public String name() {
    return "link match";
  }

  @Override
  public LinkMatchResult run(AnalysisContext context, LinkMatchOptions options) {
    List<Row> patients = FhirPatients.read(options.fhir());
    Connection c = context.connection();
    List<LinkJson.Match> matches = new ArrayList<>();
    for (Row p : patients) {
      matches.add(
          LinkJson.Match.of(
              PatientMatcher.match(
                  c, PatientMatcher.probe(p), options.thresholds().linker(), options.limit())));
    }
    context.note("match", options.fhir().getFileName().toString());
    return new LinkMatchResult(
        matches, context.provenance(name(), options, options.thresholds().seed()));
  }
}
