package org.medmine.quality.linkage;

/**
 * Scores a record pair: the agreement vector ({@link PairComparator}), the Fellegi–Sunter weight of
 * each field under the fitted model, a frequency adjustment where a name agrees ({@link
 * NameFrequencies}: by the commoner of the two spellings, so "Jeniffer" agreeing with "Jennifer"
 * counts as Jennifer does), and the strong disagreements ({@link StrongDisagreement}).
 */
public final class PairScorer {
  private static final int GIVEN = 0;
  private static final int FAMILY = 1;

  private final FellegiSunter model;
  private final NameFrequencies frequencies;

  public PairScorer(FellegiSunter model, NameFrequencies frequencies) {
    this.model = model;
    this.frequencies = frequencies;
  }

  public FellegiSunter model() {
    return model;
  }

  /** Scores {@code a} against {@code b}. */
  public ScoredPair score(PatientRecord a, PatientRecord b) {
    return score(a, b, PairComparator.compare(a, b));
  }

  /** Scores {@code a} against {@code b} whose agreement vector {@code levels} is already known. */
  ScoredPair score(PatientRecord a, PatientRecord b, int[] levels) {
    double[] weights = model.fieldWeights(levels);
    if (levels[GIVEN] == 2) {
      weights[GIVEN] +=
          Math.min(frequencies.givenAdjustment(a.given()), frequencies.givenAdjustment(b.given()));
    }
    if (levels[FAMILY] == 2) {
      weights[FAMILY] +=
          Math.min(
              frequencies.familyAdjustment(a.family()), frequencies.familyAdjustment(b.family()));
    }
    double weight = 0;
    for (double w : weights) {
      weight += w;
    }
    return new ScoredPair(
        a,
        b,
        levels,
        weights,
        StrongDisagreement.between(a, b),
        weight,
        model.probabilityOfWeight(weight));
  }
}
