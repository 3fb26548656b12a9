package org.medmine.ingest.genomics;

import java.util.Map;

/**
 * A CPIC recommendation that applies to a patient for one drug: the drug (RxNorm ingredient), the
 * gene results it rests on, CPIC's strength of recommendation, what the genotype implies, what to
 * do (medmine's wording of the guideline), and the guideline cited.
 *
 * @param rxcui the drug's RxNorm ingredient RxCUI
 * @param drug the drug's name
 * @param genes gene to the result the recommendation matched ({@code CYP2C19 -> Poor Metabolizer};
 *     activity scores as {@code activity score 1.5})
 * @param classification {@code strong}, {@code moderate}, {@code optional} or {@code no
 *     recommendation}
 * @param actionable whether the recommendation departs from the drug's standard use (a card worth
 *     showing)
 * @param implication what the genotype means for this drug
 * @param recommendation what to do
 * @param guideline the CPIC guideline
 * @param basedOnOpenCall whether a gene result behind it is indeterminate or depends on missing
 *     data
 */
public record PgxRecommendation(
    String rxcui,
    String drug,
    Map<String, String> genes,
    String classification,
    boolean actionable,
    String implication,
    String recommendation,
    CpicGuideline guideline,
    boolean basedOnOpenCall) {
  public PgxRecommendation {
    genes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(genes));
  }
}
