package org.medmine.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two ways a de-identified warehouse can reveal an age over 89 (§164.514(b)(2)(i)(C)) that
 * {@link LeakScanner} looks for: a birth year older than the "90 or older" category, and a date
 * kept beside removed ones. De-identification removes every date of a patient aged over 89 ({@link
 * DeidSql}); a patient with some dates removed and others kept is the pattern of removing only the
 * dates at 90 or older, where the boundary between kept and removed dates reveals the year they
 * turned 90. A removed date is recognised as a NULL in a date column that the source warehouse
 * fills in every row, so a date the source never had is not taken for one.
 */
final class AgeLeaks {
  private AgeLeaks() {}

  /**
   * The patient tables' date columns ("table.column", birth dates aside) that {@code source} fills
   * in every row.
   */
  static Set<String> filledDateColumns(Connection source) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> t : patientDateColumns(source).entrySet()) {
      for (String column : t.getValue()) {
        try (Statement s = source.createStatement();
            ResultSet rs =
                s.executeQuery("SELECT count(*) = count(" + column + ") FROM " + t.getKey())) {
          if (rs.next() && rs.getBoolean(1)) {
            out.add(t.getKey() + "." + column);
          }
        }
      }
    }
    return out;
  }

  /**
   * A birth year indicative of an age over 89: more than 90 years before the death year, or
   * (living) before the as-of year of the run; the "90 or older" category is exactly as-of year -
   * 90. The shifted policy moves birth dates by days, so it gets one year of slack.
   */
  static void birthYears(Connection c, DeidPolicy policy, List<Leak> leaks) throws SQLException {
    String asOfYear =
        "coalesce((SELECT year(CAST(json_extract_string(manifest, '$.asOf') AS DATE)) FROM deid_run"
            + " ORDER BY created_at DESC LIMIT 1), year(current_date))";
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT CAST(birth_date AS VARCHAR), CAST(id AS VARCHAR) FROM patient"
                    + " WHERE birth_date IS NOT NULL AND coalesce(year(death_time), "
                    + asOfYear
                    + ") - year(birth_date) > "
                    + (policy == DeidPolicy.SHIFTED ? 91 : 90)
                    + " ORDER BY 2")) {
      while (rs.next()) {
        leaks.add(
            new Leak(
                "patient",
                "birth_date",
                rs.getString(2),
                "birth year indicative of age over 89",
                rs.getString(1).substring(0, 4)));
      }
    }
  }

  /**
   * Each patient with a removed date who keeps another date: one leak per patient, table and
   * column.
   */
  static void keptBesideRemoved(Connection c, Set<String> filledInSource, List<Leak> leaks)
      throws SQLException {
    Map<String, List<String>> dates = patientDateColumns(c);
    List<String> removed = new ArrayList<>();
    dates.forEach(
        (table, columns) ->
            columns.stream()
                .filter(col -> filledInSource.contains(table + "." + col))
                .forEach(
                    col ->
                        removed.add(
                            "SELECT source, "
                                + patientKey(table)
                                + " FROM "
                                + table
                                + " WHERE "
                                + col
                                + " IS NULL")));
    if (removed.isEmpty()) {
      return;
    }
    String suppressed = String.join(" UNION ", removed);
    for (Map.Entry<String, List<String>> t : dates.entrySet()) {
      for (String column : t.getValue()) {
        String sql =
            "SELECT arg_min(CAST(id AS VARCHAR), "
                + column
                + "), CAST(year(min("
                + column
                + ")) AS VARCHAR)"
                + " FROM "
                + t.getKey()
                + " WHERE "
                + column
                + " IS NOT NULL AND (source, "
                + patientKey(t.getKey())
                + ") IN ("
                + suppressed
                + ") GROUP BY source, "
                + patientKey(t.getKey())
                + " ORDER BY 1";
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            leaks.add(
                new Leak(
                    t.getKey(),
                    column,
                    rs.getString(1),
                    "date kept beside removed dates (the boundary"
                        + " reveals the year a patient aged over 89 turned 90)",
                    rs.getString(2)));
          }
        }
      }
    }
  }

  /** Every table with patients, its date and timestamp columns but the birth date. */
  private static Map<String, List<String>> patientDateColumns(Connection c) throws SQLException {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns c"
                    + " WHERE table_schema = 'main' AND column_name <> 'birth_date' AND (table_name = 'patient' OR EXISTS"
                    + " (SELECT 1 FROM information_schema.columns p WHERE p.table_schema = 'main' AND p.table_name = c.table_name"
                    + " AND p.column_name = 'patient_id')) AND EXISTS (SELECT 1 FROM information_schema.columns i"
                    + " WHERE i.table_schema = 'main' AND i.table_name = c.table_name AND i.column_name = 'id')"
                    + " ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        String type = rs.getString(3).toUpperCase(Locale.ROOT);
        if (type.startsWith("DATE") || type.startsWith("TIMESTAMP")) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return out;
  }

  private static String patientKey(String table) {
    return table.equals("patient") ? "id" : "patient_id";
  }
}
