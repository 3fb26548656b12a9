package org.medmine.apps.prediction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * What {@link StudyApp} produced: the model card's JSON (the stable document of {@code study run
 * --format json}, with the run's provenance as {@code run}), the saved model for {@code medmine
 * predict}, the card's report section, and the trained study itself. A study whose cohort has too
 * few outcomes is not trained: its card says why ({@code trained: false}), and it has no model,
 * which front ends report as a negative verdict.
 *
 * @param study the study definition
 * @param result the trained study, or null when it was not trained
 * @param notTrainedReason why no model was trained, or null when one was
 * @param card the model card's JSON
 * @param model the saved boosted trees, or null when not trained
 * @param section the model card's report section
 * @param provenance the run's provenance
 */
public record StudyRun(
    StudyDefinition study,
    TrainedStudy result,
    String notTrainedReason,
    Map<String, Object> card,
    SavedModel model,
    ReportSection section,
    RunProvenance provenance)
    implements AppResult {

  /** The run of a trained study; {@code p} is the card's and the model's provenance. */
  static StudyRun trained(TrainedStudy t, Provenance p, RunProvenance run) {
    return new StudyRun(t.study(), t, null, t.card(p), SavedModel.of(t, p), t.section(), run);
  }

  /** The run of a study with too few outcomes: its card and section show the cohort and say why. */
  static StudyRun notTrained(TooFewOutcomesException e, RunProvenance run) {
    return new StudyRun(
        e.study(),
        null,
        e.getMessage(),
        ModelCard.notTrained(e),
        null,
        PredictionSections.notTrained(e),
        run);
  }

  /** Whether models were trained (and {@link #model()} is there to save). */
  public boolean trained() {
    return result != null;
  }

  /** The model card with the run's provenance as {@code run}. */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> doc = new LinkedHashMap<>(card);
    doc.put("run", provenance);
    return doc;
  }

  /** The summary of the trained study, or why it was not trained. */
  @Override
  public String toText() {
    return trained() ? result.summary() : notTrainedReason + System.lineSeparator();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(section);
  }
}
