package org.medmine.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles every table and column of a warehouse: rows, nulls, approximate distinct values,
 * min/max, numeric distribution (mean, standard deviation, quartiles) from DuckDB's {@code
 * SUMMARIZE}, value lengths, the most frequent values (except for near-unique columns such as ids
 * and timestamps, where they say nothing), and for code-system columns the systems present and
 * their shares.
 */
public final class Profiler {
  static final int TOP = 5;
  static final double TOP_VALUES_MAX_DISTINCT_SHARE = 0.5;

  /** A value and how many rows hold it. */
  public record ValueCount(String value, long count) {}

  /** The profile of one column; numeric fields are null where they do not apply. */
  public record ColumnProfile(
      String name,
      String type,
      long nulls,
      double nullPercent,
      long approxDistinct,
      String min,
      String max,
      Double mean,
      Double stddev,
      String q25,
      String q50,
      String q75,
      Integer minLength,
      Double meanLength,
      Integer maxLength,
      List<ValueCount> topValues,
      Map<String, Double> codeSystemShares) {}

  /** The profile of one table. */
  public record TableProfile(String table, long rows, List<ColumnProfile> columns) {}

  private Profiler() {}

  /** Profiles every base table of the warehouse, in name order. */
  public static List<TableProfile> profile(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main' ORDER BY 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    List<TableProfile> out = new ArrayList<>();
    for (String t : tables) {
      out.add(profile(c, t));
    }
    return out;
  }

  public static TableProfile profile(Connection c, String table) throws SQLException {
    long rows = scalar(c, "SELECT count(*) FROM " + quote(table));
    List<ColumnProfile> columns = new ArrayList<>();
    if (rows == 0) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = '"
                      + table
                      + "' ORDER BY column_index")) {
        while (rs.next()) {
          columns.add(
              new ColumnProfile(
                  rs.getString(1),
                  rs.getString(2),
                  0,
                  0,
                  0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  Map.of()));
        }
      }
      return new TableProfile(table, 0, columns);
    }
    record Summary(
        String name,
        String type,
        double nullPercent,
        long approxUnique,
        String min,
        String max,
        String avg,
        String std,
        String q25,
        String q50,
        String q75) {}
    List<Summary> summaries = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SUMMARIZE " + quote(table))) {
      while (rs.next()) {
        summaries.add(
            new Summary(
                rs.getString("column_name"),
                rs.getString("column_type"),
                rs.getDouble("null_percentage"),
                rs.getLong("approx_unique"),
                rs.getString("min"),
                rs.getString("max"),
                rs.getString("avg"),
                rs.getString("std"),
                rs.getString("q25"),
                rs.getString("q50"),
                rs.getString("q75")));
      }
    }
    Map<String, Double[]> lengths =
        lengths(
            c,
            table,
            summaries.stream()
                .filter(x -> x.type().startsWith("VARCHAR"))
                .map(Summary::name)
                .toList());
    for (Summary x : summaries) {
      Double[] len = lengths.getOrDefault(x.name(), new Double[] {null, null, null});
      // Most frequent values say nothing about near-unique columns (ids, timestamps): skip their
      // costly GROUP BY.
      boolean nearUnique =
          x.approxUnique() > TOP_VALUES_MAX_DISTINCT_SHARE * rows && x.approxUnique() > 100;
      columns.add(
          new ColumnProfile(
              x.name(),
              x.type(),
              Math.round(rows * x.nullPercent() / 100),
              x.nullPercent(),
              x.approxUnique(),
              x.min(),
              x.max(),
              number(x.avg()),
              number(x.std()),
              x.q25(),
              x.q50(),
              x.q75(),
              len[0] == null ? null : len[0].intValue(),
              len[1],
              len[2] == null ? null : len[2].intValue(),
              nearUnique ? List.of() : top(c, table, x.name()),
              x.name().endsWith("_system") ? shares(c, table, x.name()) : Map.of()));
    }
    return new TableProfile(table, rows, columns);
  }

  /** min, mean and max length of every text column, in one scan of the table. */
  private static Map<String, Double[]> lengths(Connection c, String table, List<String> textColumns)
      throws SQLException {
    Map<String, Double[]> out = new LinkedHashMap<>();
    if (textColumns.isEmpty()) {
      return out;
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < textColumns.size(); i++) {
      String col = quote(textColumns.get(i));
      sql.append(i == 0 ? "" : ", ")
          .append("min(length(")
          .append(col)
          .append(")), avg(length(")
          .append(col)
          .append(")), max(length(")
          .append(col)
          .append("))");
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.append(" FROM ").append(quote(table)).toString())) {
      rs.next();
      for (int i = 0; i < textColumns.size(); i++) {
        out.put(
            textColumns.get(i),
            new Double[] {
              number(rs.getString(3 * i + 1)),
              number(rs.getString(3 * i + 2)),
              number(rs.getString(3 * i + 3))
            });
      }
    }
    return out;
  }

  private static List<ValueCount> top(Connection c, String table, String column)
      throws SQLException {
    List<ValueCount> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT CAST("
                    + quote(column)
                    + " AS VARCHAR), count(*) FROM "
                    + quote(table)
                    + " WHERE "
                    + quote(column)
                    + " IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "
                    + TOP)) {
      while (rs.next()) {
        out.add(new ValueCount(rs.getString(1), rs.getLong(2)));
      }
    }
    return out;
  }

  private static Map<String, Double> shares(Connection c, String table, String column)
      throws SQLException {
    Map<String, Double> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce("
                    + quote(column)
                    + ", '(none)'), 100.0 * count(*) / sum(count(*)) OVER () FROM "
                    + quote(table)
                    + " GROUP BY 1 ORDER BY 2 DESC, 1")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getDouble(2));
      }
    }
    return out;
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Double number(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
