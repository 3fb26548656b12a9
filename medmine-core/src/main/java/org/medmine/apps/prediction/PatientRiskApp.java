package org.medmine.apps.prediction;

import java.util.Comparator;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * One patient's risk under a saved study model: the patient's index events in the context's
 * warehouse, and only theirs, are found and scored as {@link PredictApp} scores them all ({@link
 * SavedModel#scorePatient}), through the consent-filtered connection, and the latest one is the
 * patient's current risk. A patient who denied consent is not in that connection's view, so they
 * get no risk, exactly like a patient the study has no index event for.
 */
public final class PatientRiskApp implements App<PatientRiskOptions, PatientRiskResult> {
  @Override
  public String name() {
    return "patient-risk";
  }

  @Override
  public PatientRiskResult run(AnalysisContext context, PatientRiskOptions options) {
    SavedModel model = SavedModel.read(options.model());
    return new PatientRiskResult(
        model,
        options.patientId(),
        model.scorePatient(context.connection(), options.factors(), options.patientId()).stream()
            .max(Comparator.comparing(s -> s.event().indexTime())),
        context.provenance(name(), options, null));
  }
}
