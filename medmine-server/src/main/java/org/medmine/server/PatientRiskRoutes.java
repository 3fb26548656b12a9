package org.medmine.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.medmine.apps.prediction.PatientRiskApp;
import org.medmine.apps.prediction.PatientRiskOptions;
import org.medmine.apps.prediction.PatientRiskResult;
import org.medmine.apps.prediction.SavedModel;
import org.medmine.model.MedmineUserException;

/**
 * {@code /patients/{id}/risk}: one patient's risk under the saved study model the server was
 * started with ({@code --cds-model}, the model the CDS {@code patient-view} card shows), with its
 * top SHAP factors ({@link PatientRiskApp}). It names one patient, not a list, so a clinician may
 * ask it of an identified warehouse; an analyst still only of a de-identified one, an auditor not
 * at all (the context's rules). A patient the study scores no event of, or who denied consent, is
 * one and the same 404 that says nothing about them. The audit entry names the patient.
 */
final class PatientRiskRoutes {
  private PatientRiskRoutes() {}

  static List<ApiRoute> all(AppRunner runner, Optional<Path> model) {
    return List.of(
        new ApiRoute(
            "/patients/{id}/risk",
            "One patient's risk under the server's saved study model, with its top factors",
            List.of("study", "factors"),
            false,
            (caller, q, path) ->
                risk(runner, caller, model, q.text("study", null), path.apply("id"), q)));
  }

  private static Object risk(
      AppRunner runner,
      Caller caller,
      Optional<Path> model,
      String study,
      String patientId,
      QueryParams q) {
    Path file =
        model.orElseThrow(
            () ->
                new MedmineUserException(
                    "This server scores no study: start it with --cds-model NAME-model.json."));
    String served = SavedModel.read(file).study().name();
    if (study == null || !study.equals(served)) {
      throw new MedmineUserException(
          "Name the study to score with study=" + served + ", the study this server serves.");
    }
    return runner.runReusing(
        caller,
        "GET /api/v1/patients/" + patientId + "/risk",
        false,
        new PatientRiskApp(),
        new PatientRiskOptions(file, patientId, q.whole("factors", 3)),
        (PatientRiskResult r) -> {
          if (!r.found()) {
            throw new NotFound(
                "No "
                    + served
                    + " risk for this patient: the study scores none of their visits here.");
          }
          return r.toJson();
        });
  }
}
