package org.medmine.apps.link;

import java.util.List;
import java.util.Locale;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.quality.linkage.PatientLinker;
import org.medmine.report.ReportSection;

/** What a run of the index found: the linker's result and the run's provenance. */
public record LinkResult(PatientLinker.Result result, RunProvenance provenance)
    implements AppResult {
  /**
   * The run as {@code medmine link --format json} prints it: counts, thresholds, the fitted
   * parameters of every field, the linked pairs and the pairs for review, with the run's provenance
   * as {@code run}.
   */
  @Override
  public Object toJson() {
    return new LinkJson.WithRun(LinkJson.Run.of(result), provenance);
  }

  @Override
  public String toText() {
    return LinkText.run(result);
  }

  /** One line for the demo: records, pairs, persons. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "  %d patient records, %d candidate pairs, %d linked pairs, %d for review -> %d"
            + " persons (table patient_link)%n",
        result.records(),
        result.candidatePairs(),
        result.matches().size(),
        result.review().size(),
        result.clusters());
  }

  /** The index has no report section yet. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
