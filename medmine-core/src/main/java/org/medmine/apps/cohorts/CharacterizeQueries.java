package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.cohort.Age;
import org.medmine.cohort.EventDomain;

/**
 * The SQL of a cohort's "table 1" (in the subset DuckDB and Spark SQL share): its members, their
 * age at entry (sum and sum of squares), sex and race, and the patients with each code of a domain
 * in the year before entry (days -365 to 0, the entry day included), as OHDSI FeatureExtraction's
 * default table 1 covariates look back a year. The cohort table is read through the context's
 * consent view.
 */
final class CharacterizeQueries {
  private CharacterizeQueries() {}

  /** Members, members with a birth date, sum and sum of squares of their age at entry. */
  static double[] age(Connection c, String cohort) throws SQLException {
    String a = Age.sql("p.birth_date", "c.cohort_start");
    String sql =
        "SELECT count(*), count(p.birth_date), coalesce(sum("
            + a
            + "), 0), coalesce(sum("
            + a
            + " * "
            + a
            + "), 0) FROM cohort c LEFT JOIN patient p ON p.source = c.source AND p.id ="
            + " c.patient_id WHERE c.cohort_name = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, cohort);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new double[] {rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)};
      }
    }
  }

  /** Members by value of the patient column {@code column} (sex or race; 'unknown' when absent). */
  static Map<String, Long> byPatient(Connection c, String cohort, String column)
      throws SQLException {
    String sql =
        "SELECT coalesce(p."
            + column
            + ", 'unknown') AS v, count(*) FROM cohort c LEFT JOIN patient p ON p.source ="
            + " c.source AND p.id = c.patient_id WHERE c.cohort_name = ? GROUP BY coalesce(p."
            + column
            + ", 'unknown') ORDER BY v";
    return counts(c, sql, cohort);
  }

  /** Members with each code ("system|code|display") of {@code domain} in the year before entry. */
  static Map<String, Long> codes(Connection c, String cohort, EventDomain domain)
      throws SQLException {
    String sql =
        "SELECT code_system || '|' || code || '|' || min(display) AS k, count(*) FROM ("
            + "SELECT c.source, c.patient_id, coalesce(x.code_system, '') AS code_system, x.code,"
            + " min(coalesce(x.code_display, x.code)) AS display FROM cohort c JOIN "
            + domain.table()
            + " x ON x.source = c.source AND x.patient_id = c.patient_id WHERE c.cohort_name = ?"
            + " AND x.code IS NOT NULL AND mm_days_between(x."
            + domain.timeColumn()
            + ", c.cohort_start) BETWEEN 0 AND 365"
            + " GROUP BY c.source, c.patient_id, coalesce(x.code_system, ''), x.code) m"
            + " GROUP BY code_system, code";
    return counts(c, sql, cohort);
  }

  private static Map<String, Long> counts(Connection c, String sql, String cohort)
      throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, cohort);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }
}
