package org.medmine.apps.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.quality.linkage.LinkDecision;
import org.medmine.report.ReportSection;

/**
 * A decision recorded: the decision, the person each of the two records now belongs to, how many
 * records were clustered again, and the run's provenance.
 */
public record LinkDecisionResult(
    LinkDecisionOptions decision,
    String person,
    String otherPerson,
    int reclustered,
    RunProvenance provenance)
    implements AppResult {
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("decision", decision.kind().sqlName());
    doc.put("record", decision.record());
    doc.put("other", decision.other());
    doc.put("person", person);
    doc.put("other_person", otherPerson);
    doc.put("reclustered", reclustered);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return String.format(
        Locale.ROOT,
        "Recorded %s of %s and %s: %s is person %s, %s is person %s (%d records"
            + " clustered again)%n",
        decision.kind() == LinkDecision.Kind.MATCH ? "a merge" : "an unmerge",
        decision.record(),
        decision.other(),
        decision.record(),
        person,
        decision.other(),
        otherPerson,
        reclustered);
  }

  /** A decision has no report section. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
