package org.medmine.apps.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.TableData;
import org.medmine.ingest.table.TableReader;
import org.medmine.model.MedmineUserException;

/**
 * A table's rows as the feature matrix the segmentation methods take ({@link PatientMatrix}, one
 * row per table row, named by its line in the file), and the profile of each segment. Numeric,
 * ordinal and date columns are numbers (a missing value is the column's median); categorical and
 * code columns are categories (a missing value is the category {@code (missing)}), which the
 * Euclidean methods expand to one indicator per category and Gower's distance compares for
 * equality, as for the warehouse's race and ethnicity. Identifier columns ({@code id} or a name
 * ending in {@code _id}) and categorical columns of more than {@value #MAX_LEVELS} levels (free
 * text, identifiers) are left out, and named.
 */
public final class TableSegments {
  /** A categorical column of more levels than this is left out. */
  public static final int MAX_LEVELS = 20;

  /**
   * A numeric mean this many overall standard deviations from the overall mean sets a segment
   * apart.
   */
  static final double MIN_DIFFERENCE = 0.5;

  private TableSegments() {}

  /** A column left out of the features, and why. */
  public record LeftOut(String column, String why) {}

  /** The columns used as features and those left out. */
  record Columns(List<ColumnProfile> used, List<LeftOut> leftOut) {}

  /**
   * The features of a table.
   *
   * @param matrix the rows as a feature matrix (ids: the rows' lines in the file)
   * @param columns the feature columns and their kinds
   * @param leftOut the columns left out
   */
  public record Features(
      PatientMatrix matrix, List<ColumnProfile> columns, List<LeftOut> leftOut) {}

  static Columns choose(List<ColumnProfile> profiles) {
    List<ColumnProfile> used = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (ColumnProfile c : profiles) {
      String name = c.name().toLowerCase(Locale.ROOT);
      if (name.equals("id") || name.endsWith("_id")) {
        leftOut.add(new LeftOut(c.name(), "an identifier"));
      } else if (TableReader.isCoded(c.kind()) && c.distinct() > MAX_LEVELS) {
        leftOut.add(
            new LeftOut(c.name(), c.kind().label() + " with " + c.distinct() + " distinct values"));
      } else {
        used.add(c);
      }
    }
    if (used.isEmpty()) {
      throw new MedmineUserException(
          "No column of the table is left to segment on (identifiers and text of more than "
              + MAX_LEVELS
              + " values are left out): give a table with measurements or categories.");
    }
    return new Columns(List.copyOf(used), List.copyOf(leftOut));
  }

  static Features features(TableData data, List<LeftOut> leftOut) {
    int n = data.size();
    int p = data.columns().size();
    double[][] x = new double[n][p];
    boolean[] categorical = new boolean[p];
    List<List<String>> levels = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      categorical[j] = TableReader.isCoded(data.columns().get(j).kind());
      List<String> l = new ArrayList<>(categorical[j] ? data.levels().get(j) : List.of());
      for (int i = 0; i < n; i++) {
        if (!categorical[j]) {
          x[i][j] = data.number(j, i);
        } else if (data.codes()[j][i] >= 0) {
          x[i][j] = data.codes()[j][i];
        } else {
          if (!l.contains("(missing)")) {
            l.add("(missing)");
          }
          x[i][j] = l.indexOf("(missing)");
        }
      }
      if (!categorical[j]) {
        PatientMatrix.imputeMedians(x, j, j + 1);
      }
      levels.add(List.copyOf(l));
    }
    List<String> ids = new ArrayList<>();
    for (long line : data.lines()) {
      ids.add(String.valueOf(line));
    }
    List<String> names = data.columns().stream().map(ColumnProfile::name).toList();
    PatientMatrix m =
        new PatientMatrix(
            ids, names, categorical, levels, x, Collections.nCopies(n, Set.<String>of()), Map.of());
    return new Features(m, data.columns(), leftOut);
  }

  /** Each segment's profile (noise last): numeric means and category shares against the whole. */
  static List<TableSegmentProfile> profiles(PatientMatrix m, int[] labels) {
    Map<Integer, List<Integer>> members =
        new TreeMap<>(Comparator.comparingInt(l -> l < 0 ? Integer.MAX_VALUE : l));
    for (int i = 0; i < labels.length; i++) {
      members.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
    }
    List<Integer> categories = new ArrayList<>();
    for (int j = 0; j < m.columns().size(); j++) {
      if (m.categorical()[j]) {
        categories.add(j);
      }
    }
    List<TableSegmentProfile> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<TableSegmentProfile.ColumnMean> means = new ArrayList<>();
      for (int j = 0; j < m.columns().size(); j++) {
        if (!m.categorical()[j]) {
          means.add(mean(m, j, e.getValue()));
        }
      }
      out.add(
          new TableSegmentProfile(
              e.getKey(),
              e.getValue().size(),
              List.copyOf(means),
              Segmentation.categoryShares(m, e.getValue(), categories)));
    }
    return out;
  }

  private static TableSegmentProfile.ColumnMean mean(PatientMatrix m, int j, List<Integer> rows) {
    double[][] x = m.values();
    double all = 0;
    for (double[] row : x) {
      all += row[j];
    }
    all /= x.length;
    double ss = 0;
    for (double[] row : x) {
      ss += (row[j] - all) * (row[j] - all);
    }
    double sd = Math.sqrt(ss / x.length);
    double in = rows.stream().mapToDouble(i -> x[i][j]).average().orElse(Double.NaN);
    return new TableSegmentProfile.ColumnMean(
        m.columns().get(j), in, all, sd > 0 ? (in - all) / sd : 0);
  }
}
