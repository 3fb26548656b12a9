package org.medmine.quality.linkage;

import java.util.List;

/**
 * Two compared records and the evidence for and against their being one person: the agreement level
 * of each field with the weight it adds (log2 m/u, plus the frequency adjustment where a name
 * agrees), the strong disagreements found, the total weight and the match probability under the
 * fitted model. A pair with a strong disagreement is never linked automatically, whatever its
 * probability.
 */
public record ScoredPair(
    PatientRecord a,
    PatientRecord b,
    int[] levels,
    double[] fieldWeights,
    List<StrongDisagreement> disagreements,
    double weight,
    double probability) {

  /**
   * The evidence of one field: its name, agreement level (or -1 when missing) and weight in bits.
   */
  public record FieldEvidence(String field, int level, int levels, double weight) {}

  /** Whether a rule forbids linking the pair. */
  public boolean forbidden() {
    return !disagreements.isEmpty();
  }

  /** The per-field evidence, in the order of {@link PairComparator#FIELDS}. */
  public List<FieldEvidence> evidence() {
    return java.util.stream.IntStream.range(0, levels.length)
        .mapToObj(
            f ->
                new FieldEvidence(
                    PairComparator.FIELDS.get(f).name(),
                    levels[f],
                    PairComparator.FIELDS.get(f).levels(),
                    fieldWeights[f]))
        .toList();
  }

  /** The pair's key, the two record keys in order: stable across runs, used to break ties. */
  public String pairKey() {
    return LinkDecision.pairKey(a.key(), b.key());
  }
}
