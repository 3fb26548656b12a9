package org.medmine.apps.prediction;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link PatientRiskApp} scores: one patient's index events under a saved study model.
 *
 * @param model a {@code NAME-model.json} written by {@code study run} (in provenance: the path as
 *     given)
 * @param patientId the patient's id in the warehouse (the {@code id} of its {@code patient} row)
 * @param factors the largest SHAP contributions kept (1 to 20)
 */
public record PatientRiskOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path model, String patientId, int factors) {
  public PatientRiskOptions {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(patientId, "patientId");
    if (!Files.isRegularFile(model)) {
      throw new MedmineUserException(
          "No model file at " + model + ": run 'medmine study run NAME' first.");
    }
    if (patientId.isBlank()) {
      throw new MedmineUserException("Name the patient whose risk to compute by their id.");
    }
    if (factors < 1 || factors > 20) {
      throw new MedmineUserException("factors must be between 1 and 20, not " + factors + ".");
    }
  }
}
