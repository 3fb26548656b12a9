package org.medmine.mining.rules;

import java.util.List;

/**
 * A rule "antecedent ⇒ consequent" (Agrawal, Imieliński and Swami 1993) with its interest measures.
 *
 * @param antecedent items on the left, sorted
 * @param consequent items on the right, sorted
 * @param count transactions containing both sides
 * @param support {@code count} as a fraction of all transactions
 * @param confidence P(consequent | antecedent)
 * @param lift confidence / P(consequent): above 1, the sides occur together more often than by
 *     chance
 * @param leverage P(both) − P(antecedent)·P(consequent)
 * @param conviction (1 − P(consequent)) / (1 − confidence); infinite when confidence is 1
 */
public record AssociationRule(
    List<String> antecedent,
    List<String> consequent,
    long count,
    double support,
    double confidence,
    double lift,
    double leverage,
    double conviction) {
  public AssociationRule {
    antecedent = List.copyOf(antecedent);
    consequent = List.copyOf(consequent);
  }
}
