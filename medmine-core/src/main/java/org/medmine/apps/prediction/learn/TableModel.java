package org.medmine.apps.prediction.learn;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.model.MedmineUserException;

/**
 * A table model saved to one JSON file: the columns with their types, the missing-value tokens, the
 * fitted encodings, the target, the boosted trees (XGBoost's UBJSON, Base64) and the provenance;
 * {@code medmine predict --model M --data FILE} reads a new table the same way and scores it.
 *
 * @param format {@value #FORMAT}
 * @param target the target column
 * @param positive the positive value of a classification, else null
 * @param regression whether the score is a predicted number rather than a risk
 * @param columns the feature columns with their kinds
 * @param missingTokens the tokens read as missing
 * @param encoding the encodings fitted on the training rows
 * @param xgboost the boosted trees, Base64 of UBJSON
 * @param provenance where it was trained
 */
public record TableModel(
    String format,
    String target,
    String positive,
    boolean regression,
    List<ColumnProfile> columns,
    List<String> missingTokens,
    TableEncoding encoding,
    String xgboost,
    TableProvenance provenance) {
  public static final String FORMAT = "medmine-table-model/1";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static TableModel of(LearnResult r) {
    LearnedModel m = r.model();
    return new TableModel(
        FORMAT,
        m.target().column(),
        m.target().positive(),
        m.target().regression(),
        r.data().columns(),
        r.tokens(),
        m.encoding(),
        Base64.getEncoder().encodeToString(m.boostedTrees().toBytes()),
        r.source());
  }

  /** The boosted trees. */
  BoostedTrees trees() {
    return BoostedTrees.load(Base64.getDecoder().decode(xgboost), encoding.features().size());
  }

  public void write(Path file) {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the model " + file, e);
    }
  }

  /** Whether {@code file} holds a table model (rather than a study's), by its format field. */
  public static boolean isTableModel(Path file) {
    try {
      return FORMAT.equals(JSON.readTree(file.toFile()).path("format").asText());
    } catch (IOException e) {
      return false;
    }
  }

  public static TableModel read(Path file) {
    TableModel m;
    try {
      m = JSON.readValue(file.toFile(), TableModel.class);
    } catch (IOException e) {
      throw new MedmineUserException(
          "The model file " + file + " cannot be read: give a file written by 'medmine learn'.", e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new MedmineUserException(
          "The file "
              + file
              + " is not a table model ("
              + FORMAT
              + "): give one written by"
              + " 'medmine learn --out DIR'.");
    }
    return m;
  }
}
