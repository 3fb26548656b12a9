package org.medmine.apps.prediction.learn;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.model.MedmineUserException;

/**
 * What {@link TableScoreApp} scores: every row of {@code data} with the table model {@code model},
 * with the {@code factors} largest SHAP contributions of each; {@code top} rows are shown (0 or
 * less: all).
 */
public record TableScoreOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path model,
    @JsonSerialize(using = ToStringSerializer.class) Path data,
    int top,
    int factors) {
  public TableScoreOptions {
    if (model == null || !Files.isRegularFile(model)) {
      throw new MedmineUserException(
          "No model file at " + model + ": run 'medmine learn --out DIR' first.");
    }
    if (data == null || !Files.isRegularFile(data)) {
      throw new MedmineUserException(
          "No file at " + data + ": give --data FILE.csv|.tsv|.parquet.");
    }
  }
}
