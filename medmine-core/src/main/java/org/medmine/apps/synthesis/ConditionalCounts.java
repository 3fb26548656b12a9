package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A table of counts of a value given a condition (both text), the unit of every categorical part of
 * the {@link SynthesisModel}. Each patient adds at most {@code cap} contributions, so one patient
 * changes the table by at most {@code cap} in L1 norm: the sensitivity the Laplace mechanism
 * (Dwork, McSherry, Nissim and Smith, TCC 2006) scales its noise by. Counts below the minimum are
 * suppressed (the small-cell rule of disclosure control, e.g. CMS's cell size of 11).
 */
final class ConditionalCounts {
  private final String name;
  private final int cap;
  private final TreeMap<String, TreeMap<String, Double>> counts = new TreeMap<>();

  /**
   * @param name the table's name in the report's privacy budget
   * @param cap the most contributions one patient adds (its L1 sensitivity)
   */
  ConditionalCounts(String name, int cap) {
    this.name = name;
    this.cap = cap;
  }

  String name() {
    return name;
  }

  int cap() {
    return cap;
  }

  /** Adds one patient's contributions, (condition, value) pairs, the first {@code cap} of them. */
  void addPatient(List<String[]> contributions) {
    for (int i = 0; i < Math.min(cap, contributions.size()); i++) {
      String[] cv = contributions.get(i);
      if (cv[1] != null) {
        counts.computeIfAbsent(key(cv[0]), k -> new TreeMap<>()).merge(cv[1], 1.0, Double::sum);
      }
    }
  }

  /** Adds one patient's single contribution. */
  void add(String condition, String value) {
    List<String[]> one = new ArrayList<>();
    one.add(new String[] {condition, value});
    addPatient(one);
  }

  /**
   * Adds Laplace noise of scale {@code cap / epsilon} to every count (only to cells seen: the
   * domain of codes is taken as public), then drops counts below {@code minCount}.
   */
  void protect(int minCount, double epsilon, Random random) {
    for (TreeMap<String, Double> row : counts.values()) {
      if (epsilon > 0) {
        row.replaceAll((v, n) -> n + laplace(cap / epsilon, random));
      }
      row.values().removeIf(n -> n < minCount);
    }
    counts.values().removeIf(Map::isEmpty);
  }

  /** Whether the condition has any count left. */
  boolean has(String condition) {
    return counts.containsKey(key(condition));
  }

  /** The counts given {@code condition} (empty when suppressed). */
  Map<String, Double> row(String condition) {
    return counts.getOrDefault(key(condition), new TreeMap<>());
  }

  /** The key of a condition: an unknown (null) one is a condition of its own. */
  private static String key(String condition) {
    return condition == null ? "?" : condition;
  }

  /** The conditions with counts left. */
  List<String> conditions() {
    return List.copyOf(counts.keySet());
  }

  /**
   * A value drawn in proportion to its count given {@code condition}, or null when none is left.
   */
  String sample(String condition, Random random) {
    return draw(row(condition), random);
  }

  /** A key of {@code row} drawn in proportion to its value, or null for an empty row. */
  static String draw(Map<String, Double> row, Random random) {
    double total = row.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0) {
      return null;
    }
    double u = random.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Double> e : row.entrySet()) {
      last = e.getKey();
      u -= e.getValue();
      if (u < 0) {
        return last;
      }
    }
    return last;
  }

  /** A Laplace(0, scale) draw by inversion. */
  static double laplace(double scale, Random random) {
    double u = random.nextDouble() - 0.5;
    return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
  }
}
