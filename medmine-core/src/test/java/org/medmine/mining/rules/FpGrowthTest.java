package org.medmine.mining.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * FP-Growth's itemsets are identical to brute-force counts; rule measures match their definitions.
 */
public class FpGrowthTest {
  /** Every subset of the item universe counted directly: the oracle for small random data. */
  static Map<Set<String>, Long> bruteForce(
      List<List<String>> transactions, List<String> universe, long minCount, int maxLength) {
    Map<Set<String>, Long> out = new HashMap<>();
    for (int mask = 1; mask < (1 << universe.size()); mask++) {
      if (Integer.bitCount(mask) > maxLength) {
        continue;
      }
      Set<String> s = new HashSet<>();
      for (int i = 0; i < universe.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(universe.get(i));
        }
      }
      long c = transactions.stream().filter(t -> new HashSet<>(t).containsAll(s)).count();
      if (c >= minCount) {
        out.put(s, c);
      }
    }
    return out;
  }

  /**
   * Level-wise counting (each frequent k-set extended by each frequent item, counted by scanning):
   * for real data.
   */
  public static Map<Set<String>, Long> levelWise(
      List<List<String>> transactions, long minCount, int maxLength) {
    List<Set<String>> sets =
        transactions.stream().map(t -> (Set<String>) new HashSet<>(t)).toList();
    Map<String, Long> single = new HashMap<>();
    sets.forEach(t -> t.forEach(i -> single.merge(i, 1L, Long::sum)));
    List<String> items =
        single.entrySet().stream()
            .filter(e -> e.getValue() >= minCount)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<Set<String>, Long> out = new HashMap<>();
    Set<Set<String>> level = new HashSet<>();
    for (String i : items) {
      out.put(Set.of(i), single.get(i));
      level.add(Set.of(i));
    }
    for (int k = 2; k <= maxLength && !level.isEmpty(); k++) {
      Set<Set<String>> next = new HashSet<>();
      for (Set<String> s : level) {
        for (String i : items) {
          if (s.contains(i)) {
            continue;
          }
          Set<String> c = new TreeSet<>(s);
          c.add(i);
          if (out.containsKey(c) || next.contains(c)) {
            continue;
          }
          long count = sets.stream().filter(t -> t.containsAll(c)).count();
          if (count >= minCount) {
            out.put(c, count);
            next.add(c);
          }
        }
      }
      level = next;
    }
    return out;
  }

  public static Map<Set<String>, Long> asMap(List<Itemset> itemsets) {
    Map<Set<String>, Long> m = new HashMap<>();
    for (Itemset s : itemsets) {
      assertThat(m.put(new HashSet<>(s.items()), s.count()))
          .as("itemset reported twice: %s", s.items())
          .isNull();
    }
    return m;
  }

  @Test
  void itemsetsEqualBruteForceOnRandomTransactions() {
    List<String> universe = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    for (int seed = 1; seed <= 25; seed++) {
      Random rnd = new Random(seed);
      List<List<String>> tx = new ArrayList<>();
      int n = 20 + rnd.nextInt(80);
      for (int t = 0; t < n; t++) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < universe.size(); i++) {
          // Skewed item frequencies, and sometimes a repeated item (it must count once).
          if (rnd.nextDouble() < 0.7 / (1 + i * 0.3)) {
            items.add(universe.get(i));
            if (rnd.nextInt(10) == 0) {
              items.add(universe.get(i));
            }
          }
        }
        tx.add(items);
      }
      double minSupport = 0.02 + rnd.nextDouble() * 0.2;
      int maxLength = 2 + rnd.nextInt(10);
      FpGrowth fp = new FpGrowth(minSupport, maxLength);
      List<Itemset> found = fp.mine(tx);
      assertThat(asMap(found))
          .as("seed %d", seed)
          .isEqualTo(bruteForce(tx, universe, fp.minCount(n), maxLength));
      found.forEach(s -> assertThat(s.support()).isCloseTo((double) s.count() / n, within(1e-12)));
    }
  }

  @Test
  void ruleMeasuresFollowTheirDefinitions() {
    // 10 transactions: {a,b} x3, {a} x3, {b} x3, {c} -> supp(a)=.6, supp(b)=.6, supp(ab)=.3: a and
    // b repel
    List<List<String>> tx = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tx.add(List.of("a", "b"));
      tx.add(List.of("a"));
      tx.add(List.of("b"));
    }
    tx.add(List.of("c"));
    List<AssociationRule> rules =
        AssociationRules.generate(
            new FpGrowth(0.1, 3).mine(tx), tx.size(), RuleOptions.unfiltered(0));
    AssociationRule ab =
        rules.stream().filter(r -> r.antecedent().equals(List.of("a"))).findFirst().orElseThrow();
    assertThat(ab.consequent()).containsExactly("b");
    assertThat(ab.count()).isEqualTo(3);
    assertThat(ab.support()).isCloseTo(0.3, within(1e-12));
    assertThat(ab.confidence()).isCloseTo(0.5, within(1e-12));
    assertThat(ab.lift()).isCloseTo(0.5 / 0.6, within(1e-12));
    assertThat(ab.leverage()).isCloseTo(0.3 - 0.36, within(1e-12));
    assertThat(ab.conviction()).isCloseTo(0.4 / 0.5, within(1e-12));
    assertThat(rules).hasSize(2);
    // Lift below 1 is dropped by default; a consequent filter keeps only rules concluding in its
    // family.
    assertThat(
            AssociationRules.generate(
                new FpGrowth(0.1, 3).mine(tx), tx.size(), RuleOptions.defaults(0)))
        .isEmpty();
    assertThat(
            AssociationRules.generate(
                new FpGrowth(0.1, 3).mine(tx),
                tx.size(),
                RuleOptions.unfiltered(0).withConsequentFilter(c -> c.equals("a"))))
        .singleElement()
        .satisfies(r -> assertThat(r.consequent()).containsExactly("a"));
  }
}
