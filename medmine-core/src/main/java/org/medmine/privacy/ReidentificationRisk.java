package org.medmine.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Equivalence classes, k-anonymity and prosecutor/journalist risk on quasi-identifiers, and a
 * greedy generalization (one hierarchy per quasi-identifier, then suppression of what is left below
 * k) that reaches k while reporting the information lost. Works on plain rows of strings; SQL stays
 * with the caller.
 */
public final class ReidentificationRisk {
  /**
   * A generalization hierarchy: {@code generalize(value, level)} for levels 0 (as recorded) to
   * {@code top} (everything the same).
   */
  public record Hierarchy(int top, BiFunction<String, Integer, String> generalize) {
    /** No generalization but full suppression at level 1. */
    public static Hierarchy flat() {
      return new Hierarchy(1, (v, l) -> l == 0 ? v : "*");
    }

    /** Years (e.g. birth year): exact, 5-, 10-, 20-year bands, then all. */
    public static Hierarchy years() {
      int[] widths = {1, 5, 10, 20};
      return new Hierarchy(
          4,
          (v, l) -> {
            if (v == null || l >= 4) {
              return "*";
            }
            int y = Integer.parseInt(v);
            int w = widths[l];
            int from = Math.floorDiv(y, w) * w;
            return w == 1 ? v : from + "-" + (from + w - 1);
          });
    }

    /** ZIP3: as recorded, then its first digit (a multi-state region), then all. */
    public static Hierarchy zip3() {
      return new Hierarchy(
          2, (v, l) -> v == null || l >= 2 ? "*" : l == 0 ? v : v.substring(0, 1) + "**");
    }
  }

  private final List<String> names;
  private final List<Hierarchy> hierarchies;

  public ReidentificationRisk(Map<String, Hierarchy> quasiIdentifiers) {
    this.names = List.copyOf(quasiIdentifiers.keySet());
    this.hierarchies = List.copyOf(quasiIdentifiers.values());
  }

  /** The risk of {@code rows} (one value per quasi-identifier, in order) as they are. */
  public RiskReport assess(List<List<String>> rows, int k) {
    return report(rows, k, new int[names.size()], 0, null);
  }

  /**
   * The risk of {@code population}-sized counts: journalist risk uses the population's class sizes
   * for the sample's classes.
   */
  public RiskReport assess(List<List<String>> sample, List<List<String>> population, int k) {
    return report(sample, k, new int[names.size()], 0, classes(population, new int[names.size()]));
  }

  /**
   * Generalizes until every class has at least k records, suppressing at most {@code
   * maxSuppression} of the records: at each step raises the level of the quasi-identifier that
   * leaves the fewest records below k (ties: the one that loses least).
   */
  public RiskReport generalize(List<List<String>> rows, int k, double maxSuppression) {
    int[] levels = new int[names.size()];
    while (true) {
      int below = below(classes(rows, levels), k);
      if (below <= maxSuppression * rows.size()) {
        break;
      }
      int best = -1;
      int bestBelow = Integer.MAX_VALUE;
      for (int q = 0; q < levels.length; q++) {
        if (levels[q] >= hierarchies.get(q).top()) {
          continue;
        }
        levels[q]++;
        int b = below(classes(rows, levels), k);
        levels[q]--;
        if (b < bestBelow) {
          best = q;
          bestBelow = b;
        }
      }
      if (best < 0) {
        break;
      }
      levels[best]++;
    }
    Map<List<String>, Integer> classes = classes(rows, levels);
    List<List<String>> kept = new ArrayList<>();
    for (List<String> r : rows) {
      if (classes.get(key(r, levels)) >= k) {
        kept.add(r);
      }
    }
    return report(kept, k, levels, rows.size() - kept.size(), null);
  }

  private RiskReport report(
      List<List<String>> rows,
      int k,
      int[] levels,
      int suppressed,
      Map<List<String>, Integer> population) {
    Map<List<String>, Integer> classes = classes(rows, levels);
    Map<Integer, Integer> sizes = new TreeMap<>();
    classes.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    int n = rows.size();
    int min = classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    int minPopulation =
        population == null
            ? min
            : classes.keySet().stream()
                .mapToInt(c -> population.getOrDefault(c, classes.get(c)))
                .min()
                .orElse(0);
    Map<String, Integer> levelByName = new LinkedHashMap<>();
    double precisionLoss = 0;
    for (int q = 0; q < names.size(); q++) {
      levelByName.put(names.get(q), levels[q]);
      precisionLoss += levels[q] / (double) hierarchies.get(q).top();
    }
    int total = n + suppressed;
    double loss =
        (names.isEmpty() ? 0 : precisionLoss / names.size())
            + (total == 0 ? 0 : suppressed / (double) total);
    return new RiskReport(
        names,
        k,
        n,
        classes.size(),
        sizes,
        n == 0 ? 0 : below(classes, k) / (double) n,
        min == 0 ? 0 : 1.0 / min,
        n == 0 ? 0 : classes.size() / (double) n,
        minPopulation == 0 ? 0 : 1.0 / minPopulation,
        levelByName,
        suppressed,
        loss);
  }

  private static int below(Map<List<String>, Integer> classes, int k) {
    return classes.values().stream().filter(s -> s < k).mapToInt(Integer::intValue).sum();
  }

  private Map<List<String>, Integer> classes(List<List<String>> rows, int[] levels) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (List<String> r : rows) {
      out.merge(key(r, levels), 1, Integer::sum);
    }
    return out;
  }

  private List<String> key(List<String> row, int[] levels) {
    List<String> key = new ArrayList<>(row.size());
    for (int q = 0; q < row.size(); q++) {
      String v = row.get(q);
      key.add(
          levels[q] == 0 ? String.valueOf(v) : hierarchies.get(q).generalize().apply(v, levels[q]));
    }
    return key;
  }
}
