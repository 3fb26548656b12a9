package org.medmine.apps.cds;

import java.util.List;

/**
 * The hook point for pharmacogenomic cards: given the patient and an ordered RxNorm ingredient, the
 * CPIC recommendations that apply to the patient's phenotypes. medmine's pharmacogenomics (issue
 * 19, item 3) implements it; {@link #NONE}, the default, advises nothing. A front end passes the
 * implementation in (apps do not import one another).
 */
@FunctionalInterface
public interface PgxAdvisor {
  /** Advises nothing. */
  PgxAdvisor NONE = (patientId, ingredient) -> List.of();

  /** The recommendations for {@code patientId} ordering {@code ingredient} (an RxNorm name). */
  List<PgxRecommendation> advise(String patientId, String ingredient);

  /**
   * One recommendation.
   *
   * @param gene the gene (e.g. CYP2C19)
   * @param phenotype the patient's phenotype (e.g. Poor Metabolizer)
   * @param recommendation what to do, as the guideline says it
   * @param strength the guideline's strength of the recommendation (e.g. Strong)
   * @param interruptive whether the recommendation changes the order (avoid, or another dose)
   * @param guideline the CPIC guideline cited, with its URL
   */
  record PgxRecommendation(
      String gene,
      String phenotype,
      String recommendation,
      String strength,
      boolean interruptive,
      String guideline) {}
}
