package org.medmine.ingest.genomics;

import java.util.List;

/**
 * A gene's result as decision support uses it: the diplotype (or the alternatives that fit), the
 * CPIC phenotype ({@code Poor Metabolizer}, {@code Decreased Function}, {@code -1639 AG}, ...), the
 * activity score where the gene has one, and where it came from.
 *
 * @param gene the gene
 * @param diplotype the diplotype ({@code *1/*2}), alternatives joined by {@code or}, or {@code no
 *     call}
 * @param phenotype the CPIC phenotype; {@code Indeterminate} when the alternatives disagree or the
 *     diplotype is not in CPIC's table
 * @param activityScore the activity score ({@code 1.5}), null where the gene has none
 * @param alternatives for an open call, each alternative as {@code diplotype: phenotype}
 * @param basis where the result came from: {@code vcf}, {@code outside call} or {@code warehouse}
 */
public record GenePhenotype(
    String gene,
    String diplotype,
    String phenotype,
    String activityScore,
    List<String> alternatives,
    String basis) {
  /** CPIC's phenotype for a result it cannot interpret. */
  public static final String INDETERMINATE = "Indeterminate";

  public GenePhenotype {
    alternatives = List.copyOf(alternatives);
  }

  /** Whether the phenotype is {@link #INDETERMINATE}. */
  public boolean indeterminate() {
    return INDETERMINATE.equals(phenotype);
  }
}
