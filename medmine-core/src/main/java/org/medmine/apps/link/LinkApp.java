package org.medmine.apps.link;

import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;

/**
 * {@code link}: keeps the master patient index of the warehouse up to date. The patients it
 * compares come through the context's consent views, so a denying patient is linked to no one and
 * listed for no review; it writes the index's tables ({@link #RESULTS}).
 */
public final class LinkApp implements App<LinkOptions, LinkResult> {
  /** The tables the index lives in. */
  public static final Set<String> RESULTS =
      Set.of("patient_link", "link_review", "mpi_person", "link_decision", "link_model");

  @Override
  public String name() {
    return "link";
  }

  @Override
  public Set<String> writes() {
    return RESULTS;
  }

  @Override
  public LinkResult run(AnalysisContext context, LinkOptions options) {
    PatientLinker.Result r =
        MasterPatientIndex.link(
            context.connection(), options.thresholds().linker(), options.full());
    return new LinkResult(r, context.provenance(name(), options, options.thresholds().seed()));
  }
}
