package org.medmine.apps.link;

import java.util.Map;
import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;

/**
 * {@code link merge} and {@code link unmerge}: a reviewer's decision, stored in {@code
 * link_decision} with who decided (the context's actor), when and why, applied at once to the
 * persons of the two records, obeyed by every later run, and noted in the audit entry ({@code
 * match=A~B} or {@code no-match=A~B}).
 */
public final class LinkDecisionApp implements App<LinkDecisionOptions, LinkDecisionResult> {
  @Override
  public String name() {
    return "link decision";
  }

  @Override
  public Set<String> writes() {
    return LinkApp.RESULTS;
  }

  @Override
  public LinkDecisionResult run(AnalysisContext context, LinkDecisionOptions options) {
    PatientLinker.Result r =
        MasterPatientIndex.decide(
            context.connection(),
            options.record(),
            options.other(),
            options.kind(),
            context.actor(),
            options.note(),
            options.thresholds().linker());
    context.noteOther(
        context.warehouse(),
        Map.of("link_decision", 1L),
        options.kind().sqlName(),
        options.record() + "~" + options.other());
    return new LinkDecisionResult(
        options,
        r.clusterOf().get(options.record()),
        r.clusterOf().get(options.other()),
        r.region().size(),
        context.provenance(name(), options, options.thresholds().seed()));
  }
}
