package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.Age;

/**
 * The incidence of an outcome cohort within a target cohort, in the manner of OHDSI's incidence
 * rate analyses (The Book of OHDSI, ch. 11 "Characterization"): time at risk runs from a target
 * member's entry to their exit or their first outcome entry on or after it, whichever is first,
 * counted in days with both ends included; a member whose outcome began before entry is left out
 * (prior outcomes clean the population, as OHDSI's default); each member counts at most one event.
 * Strata are the sex, the age band at entry (0-17, 18-44, 45-64, 65+) and the calendar year of
 * entry; person-time is not split across years or bands a member crosses during follow-up.
 */
final class IncidenceQueries {
  private IncidenceQueries() {}

  /** One stratum's events and days at risk. */
  record Stratum(String sex, String ageBand, int year, long events, long days) {}

  /** The strata of {@code outcome} within {@code target}, ordered. */
  static List<Stratum> strata(Connection c, String target, String outcome) throws SQLException {
    String age = Age.sql("p.birth_date", "r.cohort_start");
    String sql =
        "WITH risk AS (SELECT t.source, t.patient_id, t.cohort_start,"
            + " (SELECT min(o.cohort_start) FROM cohort o WHERE o.cohort_name = ? AND o.source ="
            + " t.source AND o.patient_id = t.patient_id AND o.cohort_start BETWEEN t.cohort_start"
            + " AND t.cohort_end) AS outcome_day, t.cohort_end FROM cohort t WHERE t.cohort_name = ?"
            + " AND NOT EXISTS (SELECT 1 FROM cohort b WHERE b.cohort_name = ? AND b.source ="
            + " t.source AND b.patient_id = t.patient_id AND b.cohort_start < t.cohort_start))"
            + " SELECT coalesce(p.sex, 'unknown') AS sex, CASE WHEN p.birth_date IS NULL THEN"
            + " 'unknown' WHEN "
            + age
            + " < 18 THEN '0-17' WHEN "
            + age
            + " < 45 THEN '18-44' WHEN "
            + age
            + " < 65 THEN '45-64' ELSE '65+' END AS band, year(r.cohort_start) AS y,"
            + " count(r.outcome_day) AS events,"
            + " sum(mm_days_between(r.cohort_start, coalesce(r.outcome_day, r.cohort_end)) + 1) AS"
            + " days FROM risk r LEFT JOIN patient p ON p.source = r.source AND p.id ="
            + " r.patient_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    List<Stratum> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, outcome);
      s.setString(2, target);
      s.setString(3, outcome);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Stratum(
                  rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
        }
      }
    }
    return out;
  }
}
