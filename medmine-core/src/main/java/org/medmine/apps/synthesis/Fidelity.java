package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How closely synthetic patients reproduce real ones: the total variation distance of each
 * demographic column's marginal (half the L1 distance of the two distributions) and of the
 * distribution of codes over patients; the difference of Cramér's V (Cramér 1946, chi-squared based
 * association of two categorical columns) for each pair of columns, the top conditions' presence
 * included; and the prevalence of the top conditions by age band and sex in both.
 *
 * @param marginals the total variation distance per column
 * @param associations per pair of columns: real V, synthetic V and their absolute difference
 * @param prevalence per top condition, age band and sex: real and synthetic prevalence
 */
record Fidelity(
    Map<String, Double> marginals, List<Association> associations, List<Prevalence> prevalence) {
  /** The demographic columns compared. */
  static final List<String> COLUMNS = List.of("sex", "race", "ethnicity", "age_band", "state");

  /** The conditions whose prevalence and associations are compared. */
  static final int TOP_CONDITIONS = 5;

  /** Cramér's V of a pair of columns in the real and the synthetic patients. */
  record Association(String a, String b, double real, double synthetic, double difference) {}

  /** A condition's prevalence in one age band and sex. */
  record Prevalence(
      String condition, String ageBand, String sex, double real, double synthetic, long realN) {}

  /** Compares {@code synthetic} with {@code real} as of {@code asOfYear}. */
  static Fidelity of(List<PatientRecord> real, List<PatientRecord> synthetic, int asOfYear) {
    List<String> top = topConditions(real);
    List<String> columns = new ArrayList<>(COLUMNS);
    top.forEach(columns::add);
    Map<String, Double> marginals = new LinkedHashMap<>();
    for (String col : COLUMNS) {
      marginals.put(
          col,
          totalVariation(
              distribution(real, p -> p.column(col, asOfYear)),
              distribution(synthetic, p -> p.column(col, asOfYear))));
    }
    marginals.put("code", totalVariation(codeDistribution(real), codeDistribution(synthetic)));
    List<Association> associations = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      for (int j = i + 1; j < columns.size(); j++) {
        String a = columns.get(i);
        String b = columns.get(j);
        double vr = cramersV(real, a, b, asOfYear);
        double vs = cramersV(synthetic, a, b, asOfYear);
        associations.add(new Association(a, b, vr, vs, Math.abs(vr - vs)));
      }
    }
    List<Prevalence> prevalence = new ArrayList<>();
    for (String code : top) {
      for (String band : List.of("0-17", "18-39", "40-64", "65+")) {
        for (String sex : List.of("female", "male")) {
          long[] r = prevalence(real, code, band, sex, asOfYear);
          long[] s = prevalence(synthetic, code, band, sex, asOfYear);
          if (r[1] > 0 || s[1] > 0) {
            prevalence.add(
                new Prevalence(code, band, sex, ratio(r[0], r[1]), ratio(s[0], s[1]), r[1]));
          }
        }
      }
    }
    return new Fidelity(marginals, associations, prevalence);
  }

  /** The mean absolute difference of Cramér's V over the pairs. */
  double meanAssociationDifference() {
    return associations.stream().mapToDouble(Association::difference).average().orElse(0);
  }

  /** Half the L1 distance between two distributions given as counts. */
  static double totalVariation(Map<String, Double> p, Map<String, Double> q) {
    double np = p.values().stream().mapToDouble(Double::doubleValue).sum();
    double nq = q.values().stream().mapToDouble(Double::doubleValue).sum();
    TreeSet<String> keys = new TreeSet<>(p.keySet());
    keys.addAll(q.keySet());
    double sum = 0;
    for (String k : keys) {
      sum += Math.abs(share(p.get(k), np) - share(q.get(k), nq));
    }
    return sum / 2;
  }

  /**
   * Cramér's V of two columns: sqrt(chi2 / (n (min(r, c) - 1))), 0 when either column has one
   * value.
   */
  static double cramersV(List<PatientRecord> patients, String a, String b, int asOfYear) {
    Map<String, Map<String, Double>> table = new TreeMap<>();
    Map<String, Double> rows = new HashMap<>();
    Map<String, Double> cols = new HashMap<>();
    for (PatientRecord p : patients) {
      String x = value(p, a, asOfYear);
      String y = value(p, b, asOfYear);
      table.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1.0, Double::sum);
      rows.merge(x, 1.0, Double::sum);
      cols.merge(y, 1.0, Double::sum);
    }
    int n = patients.size();
    int k = Math.min(rows.size(), cols.size());
    if (n == 0 || k < 2) {
      return 0;
    }
    double chi2 = 0;
    for (Map.Entry<String, Double> r : rows.entrySet()) {
      for (Map.Entry<String, Double> c : cols.entrySet()) {
        double expected = r.getValue() * c.getValue() / n;
        double observed = table.get(r.getKey()).getOrDefault(c.getKey(), 0.0);
        chi2 += (observed - expected) * (observed - expected) / expected;
      }
    }
    return Math.sqrt(chi2 / (n * (double) (k - 1)));
  }

  /** A column's value: a demographic column, or a code's presence ("yes"/"no"). */
  private static String value(PatientRecord p, String column, int asOfYear) {
    return COLUMNS.contains(column)
        ? String.valueOf(p.column(column, asOfYear))
        : p.codes().contains(column) ? "yes" : "no";
  }

  /** The most prevalent condition codes among {@code real}. */
  static List<String> topConditions(List<PatientRecord> real) {
    Map<String, Double> counts = codeDistribution(real);
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith("condition|"))
        .sorted(
            Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(TOP_CONDITIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Double> codeDistribution(List<PatientRecord> patients) {
    Map<String, Double> out = new TreeMap<>();
    patients.forEach(p -> p.codes().forEach(c -> out.merge(c, 1.0, Double::sum)));
    return out;
  }

  private static Map<String, Double> distribution(
      List<PatientRecord> patients, java.util.function.Function<PatientRecord, String> f) {
    Map<String, Double> out = new TreeMap<>();
    patients.forEach(p -> out.merge(String.valueOf(f.apply(p)), 1.0, Double::sum));
    return out;
  }

  private static long[] prevalence(
      List<PatientRecord> patients, String code, String band, String sex, int asOfYear) {
    long has = 0;
    long all = 0;
    for (PatientRecord p : patients) {
      if (sex.equals(p.sex()) && band.equals(p.column("age_band", asOfYear))) {
        all++;
        has += p.codes().contains(code) ? 1 : 0;
      }
    }
    return new long[] {has, all};
  }

  private static double share(Double count, double total) {
    return count == null || total == 0 ? 0 : count / total;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
