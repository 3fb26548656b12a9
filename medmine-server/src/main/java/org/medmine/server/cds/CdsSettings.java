package org.medmine.server.cds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.cds.Severity;
import org.medmine.model.MedmineUserException;

/**
 * How the CDS services of {@code medmine serve} answer: the alert-fatigue policy of the interaction
 * cards, the saved study model whose risk {@code patient-view} shows (a {@code NAME-model.json} of
 * {@code medmine study run}; none: patient-view answers no card) and the pharmacogenomic advisor.
 *
 * @param policy the alert-fatigue policy
 * @param riskModel the saved study model, if any
 * @param advisor a pharmacogenomic advisor beyond the stored genotypes ({@link PgxAdvisor#NONE}:
 *     none)
 * @param storedGenotypes whether order hooks give pharmacogenomic cards from the patient's
 *     genotypes stored in the warehouse ({@code medmine pgx --patient}, FHIR Genomics Reporting
 *     observations); every order call then opens an analysis context, which reads the warehouse
 */
public record CdsSettings(
    AlertPolicy policy, Optional<Path> riskModel, PgxAdvisor advisor, boolean storedGenotypes) {
  /**
   * The default policy, no risk model, pharmacogenomic advice from the patients' stored genotypes
   * only.
   */
  public static final CdsSettings DEFAULT =
      new CdsSettings(AlertPolicy.DEFAULT, Optional.empty(), PgxAdvisor.NONE, true);

  /**
   * The settings of {@code medmine serve --cds-severity-floor S [--cds-model FILE]}: interaction
   * cards at or above {@code severityFloor}, patient-view risk from {@code model} if given (or one
   * sentence if it is not a file), pharmacogenomic cards from the stored genotypes.
   */
  public static CdsSettings forServe(String severityFloor, Optional<Path> model) {
    if (model.isPresent() && !Files.isRegularFile(model.get())) {
      throw new MedmineUserException(
          "No model file at " + model.get() + ": give a NAME-model.json of 'medmine study run'.");
    }
    return new CdsSettings(
        new AlertPolicy(Severity.parse(severityFloor)), model, PgxAdvisor.NONE, true);
  }

  public CdsSettings {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(riskModel, "riskModel");
    Objects.requireNonNull(advisor, "advisor");
  }
}
