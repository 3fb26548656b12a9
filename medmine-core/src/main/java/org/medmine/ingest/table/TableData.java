package org.medmine.ingest.table;

import java.util.List;
import java.util.Map;

/**
 * A table's rows as an analysis uses them (a model, a segmentation), one array per column (no list
 * of the file's rows): a numeric, ordinal or date column as numbers (NaN where missing), a
 * categorical or code column as level numbers into its level list (-1 where missing); the target,
 * group and fairness columns as text. Only rows with a target are here.
 *
 * @param columns the feature columns, in order
 * @param numbers per column, the values of a numeric kind, else null
 * @param codes per column, the level numbers of a categorical or code column, else null
 * @param levels per column, the levels the codes point into (empty for a numeric kind)
 * @param target the target's value per row
 * @param groups the group of each row ({@code --group}), or each row's own number without one
 * @param fairness the values of each {@code --fairness} column per row
 * @param lines each row's line in the file (the header is line 1; for Parquet, the row number)
 * @param rowsWithoutTarget rows left out because the target is missing
 */
public record TableData(
    List<ColumnProfile> columns,
    double[][] numbers,
    int[][] codes,
    List<List<String>> levels,
    String[] target,
    String[] groups,
    Map<String, String[]> fairness,
    long[] lines,
    long rowsWithoutTarget) {

  public int size() {
    return target.length;
  }

  /** Column {@code j}'s number at row {@code i} (NaN where missing). */
  public double number(int j, int i) {
    return numbers[j][i];
  }

  /** Column {@code j}'s level at row {@code i}, or null where missing. */
  public String level(int j, int i) {
    int code = codes[j][i];
    return code < 0 ? null : levels.get(j).get(code);
  }
}
