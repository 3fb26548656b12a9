package org.medmine.apps.link;

import java.util.List;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * What a lookup found: per patient looked up, the candidates with their evidence; and the run's
 * provenance.
 */
public record LinkMatchResult(List<LinkJson.Match> matches, RunProvenance provenance)
    implements AppResult {
  /**
   * One patient's lookup as an object (probe, records compared, candidates) with the provenance as
   * {@code run}; for a Bundle of several patients, the array of their lookups.
   */
  @Override
  public Object toJson() {
    if (matches.size() != 1) {
      return matches;
    }
    return new LinkJson.WithRun(matches.get(0), provenance);
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
