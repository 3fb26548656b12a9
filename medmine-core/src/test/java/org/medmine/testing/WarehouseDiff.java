package org.medmine.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two warehouse files table by table, as multisets of whole rows ({@code EXCEPT ALL} both
 * ways), so that "the same warehouse" means the same rows in every table, whatever their physical
 * order.
 *
 * <p>{@code ingest_run} is left out (each run records itself, with its own id and times), and so is
 * the {@code run_id} of {@code quarantine} rows (which run last quarantined a record is
 * bookkeeping, not data) and the {@code applied_at} time of {@code schema_version}.
 */
public final class WarehouseDiff {
  private static final Set<String> IGNORED_TABLES = Set.of("ingest_run");
  private static final Map<String, Set<String>> IGNORED_COLUMNS =
      Map.of("quarantine", Set.of("run_id"), "schema_version", Set.of("applied_at"));

  private WarehouseDiff() {}

  /**
   * The differences between the warehouses, one sentence each; empty when they hold the same rows.
   */
  public static List<String> differences(Path a, Path b) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH " + literal(a) + " AS a (READ_ONLY)");
      s.execute("ATTACH " + literal(b) + " AS b (READ_ONLY)");
      List<String> out = new ArrayList<>();
      Set<String> tablesA = tables(c, "a");
      Set<String> tablesB = tables(c, "b");
      if (!tablesA.equals(tablesB)) {
        out.add("the tables differ: " + tablesA + " vs " + tablesB);
      }
      for (String t : tablesA) {
        if (IGNORED_TABLES.contains(t) || !tablesB.contains(t)) {
          continue;
        }
        List<String> cols = columns(c, "a", t);
        if (!cols.equals(columns(c, "b", t))) {
          out.add(t + ": the columns differ");
          continue;
        }
        String list = String.join(", ", cols.stream().map(x -> "\"" + x + "\"").toList());
        long onlyA =
            count(
                s,
                "SELECT "
                    + list
                    + " FROM a.main."
                    + t
                    + " EXCEPT ALL SELECT "
                    + list
                    + " FROM b.main."
                    + t);
        long onlyB =
            count(
                s,
                "SELECT "
                    + list
                    + " FROM b.main."
                    + t
                    + " EXCEPT ALL SELECT "
                    + list
                    + " FROM a.main."
                    + t);
        if (onlyA > 0 || onlyB > 0) {
          out.add(
              t
                  + ": "
                  + onlyA
                  + " rows only in "
                  + a.getFileName()
                  + " (of "
                  + rows(s, "a", t)
                  + "), "
                  + onlyB
                  + " only in "
                  + b.getFileName()
                  + " (of "
                  + rows(s, "b", t)
                  + ")");
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("could not compare " + a + " and " + b, e);
    }
  }

  /** Rows per table (ingest_run included), to report what a comparison covered. */
  public static Map<String, Long> rowCounts(Path warehouse) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH " + literal(warehouse) + " AS w (READ_ONLY)");
      Map<String, Long> counts = new java.util.TreeMap<>();
      for (String t : tables(c, "w")) {
        counts.put(t, rows(s, "w", t));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the rows of " + warehouse, e);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static Set<String> tables(Connection c, String catalog) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = ? AND table_schema = 'main'")) {
      p.setString(1, catalog);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static List<String> columns(Connection c, String catalog, String table)
      throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = ? AND table_schema = 'main'"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, catalog);
      p.setString(2, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String col = rs.getString(1);
          if (!IGNORED_COLUMNS.getOrDefault(table, Set.of()).contains(col)) {
            out.add(col);
          }
        }
      }
    }
    return out;
  }

  private static long rows(Statement s, String catalog, String table) throws SQLException {
    return count(s, "SELECT 1 FROM " + catalog + ".main." + table);
  }

  private static long count(Statement s, String query) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
