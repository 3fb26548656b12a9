package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.cohort.Age;

/**
 * The incidence of an outcome cohort within a target cohort, in the manner of OHDSI's incidence
 * rate analyses (The Book of OHDSI, ch. 11 "Characterization"): time at risk runs from a target
 * member's entry to their exit or their first outcome entry on or after it, whichever is first,
 * counted in days with both ends included; a member whose outcome began before entry is left out
 * (prior outcomes clean the population, as OHDSI's default); each member counts at most one event.
 * Strata are the sex, the age band (0-17, 18-44, 45-64, 65+) and the calendar year; a member's time
 * at risk is split where it crosses a new year or a birthday that starts a new band, each piece
 * counted in its own stratum, and the event in the stratum of its day (as the epidemiologist's
 * Lexis expansion does: Clayton and Hills, Statistical Models in Epidemiology, 1993, ch. 6).
 */
final class IncidenceQueries {
  private IncidenceQueries() {}

  private static final int[] BAND_STARTS = {18, 45, 65};
  private static final Comparator<Stratum> ORDER =
      Comparator.comparing(Stratum::sex)
          .thenComparing(Stratum::ageBand)
          .thenComparingInt(Stratum::year);

  /** One stratum's events and days at risk. */
  record Stratum(String sex, String ageBand, int year, long events, long days) {}

  /** The strata of {@code outcome} within {@code target}, ordered by sex, band and year. */
  static List<Stratum> strata(Connection c, String target, String outcome) throws SQLException {
    String sql =
        "WITH risk AS (SELECT t.source, t.patient_id, t.cohort_start,"
            + " (SELECT min(o.cohort_start) FROM cohort o WHERE o.cohort_name = ? AND o.source ="
            + " t.source AND o.patient_id = t.patient_id AND o.cohort_start BETWEEN t.cohort_start"
            + " AND t.cohort_end) AS outcome_day, t.cohort_end FROM cohort t WHERE t.cohort_name = ?"
            + " AND NOT EXISTS (SELECT 1 FROM cohort b WHERE b.cohort_name = ? AND b.source ="
            + " t.source AND b.patient_id = t.patient_id AND b.cohort_start < t.cohort_start))"
            + " SELECT coalesce(p.sex, 'unknown') AS sex, p.birth_date, r.cohort_start,"
            + " coalesce(r.outcome_day, r.cohort_end) AS risk_end, r.outcome_day FROM risk r"
            + " LEFT JOIN patient p ON p.source = r.source AND p.id = r.patient_id";
    Map<Stratum, long[]> counts = new TreeMap<>(ORDER);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, outcome);
      s.setString(2, target);
      s.setString(3, outcome);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          split(
              rs.getString(1),
              rs.getObject(2, LocalDate.class),
              rs.getObject(3, LocalDate.class),
              rs.getObject(4, LocalDate.class),
              rs.getObject(5, LocalDate.class),
              counts);
        }
      }
    }
    List<Stratum> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new Stratum(k.sex(), k.ageBand(), k.year(), v[0], v[1])));
    return out;
  }

  /**
   * Adds one member's time at risk, {@code from} to {@code to} (both included), to {@code counts},
   * piece by piece between new years and band-starting birthdays; the event, if any, to the piece
   * that holds its day.
   */
  static void split(
      String sex,
      LocalDate birth,
      LocalDate from,
      LocalDate to,
      LocalDate event,
      Map<Stratum, long[]> counts) {
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate end = to;
      LocalDate newYear = LocalDate.of(start.getYear() + 1, 1, 1);
      if (newYear.isBefore(end.plusDays(1))) {
        end = newYear.minusDays(1);
      }
      LocalDate nextBand = nextBandStart(birth, start);
      if (nextBand != null && nextBand.isBefore(end.plusDays(1))) {
        end = nextBand.minusDays(1);
      }
      long[] c =
          counts.computeIfAbsent(
              new Stratum(sex, band(birth, start), start.getYear(), 0, 0), k -> new long[2]);
      if (event != null && !event.isBefore(start) && !event.isAfter(end)) {
        c[0]++;
      }
      c[1] += ChronoUnit.DAYS.between(start, end) + 1;
      start = end.plusDays(1);
    }
  }

  /** The age band on {@code day} of someone born on {@code birth} (null: unknown). */
  static String band(LocalDate birth, LocalDate day) {
    if (birth == null) {
      return "unknown";
    }
    int age = Age.years(birth, day);
    return age < 18 ? "0-17" : age < 45 ? "18-44" : age < 65 ? "45-64" : "65+";
  }

  /**
   * The first day after {@code day} on which someone born on {@code birth} enters a new band (the
   * birthday as {@link Age} counts it: 29 February's on 1 March in common years), or null.
   */
  private static LocalDate nextBandStart(LocalDate birth, LocalDate day) {
    if (birth == null) {
      return null;
    }
    int age = Age.years(birth, day);
    for (int threshold : BAND_STARTS) {
      if (age < threshold) {
        LocalDate birthday = birth.plusYears(threshold);
        return Age.years(birth, birthday) < threshold ? birthday.plusDays(1) : birthday;
      }
    }
    return null;
  }
}
