package org.medmine.apps.prediction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * What {@link PatientRiskApp} found for one patient: the risk (or predicted days) of their latest
 * index event and its top SHAP factors, or nothing when the study scores no event of theirs (no
 * index event, or not visible under consent).
 *
 * @param model the saved model
 * @param patientId the patient asked about
 * @param latest the latest index event scored, if any
 * @param provenance the run's provenance
 */
public record PatientRiskResult(
    SavedModel model,
    String patientId,
    Optional<SavedModel.Scored> latest,
    RunProvenance provenance)
    implements AppResult {

  /** Whether the study scored an index event of the patient. */
  public boolean found() {
    return latest.isPresent();
  }

  /**
   * {@code {study, predicts: risk|days, patient, encounter, index_time, risk (or predicted_days),
   * factors: [{feature, shap, raises}], run}}; without a scored event only the study, the patient
   * and the run.
   */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("study", model.study().name());
    doc.put("predicts", model.predictsDays() ? "days" : "risk");
    doc.put("patient", patientId);
    latest.ifPresent(
        s -> {
          doc.put("encounter", s.event().encounterId());
          doc.put("index_time", s.event().indexTime().toString());
          doc.put(model.predictsDays() ? "predicted_days" : "risk", s.risk());
          doc.put(
              "factors",
              s.topFactors().stream()
                  .map(
                      f ->
                          Map.<String, Object>of(
                              "feature",
                              f.feature(),
                              "shap",
                              f.value(),
                              "raises",
                              f.direction() > 0))
                  .toList());
        });
    doc.put("run", provenance);
    return doc;
  }

  /** One line: the patient, the index time, the risk and the top factors. */
  @Override
  public String toText() {
    return latest
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "%s, %s at %s: %.3f (%s)%n",
                    model.study().name(),
                    patientId,
                    s.event().indexTime(),
                    s.risk(),
                    s.topFactors().stream()
                        .map(f -> String.format(Locale.ROOT, "%s %+.2f", f.feature(), f.value()))
                        .collect(Collectors.joining("; "))))
        .orElse(model.study().name() + ": no scored index event for " + patientId + "\n");
  }

  /** One patient's score is not a report: no section. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
