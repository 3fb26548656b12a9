package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.medmine.ingest.table.ColumnKind;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.TableData;
import org.medmine.ingest.table.TableReader;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.GroupSplit;

/**
 * Chooses and fits each column's {@link ColumnEncoding} on training rows only, and encodes those
 * rows with target means cross-fitted over {@value #INNER_FOLDS} folds of whole groups: a training
 * row's target-mean features come from the other folds, so no row's own target reaches its features
 * (the leak that makes plain target encoding overfit). Rows of other parts (the test rows, a
 * cross-validation fold held out) are encoded with means from every training row.
 */
public final class TableEncoder {
  /** Categorical columns with at most this many levels (missing counted) are one-hot encoded. */
  public static final int ONE_HOT_MAX = 10;

  /** Folds of the cross-fitted target means. */
  public static final int INNER_FOLDS = 5;

  private TableEncoder() {}

  /**
   * An encoding, the training rows' features, and each training row's inner fold (the rows whose
   * targets its target means left out).
   */
  public record Fitted(TableEncoding encoding, FeatureMatrix training, int[] folds) {}

  /**
   * A level is kept on its own (a one-hot feature, its own target mean) when at least this many
   * training rows have it: 5, or 1% of the rows when that is more.
   */
  public static int minCount(int rows) {
    return Math.max(5, (int) Math.ceil(rows * 0.01));
  }

  /** Fits the encodings on {@code rows} of {@code d} with targets {@code y} (indexed by row). */
  public static Fitted fit(TableData d, int[] rows, double[] y, long seed) {
    String[] groups = new String[rows.length];
    for (int r = 0; r < rows.length; r++) {
      groups[r] = d.groups()[rows[r]];
    }
    int[] fold = GroupSplit.folds(groups, INNER_FOLDS, seed + 7);
    int min = minCount(rows.length);
    List<ColumnEncoding> columns = new ArrayList<>();
    List<TargetStats[]> crossed = new ArrayList<>();
    for (int j = 0; j < d.columns().size(); j++) {
      ColumnProfile c = d.columns().get(j);
      if (!TableReader.isCoded(c.kind())) {
        columns.add(
            new ColumnEncoding(
                c.name(),
                c.kind(),
                ColumnEncoding.NUMBER,
                false,
                List.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                0));
        crossed.add(null);
        continue;
      }
      Fit f = fitCoded(d, j, rows, y, fold, min);
      columns.add(f.encoding());
      crossed.add(f.crossed());
    }
    TableEncoding encoding = new TableEncoding(columns);
    return new Fitted(encoding, training(d, rows, encoding, crossed, fold), fold);
  }

  private record Fit(ColumnEncoding encoding, TargetStats[] crossed) {}

  private static Fit fitCoded(TableData d, int j, int[] rows, double[] y, int[] fold, int min) {
    ColumnProfile c = d.columns().get(j);
    boolean code = c.kind() == ColumnKind.CODE;
    Function<String, String> keyOf =
        code
            ? v -> v == null ? ColumnEncoding.MISSING : IcdRollup.category(v, c.icd9())
            : v -> v == null ? ColumnEncoding.MISSING : v;
    Map<String, Integer> keyCounts = counts(d, j, rows, keyOf);
    Map<String, Integer> codeCounts =
        counts(d, j, rows, v -> v == null ? ColumnEncoding.MISSING : v);
    if (!code && keyCounts.size() <= ONE_HOT_MAX) {
      return new Fit(
          new ColumnEncoding(
              c.name(),
              c.kind(),
              ColumnEncoding.ONE_HOT,
              false,
              frequent(keyCounts, min),
              Map.of(),
              Map.of(),
              Map.of(),
              0),
          null);
    }
    TargetStats keyStats = new TargetStats(INNER_FOLDS);
    TargetStats codeStats = new TargetStats(INNER_FOLDS);
    for (int r = 0; r < rows.length; r++) {
      String v = d.level(j, rows[r]);
      keyStats.add(pooled(keyOf.apply(v), keyCounts, min), fold[r], y[rows[r]]);
      codeStats.add(
          pooled(v == null ? ColumnEncoding.MISSING : v, codeCounts, min), fold[r], y[rows[r]]);
    }
    Map<String, Double> frequency = new TreeMap<>();
    keyCounts.forEach((k, n) -> frequency.put(k, (double) n / rows.length));
    List<String> chapters =
        code
            ? frequent(
                counts(
                    d,
                    j,
                    rows,
                    v -> v == null ? ColumnEncoding.MISSING : IcdRollup.chapter(v, c.icd9())),
                min)
            : List.of();
    ColumnEncoding e =
        new ColumnEncoding(
            c.name(),
            c.kind(),
            code ? ColumnEncoding.ICD : ColumnEncoding.FREQUENCY_TARGET,
            c.icd9(),
            chapters,
            frequency,
            keyStats.means(),
            code ? codeStats.means() : Map.of(),
            keyStats.prior());
    return new Fit(e, new TargetStats[] {keyStats, codeStats});
  }

  /** The training rows' features: target means of each row from the folds other than its own. */
  private static FeatureMatrix training(
      TableData d, int[] rows, TableEncoding encoding, List<TargetStats[]> crossed, int[] fold) {
    List<String> names = encoding.features();
    double[][] x = new double[rows.length][names.size()];
    for (int r = 0; r < rows.length; r++) {
      int offset = 0;
      final int f = fold[r];
      for (int j = 0; j < encoding.columns().size(); j++) {
        ColumnEncoding e = encoding.columns().get(j);
        TargetStats[] s = crossed.get(j);
        Function<String, String> pool =
            k -> e.targetMean().containsKey(k) ? k : ColumnEncoding.RARE;
        Function<String, String> poolCode =
            k -> e.codeTargetMean().containsKey(k) ? k : ColumnEncoding.RARE;
        e.encode(
            d.codes()[j] == null ? null : d.level(j, rows[r]),
            d.codes()[j] == null ? d.number(j, rows[r]) : Double.NaN,
            k -> s == null ? Double.NaN : s[0].meanOutside(pool.apply(k), f),
            k -> s == null ? Double.NaN : s[1].meanOutside(poolCode.apply(k), f),
            x[r],
            offset);
        offset += e.features().size();
      }
    }
    return new FeatureMatrix(names, x);
  }

  private static Map<String, Integer> counts(
      TableData d, int j, int[] rows, Function<String, String> keyOf) {
    Map<String, Integer> out = new HashMap<>();
    for (int row : rows) {
      out.merge(keyOf.apply(d.level(j, row)), 1, Integer::sum);
    }
    return out;
  }

  private static String pooled(String key, Map<String, Integer> counts, int min) {
    return counts.getOrDefault(key, 0) >= min ? key : ColumnEncoding.RARE;
  }

  /** The levels seen at least {@code min} times, most frequent first (ties by name). */
  private static List<String> frequent(Map<String, Integer> counts, int min) {
    Map<String, Integer> sorted = new LinkedHashMap<>(new TreeMap<>(counts));
    return sorted.entrySet().stream()
        .filter(e -> e.getValue() >= min)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
