package org.medmine.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.quality.ColumnSummaries.Column;
import org.medmine.quality.ColumnSummaries.Summary;

/**
 * Profiles every table and column of a warehouse: rows, nulls, approximate distinct values,
 * min/max, numeric distribution (mean, standard deviation, quartiles; {@link ColumnSummaries}, the
 * statistics of DuckDB's {@code SUMMARIZE}), value lengths, the most frequent values (except for
 * near-unique columns such as ids and timestamps, where they say nothing), and for code-system
 * columns the systems present and their shares.
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
      Map<String, Double> codeSystemShares) {

    /** The profile of a column of an empty table: its name and type, nothing counted. */
    static ColumnProfile empty(String name, String type) {
      return new ColumnProfile(
          name, type, 0, 0, 0, null, null, null, null, null, null, null, null, null, null,
          List.of(), Map.of());
    }

    /**
     * The profile of a column of a table of {@code rows} rows from its summary, its value lengths
     * ({@code min, mean, max}, nulls where it is not text), its most frequent values and its
     * code-system shares.
     */
    static ColumnProfile of(
        Summary x, long rows, Double[] lengths, List<ValueCount> top, Map<String, Double> shares) {
      return new ColumnProfile(
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
          lengths[0] == null ? null : lengths[0].intValue(),
          lengths[1],
          lengths[2] == null ? null : lengths[2].intValue(),
          top,
          shares);
    }
  }

  /** The profile of one table. */
  public record TableProfile(String table, long rows, List<ColumnProfile> columns) {}

  private Profiler() {}

  /** Profiles every base table of the warehouse, in name order. */
  public static List<TableProfile> profile(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1")) {
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

  /** Profiles one table (as a query sees it: for a consent-filtered table, its view). */
  public static TableProfile profile(Connection c, String table) throws SQLException {
    long rows = scalar(c, "SELECT count(*) FROM " + ColumnSummaries.quote(table));
    List<Column> columns = ColumnSummaries.columns(c, table);
    if (rows == 0) {
      return new TableProfile(
          table, 0, columns.stream().map(x -> ColumnProfile.empty(x.name(), x.type())).toList());
    }
    List<Summary> summaries = ColumnSummaries.of(c, table, columns);
    Map<String, Double[]> lengths =
        lengths(
            c,
            table,
            summaries.stream()
                .filter(x -> x.type().startsWith("VARCHAR"))
                .map(Summary::name)
                .toList());
    List<ColumnProfile> profiles = new ArrayList<>();
    for (Summary x : summaries) {
      // Most frequent values say nothing about near-unique columns (ids, timestamps): skip their
      // costly GROUP BY.
      boolean nearUnique =
          x.approxUnique() > TOP_VALUES_MAX_DISTINCT_SHARE * rows && x.approxUnique() > 100;
      profiles.add(
          ColumnProfile.of(
              x,
              rows,
              lengths.getOrDefault(x.name(), new Double[] {null, null, null}),
              nearUnique ? List.of() : top(c, table, x.name()),
              x.name().endsWith("_system") ? shares(c, table, x.name()) : Map.of()));
    }
    return new TableProfile(table, rows, profiles);
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
      String col = ColumnSummaries.quote(textColumns.get(i));
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
        ResultSet rs =
            s.executeQuery(sql.append(" FROM ").append(ColumnSummaries.quote(table)).toString())) {
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
    String col = ColumnSummaries.quote(column);
    List<ValueCount> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT CAST("
                    + col
                    + " AS STRING), count(*) FROM "
                    + ColumnSummaries.quote(table)
                    + " WHERE "
                    + col
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
    String col = ColumnSummaries.quote(column);
    Map<String, Double> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce("
                    + col
                    + ", '(none)'), 100.0 * count(*) / sum(count(*))"
                    + " OVER () FROM "
                    + ColumnSummaries.quote(table)
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
}
