package org.medmine.apps.prediction;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link PredictApp} scores: the index events of a saved study model's study, with the {@code
 * factors} largest SHAP contributions of each; {@code top} rows are shown (0 or less: all), every
 * row is scored.
 *
 * @param model a {@code NAME-model.json} written by {@code study run} (in provenance: the path as
 *     given)
 * @param top rows shown in the text and the JSON document
 * @param factors top factors per row
 */
public record PredictOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path model, int top, int factors) {
  public PredictOptions {
    Objects.requireNonNull(model, "model");
    if (!Files.isRegularFile(model)) {
      throw new MedmineUserException(
          "No model file at " + model + ": run 'medmine study run NAME' first.");
    }
  }
}
