package org.medmine.apps.prediction.learn;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.medmine.ingest.table.ColumnKind;

/**
 * How one column becomes features, fitted on training rows only ({@link TableEncoder}) and saved
 * with the model so a new table is encoded the same way.
 *
 * <ul>
 *   <li>{@code number}: numeric, ordinal and date columns, as they are (missing stays NaN, which
 *       the boosted trees route and the logistic regression imputes);
 *   <li>{@code one-hot}: a categorical column with few levels, one 0/1 feature per level seen at
 *       least {@link TableEncoder#minCount} times, rarer levels in one {@code other} feature;
 *   <li>{@code frequency + target}: a categorical column with many levels, its level's share of the
 *       training rows and its smoothed target mean (Micci-Barreca, SIGKDD Explorations 2001);
 *   <li>{@code ICD roll-up}: a code column, one-hot of its chapter, frequency and target mean of
 *       its 3-character category, and the target mean of the full code.
 * </ul>
 *
 * @param column the column
 * @param kind its kind
 * @param method {@code number}, {@code one-hot}, {@code frequency + target} or {@code ICD roll-up}
 * @param icd9 for a code column, whether its codes are ICD-9-CM
 * @param levels the one-hot levels (of the column, or of the chapter for a code column)
 * @param frequency the share of training rows per level (per category for a code column)
 * @param targetMean the smoothed target mean per level (per category), rare ones as {@value #RARE}
 * @param codeTargetMean for a code column, the smoothed target mean per full code
 * @param prior the training rows' target mean, the value of a level never seen
 */
public record ColumnEncoding(
    String column,
    ColumnKind kind,
    String method,
    boolean icd9,
    List<String> levels,
    Map<String, Double> frequency,
    Map<String, Double> targetMean,
    Map<String, Double> codeTargetMean,
    double prior) {
  public static final String NUMBER = "number";
  public static final String ONE_HOT = "one-hot";
  public static final String FREQUENCY_TARGET = "frequency + target";
  public static final String ICD = "ICD roll-up";

  /** The pooled level of levels seen fewer than {@link TableEncoder#minCount} times. */
  public static final String RARE = "(rare)";

  /** The level of a missing value in a categorical or code column. */
  public static final String MISSING = "(missing)";

  /** The features this column gives, in order. */
  @JsonIgnore
  public List<String> features() {
    List<String> out = new ArrayList<>();
    switch (method) {
      case NUMBER -> out.add(column);
      case ONE_HOT -> {
        levels.forEach(l -> out.add(column + "=" + l));
        out.add(column + "=other");
      }
      case FREQUENCY_TARGET -> {
        out.add(column + " (frequency)");
        out.add(column + " (target mean)");
      }
      default -> {
        levels.forEach(l -> out.add(column + " chapter=" + l));
        out.add(column + " chapter=other");
        out.add(column + " category (frequency)");
        out.add(column + " category (target mean)");
        out.add(column + " code (target mean)");
      }
    }
    return out;
  }

  /** The key target and frequency statistics are kept under: the level, or the ICD category. */
  String key(String level) {
    if (level == null) {
      return MISSING;
    }
    return ICD.equals(method) ? IcdRollup.category(level, icd9) : level;
  }

  /**
   * Writes this column's features for one row into {@code out} from {@code offset}: {@code level}
   * for a coded column (null when missing), {@code number} for a numeric one; target means come
   * from {@code keyMean} (by {@link #key}) and {@code codeMean} (by full code), so a training row
   * can be given means that never saw it.
   */
  void encode(
      String level,
      double number,
      ToDoubleFunction<String> keyMean,
      ToDoubleFunction<String> codeMean,
      double[] out,
      int offset) {
    switch (method) {
      case NUMBER -> out[offset] = number;
      case ONE_HOT -> oneHot(level == null ? MISSING : level, out, offset);
      case FREQUENCY_TARGET -> {
        String k = key(level);
        out[offset] = frequency.getOrDefault(k, 0.0);
        out[offset + 1] = keyMean.applyAsDouble(k);
      }
      default -> {
        oneHot(level == null ? MISSING : IcdRollup.chapter(level, icd9), out, offset);
        int next = offset + levels.size() + 1;
        String k = key(level);
        out[next] = frequency.getOrDefault(k, 0.0);
        out[next + 1] = keyMean.applyAsDouble(k);
        out[next + 2] = codeMean.applyAsDouble(level == null ? MISSING : level);
      }
    }
  }

  private void oneHot(String level, double[] out, int offset) {
    int k = levels.indexOf(level);
    for (int i = 0; i <= levels.size(); i++) {
      out[offset + i] = 0;
    }
    out[offset + (k < 0 ? levels.size() : k)] = 1;
  }

  /**
   * The smoothed target mean of {@code key} for a new row (rare or unseen: the rare pool, else the
   * prior).
   */
  double meanOf(String key, Map<String, Double> means) {
    Double v = means.get(key);
    if (v != null) {
      return v;
    }
    return means.getOrDefault(RARE, prior);
  }
}
