package org.medmine.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The per-column statistics of one table in one scan: minimum and maximum (as text), approximate
 * distinct values (HyperLogLog, {@code approx_count_distinct}), mean, sample standard deviation and
 * approximate quartiles where they apply, and the share of missing values. These are the statistics
 * of DuckDB's {@code SUMMARIZE}, with the same rules and the same values (checked column by column
 * on the test population), written as one aggregate query in the SQL DuckDB and Spark SQL share;
 * the quartiles and the mean of dates and times are medmine's named functions {@code
 * mm_approx_quantile} and {@code mm_mean_time} ({@code org.medmine.cohort.EngineFunctions}).
 *
 * <p>Numbers get a mean, a standard deviation and quartiles; dates and timestamps a mean and
 * quartiles; other types (text, booleans, JSON) only minimum, maximum and distinct values.
 */
final class ColumnSummaries {
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL"
              + "|DECIMAL.*|NUMERIC.*)");
  private static final Pattern TEMPORAL = Pattern.compile("(DATE|TIMESTAMP.*)");
  private static final int PER_COLUMN = 9;

  /** A column of a table, with its type as the engine names it (e.g. {@code DECIMAL(18,2)}). */
  record Column(String name, String type) {}

  /**
   * One column's statistics; text where the engine gives text, null where a statistic does not
   * apply.
   */
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

  private ColumnSummaries() {}

  /**
   * The columns of {@code table} as a query sees them (for a consent-filtered table, its view), in
   * order.
   */
  static List<Column> columns(Connection c, String table) throws SQLException {
    List<Column> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table) + " LIMIT 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        out.add(new Column(md.getColumnName(i), md.getColumnTypeName(i)));
      }
    }
    return out;
  }

  /** The statistics of every column of {@code table} (which holds at least one row). */
  static List<Summary> of(Connection c, String table, List<Column> columns) throws SQLException {
    List<Summary> out = new ArrayList<>();
    if (columns.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql(table, columns))) {
      rs.next();
      for (int i = 0; i < columns.size(); i++) {
        int at = PER_COLUMN * i;
        Column col = columns.get(i);
        out.add(
            new Summary(
                col.name(),
                col.type(),
                rs.getDouble(at + 9),
                rs.getLong(at + 3),
                rs.getString(at + 1),
                rs.getString(at + 2),
                rs.getString(at + 4),
                rs.getString(at + 5),
                rs.getString(at + 6),
                rs.getString(at + 7),
                rs.getString(at + 8)));
      }
    }
    return out;
  }

  /** The one aggregate query: nine values per column. */
  static String sql(String table, List<Column> columns) {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      String col = quote(columns.get(i).name());
      boolean numeric = NUMERIC.matcher(columns.get(i).type()).matches();
      boolean temporal = TEMPORAL.matcher(columns.get(i).type()).matches();
      sql.append(i == 0 ? "" : ", ")
          .append("CAST(min(")
          .append(col)
          .append(") AS STRING), CAST(max(")
          .append(col)
          .append(") AS STRING), ")
          .append("approx_count_distinct(")
          .append(col)
          .append("), ")
          .append(
              numeric
                  ? text("avg(" + col + ")")
                  : temporal ? text("mm_mean_time(" + col + ")") : "NULL")
          .append(", ")
          .append(numeric ? text("stddev_samp(" + col + ")") : "NULL");
      for (String q : List.of("0.25", "0.5", "0.75")) {
        sql.append(", ")
            .append(
                numeric || temporal ? text("mm_approx_quantile(" + col + ", " + q + ")") : "NULL");
      }
      sql.append(", CAST(100.0 - 100.0 * count(")
          .append(col)
          .append(") / count(*) AS DECIMAL(9,2))");
    }
    return sql.append(" FROM ").append(quote(table)).toString();
  }

  private static String text(String expression) {
    return "CAST(" + expression + " AS STRING)";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
