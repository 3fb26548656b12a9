package org.medmine.apps.prediction.learn;

import java.util.Map;
import java.util.TreeMap;
import org.medmine.model.MedmineUserException;

/**
 * The target column as the learner predicts it: a class (1 for the positive value, else 0) or a
 * number. It is a classification when {@code --positive} names the positive value, when the column
 * has two text values (the rarer one is positive, the card says which) or when it holds only 0 and
 * 1 (1 is positive); any other numeric target is a regression. A target with one value, or with
 * more than two text values and no {@code --positive}, is refused.
 *
 * @param column the target column
 * @param regression whether the target is a number to predict
 * @param positive the positive value of a classification, else null
 * @param y per row, 1 or 0 for a classification, the number for a regression
 */
public record TableTarget(String column, boolean regression, String positive, double[] y) {

  /** The target of {@code values} (rows of {@code file}); {@code positive} may be null. */
  public static TableTarget of(String column, String[] values, String positive, String file) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    requireTwoValues(column, counts, file);
    if (positive != null) {
      requireSeen(column, counts, positive, file);
      return classes(column, values, positive);
    }
    boolean numeric = counts.keySet().stream().allMatch(TableTarget::isNumber);
    if (numeric && counts.size() == 2 && isZeroOne(counts)) {
      return classes(
          column,
          values,
          counts.keySet().stream().filter(v -> parse(v) == 1).findFirst().orElseThrow());
    }
    if (numeric) {
      double[] y = new double[values.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = parse(values[i]);
      }
      return new TableTarget(column, true, null, y);
    }
    if (counts.size() > 2) {
      throw new MedmineUserException(
          "The target column '"
              + column
              + "' of "
              + file
              + " has "
              + counts.size()
              + " values: name the positive class with --positive VALUE.");
    }
    String rarer =
        counts.entrySet().stream()
            .min(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
            .orElseThrow()
            .getKey();
    return classes(column, values, rarer);
  }

  private static void requireTwoValues(String column, Map<String, Integer> counts, String file) {
    if (counts.size() < 2) {
      throw new MedmineUserException(
          "The target column '"
              + column
              + "' of "
              + file
              + " has "
              + (counts.isEmpty()
                  ? "no value"
                  : "one value ('" + counts.keySet().iterator().next() + "')")
              + " in every row with a target: a model needs two classes, choose another target.");
    }
  }

  private static void requireSeen(
      String column, Map<String, Integer> counts, String positive, String file) {
    if (!counts.containsKey(positive)) {
      throw new MedmineUserException(
          "The target column '"
              + column
              + "' of "
              + file
              + " never holds '"
              + positive
              + "': give --positive one of "
              + String.join(", ", first(counts, 10))
              + ".");
    }
  }

  private static TableTarget classes(String column, String[] values, String positive) {
    double[] y = new double[values.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = positive.equals(values[i]) ? 1 : 0;
    }
    return new TableTarget(column, false, positive, y);
  }

  /** The classes as 0 and 1. */
  public int[] classes() {
    int[] out = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = (int) y[i];
    }
    return out;
  }

  private static boolean isZeroOne(Map<String, Integer> counts) {
    return counts.keySet().stream().allMatch(v -> parse(v) == 0 || parse(v) == 1);
  }

  private static boolean isNumber(String v) {
    return !Double.isNaN(parse(v));
  }

  private static double parse(String v) {
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static java.util.List<String> first(Map<String, Integer> counts, int n) {
    return counts.keySet().stream().limit(n).map(v -> "'" + v + "'").toList();
  }
}
