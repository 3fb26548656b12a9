package org.medmine.mining.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules from frequent itemsets: for every itemset and every split into a non-empty antecedent and a
 * consequent of at most {@link RuleOptions#maxConsequent()} items, the rule with its measures (the
 * itemsets are closed under subsets, so every antecedent's count is known). Ranked by lift, then
 * confidence, then support.
 */
public final class AssociationRules {
  private AssociationRules() {}

  /**
   * The rules of {@code itemsets} mined from {@code transactions} transactions that pass {@code
   * options}.
   */
  public static List<AssociationRule> generate(
      List<Itemset> itemsets, long transactions, RuleOptions options) {
    Map<List<String>, Long> counts = new HashMap<>();
    for (Itemset s : itemsets) {
      counts.put(s.items(), s.count());
    }
    List<AssociationRule> rules = new ArrayList<>();
    double n = transactions;
    for (Itemset s : itemsets) {
      int k = s.items().size();
      if (k < 2
          || s.items().stream()
              .anyMatch(i -> counts.getOrDefault(List.of(i), 0L) / n > options.maxItemSupport())) {
        continue;
      }
      // Each non-empty proper subset, as a bit mask over the sorted items, is a consequent.
      for (int mask = 1; mask < (1 << k) - 1; mask++) {
        if (Integer.bitCount(mask) > options.maxConsequent()) {
          continue;
        }
        List<String> consequent = new ArrayList<>();
        List<String> antecedent = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          ((mask & (1 << i)) != 0 ? consequent : antecedent).add(s.items().get(i));
        }
        if (options.consequentFilter() != null
            && !consequent.stream().allMatch(options.consequentFilter())) {
          continue;
        }
        AssociationRule rule = measured(antecedent, consequent, s.count(), counts, n);
        if (rule.confidence() >= options.minConfidence() && rule.lift() >= options.minLift()) {
          rules.add(rule);
        }
      }
    }
    rules.sort(RANKING);
    return rules;
  }

  /**
   * By lift, then confidence, then count (all descending), then the rule's items, so the order is
   * stable.
   */
  private static final Comparator<AssociationRule> RANKING =
      Comparator.comparingDouble(AssociationRule::lift)
          .reversed()
          .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
          .thenComparing(Comparator.comparingLong(AssociationRule::count).reversed())
          .thenComparing(
              r ->
                  String.join("\u0000", r.antecedent())
                      + "\u0001"
                      + String.join("\u0000", r.consequent()));

  /** The rule antecedent → consequent of an itemset seen {@code count} times, with its measures. */
  private static AssociationRule measured(
      List<String> antecedent,
      List<String> consequent,
      long count,
      Map<List<String>, Long> counts,
      double n) {
    Long countA = counts.get(antecedent);
    Long countC = counts.get(consequent);
    if (countA == null || countC == null) {
      throw new IllegalArgumentException(
          "the itemsets are not closed under subsets: "
              + antecedent
              + " or "
              + consequent
              + " is missing");
    }
    double support = count / n;
    double confidence = (double) count / countA;
    double supportC = countC / n;
    double lift = confidence / supportC;
    double leverage = support - (countA / n) * supportC;
    double conviction =
        confidence >= 1 ? Double.POSITIVE_INFINITY : (1 - supportC) / (1 - confidence);
    return new AssociationRule(
        antecedent, consequent, count, support, confidence, lift, leverage, conviction);
  }
}
