package org.medmine.apps.prediction.learn;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.model.MedmineUserException;

/**
 * What {@link LearnApp} learns from.
 *
 * @param data a CSV, TSV or Parquet file with a header row
 * @param target the column to predict
 * @param positive the target's positive value, or null ({@link TableTarget} says what then)
 * @param group a column whose rows must stay on one side of the split (a patient), or null
 * @param drop columns left out of the features (identifiers, leaks)
 * @param na missing-value tokens beyond {@link MissingTokens#DEFAULTS}
 * @param types a file of {@code column,type} lines overriding the inferred types, or null
 * @param fairness columns over whose groups the boosted trees are audited
 * @param seed the seed of the split, the folds and the trees
 */
public record LearnOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path data,
    String target,
    String positive,
    String group,
    List<String> drop,
    List<String> na,
    @JsonSerialize(using = ToStringSerializer.class) Path types,
    List<String> fairness,
    long seed) {
  public LearnOptions {
    drop = List.copyOf(drop);
    na = List.copyOf(na);
    fairness = List.copyOf(fairness);
    if (data == null || !Files.isRegularFile(data)) {
      throw new MedmineUserException(
          "No file at " + data + ": give --data FILE.csv|.tsv|.parquet.");
    }
    if (target == null || target.isBlank()) {
      throw new MedmineUserException("Name the column to predict with --target COLUMN.");
    }
    if (types != null && !Files.isRegularFile(types)) {
      throw new MedmineUserException("No types file at " + types + ": give --types FILE.");
    }
  }
}
