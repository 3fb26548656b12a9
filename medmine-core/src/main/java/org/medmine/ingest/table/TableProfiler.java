package org.medmine.ingest.table;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.warehouse.WarehouseException;

/**
 * One aggregate scan of a {@link TableSource} that measures each column ({@link ColumnStats}), and
 * one that counts how often each missing-value token occurs, for the card.
 */
public final class TableProfiler {
  /** ICD-10(-CM) codes: a letter, two characters, then up to four after an optional dot. */
  static final String ICD10 = "^[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?$";

  /** ICD-9-CM codes: three digits, V and two digits, or E and three digits, with decimals. */
  static final String ICD9 =
      "^([0-9]{3}(\\.[0-9]{1,2})?|V[0-9]{2}(\\.[0-9]{1,2})?|E[0-9]{3}(\\.[0-9])?)$";

  private static final int MEASURES = 10;

  private TableProfiler() {}

  /**
   * The kind of each of {@code columns}: declared in {@code types} (a {@link TypesFile}, or null)
   * or inferred from one scan's statistics ({@link TypeInference}).
   */
  public static List<ColumnProfile> profiles(TableSource t, List<String> columns, Path types) {
    Map<String, ColumnKind> declared = TypesFile.read(types, t.columns());
    String file = t.file().toString();
    List<ColumnProfile> out = new ArrayList<>();
    for (ColumnStats s : stats(t, columns)) {
      ColumnKind kind = declared.get(s.name());
      out.add(
          kind == null
              ? TypeInference.infer(s, file)
              : TypeInference.declared(s, kind, types.toString()));
    }
    return out;
  }

  /** The statistics of {@code columns} of {@code t}, in one scan. */
  public static List<ColumnStats> stats(TableSource t, List<String> columns) {
    List<String> select = new ArrayList<>();
    select.add("count(*)");
    for (String col : columns) {
      select.addAll(measures(TableSource.quote(col)));
    }
    String sql = "SELECT " + String.join(", ", select) + " FROM " + TableSource.CLEAN;
    List<ColumnStats> out = new ArrayList<>();
    try (Statement s = t.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      long rows = rs.getLong(1);
      for (int j = 0; j < columns.size(); j++) {
        int k = 2 + j * MEASURES;
        long line = rs.getLong(k + 9);
        out.add(
            new ColumnStats(
                columns.get(j),
                rows,
                rows - rs.getLong(k),
                rs.getLong(k + 1),
                rs.getLong(k + 2),
                rs.getLong(k + 3),
                rs.getLong(k + 4),
                rs.getLong(k + 5),
                rs.getLong(k + 6),
                rs.getLong(k + 7),
                rs.getString(k + 8),
                line == 0 ? 0 : line + t.headerLines()));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not profile the columns of " + t.file(), e);
    }
    return out;
  }

  private static List<String> measures(String c) {
    String number = "TRY_CAST(" + c + " AS DOUBLE)";
    String date = "TRY_CAST(" + c + " AS DATE)";
    String text = c + " IS NOT NULL AND " + number + " IS NULL AND " + date + " IS NULL";
    return List.of(
        "count(" + c + ")",
        "count(DISTINCT " + c + ")",
        "count(" + number + ")",
        "count(*) FILTER (WHERE " + number + " = round(" + number + "))",
        "count(" + date + ")",
        "count(*) FILTER (WHERE regexp_full_match(" + c + ", '" + ICD10 + "'))",
        "count(*) FILTER (WHERE regexp_full_match(" + c + ", '" + ICD9 + "'))",
        "count(*) FILTER (WHERE regexp_matches(" + c + ", '^[\\[\\(<>=~-]?[0-9]'))",
        "arg_min(" + c + ", __row) FILTER (WHERE " + text + ")",
        "coalesce(min(__row) FILTER (WHERE " + text + "), 0)");
  }

  /**
   * How many cells of {@code columns} hold each missing-value token (an empty field and a NULL
   * count as the empty token), tokens never seen left out.
   */
  public static Map<String, Long> tokenCounts(TableSource t, List<String> columns) {
    List<String> tokens = t.missing().tokens();
    List<String> select = new ArrayList<>();
    for (String token : tokens) {
      List<String> perColumn = new ArrayList<>();
      for (String col : columns) {
        String v = "trim(CAST(" + TableSource.quote(col) + " AS VARCHAR))";
        perColumn.add(
            token.isEmpty()
                ? "count(*) FILTER (WHERE " + v + " IS NULL OR " + v + " = '')"
                : "count(*) FILTER (WHERE " + v + " = " + MissingTokens.literal(token) + ")");
      }
      select.add(String.join(" + ", perColumn));
    }
    Map<String, Long> out = new LinkedHashMap<>();
    String sql = "SELECT " + String.join(", ", select) + " FROM " + TableSource.RAW;
    try (Statement s = t.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      for (int i = 0; i < tokens.size(); i++) {
        if (rs.getLong(i + 1) > 0) {
          out.put(tokens.get(i), rs.getLong(i + 1));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not count missing values in " + t.file(), e);
    }
    return out;
  }
}
