package org.medmine.apps.cds;

import java.util.List;
import java.util.Optional;

/**
 * A patient's risk from a saved study model, as the {@code patient-view} card shows it: the study,
 * the predicted risk of the patient's latest index event, its top factors (SHAP, largest first) and
 * where the model card is. A front end computes it with the prediction app (apps do not import one
 * another) and passes a {@link Source} in.
 *
 * @param study the study's name (e.g. {@code readmission-30d})
 * @param outcome what the risk is of, in words
 * @param risk the predicted probability, 0 to 1
 * @param factors the top factors, each a feature name and whether it raises the risk
 * @param modelCardUrl the absolute URL of the model card
 */
public record PatientRisk(
    String study, String outcome, double risk, List<Factor> factors, String modelCardUrl) {
  /** A factor: the feature and whether it raises ({@code true}) or lowers the risk. */
  public record Factor(String feature, boolean raises) {}

  /** Computes the risk of a patient, if the study scores one for them. */
  @FunctionalInterface
  public interface Source {
    /** No study configured: patient-view answers no card. */
    Source NONE = patientId -> Optional.empty();

    Optional<PatientRisk> risk(String patientId);
  }

  public PatientRisk {
    factors = List.copyOf(factors);
  }
}
