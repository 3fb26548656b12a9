package org.medmine.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs catalogue checks against a warehouse connection. SQL checks run as written; a validator
 * check first validates each distinct value of its column in Java and then selects the rows holding
 * an invalid one. The plausible ranges are loaded into a session table {@code plausible_range} that
 * checks may join.
 */
public final class DataQualityChecker {
  static final int EXAMPLES = 5;
  private final Connection connection;

  public DataQualityChecker(Connection connection, List<PlausibleRange> ranges)
      throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE plausible_range (code VARCHAR, unit VARCHAR, low DOUBLE, high DOUBLE,"
              + " min_age DOUBLE, max_age DOUBLE)");
    }
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO plausible_range VALUES (?, ?, ?, ?, ?, ?)")) {
      for (PlausibleRange r : ranges) {
        p.setString(1, r.code());
        p.setString(2, r.unit());
        p.setDouble(3, r.low());
        p.setDouble(4, r.high());
        p.setDouble(5, r.minAge());
        p.setDouble(6, r.maxAge());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Runs one check; an SQL failure is reported in the result, never thrown. */
  public CheckResult run(CheckDefinition d) {
    try {
      String violating = violatingSql(d);
      long rows = count(denominatorSql(d));
      long bad = count("SELECT count(*) FROM (" + violating + ")");
      List<String> examples = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT * FROM (" + violating + ") ORDER BY 1, 2 LIMIT " + EXAMPLES)) {
        while (rs.next()) {
          examples.add(rs.getString(1) + "/" + rs.getString(2));
        }
      }
      double share = rows == 0 ? 0 : 100.0 * bad / rows;
      return new CheckResult(
          d, rows, bad, share, share <= d.threshold() && !(rows == 0 && bad > 0), examples, null);
    } catch (SQLException e) {
      String msg = String.valueOf(e.getMessage());
      return new CheckResult(d, 0, 0, 0, false, List.of(), msg.lines().findFirst().orElse(msg));
    }
  }

  /** Every violating row of a check, as {@code source/id}. */
  public Set<String> violations(CheckDefinition d) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(violatingSql(d))) {
      while (rs.next()) {
        out.add(rs.getString(1) + "/" + rs.getString(2));
      }
    }
    return out;
  }

  private String denominatorSql(CheckDefinition d) {
    if (d.denominator() != null) {
      return d.denominator();
    }
    return "SELECT count(*) FROM " + d.table() + (d.where() != null ? " WHERE " + d.where() : "");
  }

  private String violatingSql(CheckDefinition d) throws SQLException {
    if (!d.byValidator()) {
      return d.sql();
    }
    String where = d.where() != null ? d.where() : "TRUE";
    Predicate<String> valid = CodeValidators.byName().get(d.validator());
    String table = "invalid_" + d.id().replaceAll("[^A-Za-z0-9_]", "_");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + table + " (v VARCHAR)");
    }
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT CAST("
                    + d.column()
                    + " AS STRING) FROM "
                    + d.table()
                    + " WHERE "
                    + where);
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
      while (rs.next()) {
        String v = rs.getString(1);
        if (!valid.test(v)) {
          insert.setString(1, v);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    return "SELECT source, id FROM "
        + d.table()
        + " WHERE ("
        + where
        + ") AND ("
        + d.column()
        + " IS NULL OR CAST("
        + d.column()
        + " AS STRING) IN (SELECT v FROM "
        + table
        + "))";
  }

  private long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
