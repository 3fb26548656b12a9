package org.medmine.ingest.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.warehouse.WarehouseException;

/**
 * Fetches the rows with a target from a {@link TableSource} into a {@link TableData}, converting in
 * SQL: numbers with {@code TRY_CAST}, an ordinal text by its leading number (half a step lower
 * after {@code <}, higher after {@code >}, so {@code <20}, {@code 20-50}, {@code >50} keep their
 * order), a date as days since 1970-01-01; levels of categorical and code columns are numbered as
 * they come.
 */
public final class TableReader {
  private TableReader() {}

  /** What to read besides the feature columns; {@code target} null reads every row (scoring). */
  public record Roles(String target, String group, List<String> fairness) {}

  public static TableData read(TableSource t, List<ColumnProfile> columns, Roles roles) {
    List<String> select = new ArrayList<>();
    for (ColumnProfile c : columns) {
      select.add(expression(c));
    }
    String target = roles.target() == null ? "NULL" : TableSource.quote(roles.target());
    select.add(target);
    select.add(roles.group() == null ? "NULL" : TableSource.quote(roles.group()));
    for (String f : roles.fairness()) {
      select.add(TableSource.quote(f));
    }
    select.add("__row");
    String where = roles.target() == null ? "" : " WHERE " + target + " IS NOT NULL";
    try (Statement s = t.connection().createStatement()) {
      long withTarget;
      long all;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FILTER (WHERE "
                  + (roles.target() == null ? "true" : target + " IS NOT NULL")
                  + "), count(*) FROM "
                  + TableSource.CLEAN)) {
        rs.next();
        withTarget = rs.getLong(1);
        all = rs.getLong(2);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT "
                  + String.join(", ", select)
                  + " FROM "
                  + TableSource.CLEAN
                  + where
                  + " ORDER BY __row")) {
        return fill(rs, columns, roles, (int) withTarget, all - withTarget, t.headerLines());
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the rows of " + t.file(), e);
    }
  }

  private static TableData fill(
      ResultSet rs, List<ColumnProfile> columns, Roles roles, int n, long dropped, int header)
      throws SQLException {
    int p = columns.size();
    double[][] numbers = new double[p][];
    int[][] codes = new int[p][];
    List<Map<String, Integer>> index = new ArrayList<>();
    List<List<String>> levels = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      boolean coded = isCoded(columns.get(j).kind());
      numbers[j] = coded ? null : new double[n];
      codes[j] = coded ? new int[n] : null;
      index.add(new HashMap<>());
      levels.add(new ArrayList<>());
    }
    String[] target = new String[n];
    String[] groups = new String[n];
    Map<String, String[]> fairness = new LinkedHashMap<>();
    for (String f : roles.fairness()) {
      fairness.put(f, new String[n]);
    }
    long[] lines = new long[n];
    for (int i = 0; rs.next(); i++) {
      for (int j = 0; j < p; j++) {
        if (codes[j] == null) {
          double v = rs.getDouble(j + 1);
          numbers[j][i] = rs.wasNull() ? Double.NaN : v;
        } else {
          codes[j][i] = code(rs.getString(j + 1), index.get(j), levels.get(j));
        }
      }
      target[i] = rs.getString(p + 1);
      String g = rs.getString(p + 2);
      lines[i] = rs.getLong(p + 3 + roles.fairness().size()) + header;
      groups[i] = g != null ? "g:" + g : "row:" + lines[i];
      int k = p + 3;
      for (String[] values : fairness.values()) {
        values[i] = rs.getString(k++);
      }
    }
    return new TableData(columns, numbers, codes, levels, target, groups, fairness, lines, dropped);
  }

  private static int code(String value, Map<String, Integer> index, List<String> levels) {
    if (value == null) {
      return -1;
    }
    return index.computeIfAbsent(
        value,
        v -> {
          levels.add(v);
          return levels.size() - 1;
        });
  }

  public static boolean isCoded(ColumnKind kind) {
    return kind == ColumnKind.CATEGORICAL || kind == ColumnKind.CODE;
  }

  private static String expression(ColumnProfile c) {
    String col = TableSource.quote(c.name());
    return switch (c.kind()) {
      case NUMERIC -> "TRY_CAST(" + col + " AS DOUBLE)";
      case ORDINAL ->
          "coalesce(TRY_CAST("
              + col
              + " AS DOUBLE), TRY_CAST(regexp_extract("
              + col
              + ", '-?[0-9]+(\\.[0-9]+)?') AS DOUBLE) + CASE WHEN "
              + col
              + " LIKE '<%' THEN -0.5 WHEN "
              + col
              + " LIKE '>%' THEN 0.5 ELSE 0 END)";
      case DATE ->
          "CAST(date_diff('day', DATE '1970-01-01', TRY_CAST(" + col + " AS DATE)) AS DOUBLE)";
      case CATEGORICAL, CODE -> col;
    };
  }
}
