package org.medmine.apps.link;

import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/** What a lookup found: per patient looked up, the candidates with their evidence; and the run's provenance. */
public record LinkMatchResult(List<LinkJson.Match> matches, RunProvenance provenance) implements AppResult {
  /**
   * One patient's lookup as an object (probe, records compared, candidates) with the provenance as {@code run};
   * for a Bundle of several patients, the array of their lookups.
   */
  @Override
  public Object toJson() {
    if (matches.size() != 1) {
      return matches;
    }
    Map<String, Object> doc = ResultJson.properties(matches.get(0));
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    StringBuilder out = new StringBuilder();
    matches.forEach(m -> out.append(LinkText.match(m)));
    return out.toString();
  }

  /** A lookup has no report section. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
