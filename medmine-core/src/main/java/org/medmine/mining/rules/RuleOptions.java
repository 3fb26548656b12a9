package org.medmine.mining.rules;

import java.util.function.Predicate;

/**
 * What rules to keep.
 *
 * @param minConfidence minimum confidence in [0, 1]
 * @param minLift minimum lift; the default, just above 1, drops rules whose sides are independent
 *     or repel
 * @param maxItemSupport items in more than this fraction of transactions are trivial (a routine
 *     check-up is "associated" with everything) and may appear in no rule; 1 keeps them
 * @param consequentFilter the consequent's every item must pass (e.g. a code family); null accepts
 *     all
 * @param maxConsequent the largest consequent (1, as Spark MLlib does, unless asked otherwise)
 */
public record RuleOptions(
    double minConfidence,
    double minLift,
    double maxItemSupport,
    Predicate<String> consequentFilter,
    int maxConsequent) {

  public RuleOptions {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException(
          "minimum confidence must be in [0, 1], not " + minConfidence);
    }
    if (maxConsequent < 1) {
      throw new IllegalArgumentException("the consequent must allow at least one item");
    }
  }

  /**
   * Confidence ≥ {@code minConfidence}, lift > 1, no item in more than 90% of transactions, any
   * consequent.
   */
  public static RuleOptions defaults(double minConfidence) {
    return new RuleOptions(minConfidence, 1.000001, 0.9, null, 1);
  }

  /** No filter beyond the minimum confidence: every rule the itemsets allow. */
  public static RuleOptions unfiltered(double minConfidence) {
    return new RuleOptions(minConfidence, Double.NEGATIVE_INFINITY, 1.0, null, 1);
  }

  public RuleOptions withConsequentFilter(Predicate<String> filter) {
    return new RuleOptions(minConfidence, minLift, maxItemSupport, filter, maxConsequent);
  }
}
