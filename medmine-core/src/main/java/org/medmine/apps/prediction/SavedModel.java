package org.medmine.apps.prediction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.model.MedmineUserException;

/**
 * A study's boosted trees saved to one JSON file (the study definition, the covariate names, the
 * XGBoost model in its UBJSON format, Base64, and the provenance), loadable to score the index
 * events of any warehouse. For a classification study the score is a risk; for the length-of-stay
 * regression it is the predicted stay in days ({@link #predictsDays()}).
 *
 * @param format {@code medmine-model/1}
 * @param study the study definition
 * @param features the covariate names, in the model's column order
 * @param xgboost the XGBoost model, Base64 of UBJSON
 * @param provenance where it was trained
 */
public record SavedModel(
    String format,
    StudyDefinition study,
    List<String> features,
    String xgboost,
    Provenance provenance) {
  public static final String FORMAT = "medmine-model/1";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * A scored index event with its top factors (SHAP; log-odds, or days for a regression; positive
   * raises the score).
   *
   * @param event the index event
   * @param risk the predicted risk, or the predicted length of stay in days for a regression study
   * @param topFactors the largest SHAP contributions, largest first
   */
  public record Scored(IndexEvent event, double risk, List<StudyResult.Factor> topFactors) {}

  /**
   * The boosted trees of a trained study (for the length-of-stay regression, squared error: scores
   * are days).
   */
  public static SavedModel of(TrainedStudy r, Provenance p) {
    return new SavedModel(
        FORMAT,
        r.study(),
        r.features(),
        Base64.getEncoder().encodeToString(r.boostedTrees().toBytes()),
        p);
  }

  /** Whether scores are a length of stay in days (a regression study) rather than a risk. */
  @JsonIgnore
  public boolean predictsDays() {
    return study.isRegression();
  }

  public void write(Path file) {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the model " + file, e);
    }
  }

  public static SavedModel read(Path file) {
    SavedModel m;
    try {
      m = JSON.readValue(file.toFile(), SavedModel.class);
    } catch (IOException e) {
      throw new MedmineUserException(
          "The model file " + file + " cannot be read: give a file written by 'medmine study run'.",
          e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new MedmineUserException(
          "The file " + file + " is not a medmine model (" + FORMAT + ").");
    }
    return m;
  }

  /**
   * Scores the index events of this model's study in the warehouse behind {@code c}, the censored
   * ones too (their outcome is not yet known: that is who one scores), highest risk (or longest
   * predicted stay) first.
   */
  public List<Scored> score(Connection c, int factors) {
    return score(c, factors, event -> true);
  }

  /**
   * Scores, as {@link #score(Connection, int)}, only the index events {@code which} accepts (e.g.
   * one patient's): the features are extracted for those events alone.
   */
  public List<Scored> score(Connection c, int factors, Predicate<IndexEvent> which) {
    return score(
        c, factors, CohortBuilder.build(c, study, true).events().stream().filter(which).toList());
  }

  /**
   * Scores, as {@link #score(Connection, int)}, the index events of the patient {@code patientId}
   * alone, reading only that patient's rows ({@link CohortBuilder#buildForPatient}).
   */
  public List<Scored> scorePatient(Connection c, int factors, String patientId) {
    return score(c, factors, CohortBuilder.buildForPatient(c, study, patientId).events());
  }

  private List<Scored> score(Connection c, int factors, List<IndexEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    FeatureMatrix m = FeatureExtractor.extract(c, study, events, Set.copyOf(features));
    double[][] x = new double[events.size()][features.size()];
    for (int j = 0; j < features.size(); j++) {
      int k = m.names().indexOf(features.get(j));
      boolean lab = features.get(j).startsWith("last ");
      for (int i = 0; i < x.length; i++) {
        x[i][j] = k >= 0 ? m.rows()[i][k] : lab ? Double.NaN : 0;
      }
    }
    BoostedTrees bt = BoostedTrees.load(Base64.getDecoder().decode(xgboost), features.size());
    double[] risk = bt.predict(x);
    double[][] shap = bt.contributions(x);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      List<StudyResult.Factor> f = new ArrayList<>();
      for (int j = 0; j < features.size(); j++) {
        if (shap[i][j] != 0) {
          f.add(new StudyResult.Factor(features.get(j), shap[i][j], shap[i][j] > 0 ? 1 : -1));
        }
      }
      f.sort(Comparator.comparingDouble((StudyResult.Factor v) -> Math.abs(v.value())).reversed());
      out.add(
          new Scored(
              events.get(i), risk[i], List.copyOf(f.subList(0, Math.min(factors, f.size())))));
    }
    out.sort(Comparator.comparingDouble(Scored::risk).reversed());
    return out;
  }
}
