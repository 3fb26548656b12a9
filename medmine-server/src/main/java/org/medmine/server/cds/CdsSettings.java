package org.medmine.server.cds;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.PgxAdvisor;

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

  public CdsSettings {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(riskModel, "riskModel");
    Objects.requireNonNull(advisor, "advisor");
  }
}
