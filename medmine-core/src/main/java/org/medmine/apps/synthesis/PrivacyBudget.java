package org.medmine.apps.synthesis;

import java.util.List;

/**
 * The differential-privacy budget of a fit: the total epsilon, split equally over the count tables
 * (sequential composition, Dwork and Roth 2014, Theorem 3.16), and per table its share, the most
 * one patient contributes to it (its L1 sensitivity) and so the Laplace noise's scale. The budget
 * covers the count tables; the quantile tables (ages, gaps, lengths, lab values) are not noised:
 * they are kept only over at least the minimum count of values and sampled between quantiles, so
 * with an epsilon the guarantee is epsilon-DP for the counts, not for the whole model.
 *
 * @param epsilon the total epsilon, 0 when no noise was added
 * @param minCount the suppression threshold
 * @param tables each count table's share
 */
record PrivacyBudget(double epsilon, int minCount, List<Share> tables) {
  /** A count table's share: its epsilon, sensitivity and noise scale (0 without noise). */
  record Share(String table, double epsilon, int sensitivity, double scale) {}

  static PrivacyBudget of(SynthesisModel model, double epsilon, int minCount) {
    List<ConditionalCounts> tables = model.tables();
    double share = epsilon > 0 ? epsilon / tables.size() : 0;
    return new PrivacyBudget(
        epsilon,
        minCount,
        tables.stream()
            .map(t -> new Share(t.name(), share, t.cap(), share > 0 ? t.cap() / share : 0))
            .toList());
  }
}
