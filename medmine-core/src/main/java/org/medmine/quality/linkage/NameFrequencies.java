package org.medmine.quality.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Frequency-based weights for exact name agreement (Fellegi and Sunter 1969, section 3.3.1; Winkler
 * 1988): two records agreeing on "smith" are weaker evidence than two agreeing on a rare name. For
 * a value v of relative frequency f(v), the chance that two unrelated records agree on v is f(v)²,
 * and the chance of agreeing on some value is S = Σ f(w)²; a true pair agrees on v with chance
 * m·f(v). So the weight of agreement on v exceeds the field's average agreement weight by log2(S /
 * f(v)) bits, which this class returns, bounded to ±{@link #MAX_ADJUSTMENT_BITS} so one name never
 * decides a pair alone.
 */
public final class NameFrequencies {
  /** The largest adjustment, in bits, either way. */
  static final double MAX_ADJUSTMENT_BITS = 4;

  private final Map<String, Integer> given;
  private final Map<String, Integer> family;
  private final double givenSquares;
  private final double familySquares;
  private final int givenTotal;
  private final int familyTotal;

  private NameFrequencies(Map<String, Integer> given, Map<String, Integer> family) {
    this.given = given;
    this.family = family;
    this.givenTotal = given.values().stream().mapToInt(Integer::intValue).sum();
    this.familyTotal = family.values().stream().mapToInt(Integer::intValue).sum();
    this.givenSquares = squares(given, givenTotal);
    this.familySquares = squares(family, familyTotal);
  }

  /** Counts the given and family names of {@code records}. */
  public static NameFrequencies of(List<PatientRecord> records) {
    return new NameFrequencies(
        count(records, PatientRecord::given), count(records, PatientRecord::family));
  }

  /** The adjustment in bits for two records that agree exactly on given name {@code value}. */
  public double givenAdjustment(String value) {
    return adjustment(given, givenTotal, givenSquares, value);
  }

  /** The adjustment in bits for two records that agree exactly on family name {@code value}. */
  public double familyAdjustment(String value) {
    return adjustment(family, familyTotal, familySquares, value);
  }

  private static double adjustment(
      Map<String, Integer> counts, int total, double squares, String value) {
    if (value == null || total == 0) {
      return 0;
    }
    double f = Math.max(1, counts.getOrDefault(value, 0)) / (double) total;
    double bits = Math.log(squares / f) / Math.log(2);
    return Math.max(-MAX_ADJUSTMENT_BITS, Math.min(MAX_ADJUSTMENT_BITS, bits));
  }

  private static Map<String, Integer> count(
      List<PatientRecord> records, Function<PatientRecord, String> name) {
    Map<String, Integer> out = new HashMap<>();
    for (PatientRecord r : records) {
      String n = name.apply(r);
      if (n != null) {
        out.merge(n, 1, Integer::sum);
      }
    }
    return out;
  }

  private static double squares(Map<String, Integer> counts, int total) {
    double s = 0;
    for (int c : counts.values()) {
      double f = c / (double) total;
      s += f * f;
    }
    return s;
  }
}
