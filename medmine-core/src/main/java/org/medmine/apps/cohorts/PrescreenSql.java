package org.medmine.apps.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.Age;
import org.medmine.cohort.Alive;
import org.medmine.cohort.CohortDefinition;
import org.medmine.cohort.CohortExit;
import org.medmine.cohort.EventCriterion;
import org.medmine.cohort.InclusionRule;
import org.medmine.cohort.ObservationPeriod;

/**
 * The SQL of a pre-screening ({@link PrescreenApp}) of a {@link CohortDefinition} as of a day D, in
 * the subset DuckDB and Spark SQL share: only rows dated on or before D count; the entry row {@code
 * e} is the patient's earliest entry event up to D, joined to the patient {@code p} and the
 * observation period {@code op}; the steps are the conditions a patient must meet on D, in order.
 */
final class PrescreenSql {
  private PrescreenSql() {}

  /** The pre-screening's day as an SQL date literal. */
  static String day(LocalDate asOf) {
    return "DATE '" + asOf + "'";
  }

  /** Columns {@code source}, {@code patient_id}, {@code entry_date}, {@code birth_date}, ... . */
  static String entry(CohortDefinition d, LocalDate asOf) {
    EventCriterion ev = d.entry();
    return "(SELECT x.source, x.patient_id, min("
        + ev.dateSql("x")
        + ") AS entry_date, min(op.observation_start) AS observation_start,"
        + " min(p.birth_date) AS birth_date, min(p.death_time) AS death_time FROM "
        + ev.domain().table()
        + " x JOIN ("
        + ObservationPeriod.sql()
        + ") op ON op.source = x.source AND op.patient_id = x.patient_id"
        + " JOIN patient p ON p.source = x.source AND p.id = x.patient_id WHERE "
        + ev.sql("x")
        + " AND "
        + ev.dateSql("x")
        + " <= "
        + day(asOf)
        + " GROUP BY x.source, x.patient_id) e";
  }

  /** The steps after the entry event, each a named condition on {@code e} as of {@code asOf}. */
  static List<CohortSql.Step> steps(CohortDefinition d, LocalDate asOf) {
    String day = day(asOf);
    List<CohortSql.Step> out = new ArrayList<>();
    out.add(
        new CohortSql.Step(
            "alive on " + asOf,
            "(e.birth_date <= " + day + " AND " + Alive.sql("e.death_time", day) + ")"));
    int before = d.observation().daysBefore();
    out.add(
        new CohortSql.Step(
            "observed " + before + " days before entry",
            "mm_days_between(e.observation_start, e.entry_date) >= " + before));
    CohortExit exit = d.exit();
    if (exit.by().equals("days")) {
      out.add(
          new CohortSql.Step(
              "entered at most " + exit.days() + " days before " + asOf,
              "mm_days_between(e.entry_date, " + day + ") <= " + exit.days()));
    } else if (exit.by().equals("event")) {
      out.add(
          new CohortSql.Step(
              "no exit event by " + asOf,
              "NOT EXISTS (SELECT 1 FROM "
                  + exit.event().domain().table()
                  + " z WHERE z.source = e.source AND z.patient_id = e.patient_id AND "
                  + exit.event().sql("z")
                  + " AND "
                  + exit.event().dateSql("z")
                  + " > e.entry_date AND "
                  + exit.event().dateSql("z")
                  + " <= "
                  + day
                  + ")"));
    }
    for (InclusionRule r : d.inclusion()) {
      out.add(new CohortSql.Step(r.name(), r.event() == null ? age(r, day) : exists(r, day)));
    }
    return out;
  }

  private static String age(InclusionRule r, String day) {
    String age = Age.sql("e.birth_date", day);
    List<String> parts = new ArrayList<>();
    parts.add("e.birth_date IS NOT NULL");
    if (r.minAge() != null) {
      parts.add(age + " >= " + r.minAge());
    }
    if (r.maxAge() != null) {
      parts.add(age + " <= " + r.maxAge());
    }
    return "(" + String.join(" AND ", parts) + ")";
  }

  private static String exists(InclusionRule r, String day) {
    return (r.excludes() ? "NOT " : "")
        + "EXISTS (SELECT 1 FROM "
        + r.event().domain().table()
        + " y WHERE y.source = e.source AND y.patient_id = e.patient_id AND "
        + window(r, "y", day)
        + ")";
  }

  /**
   * The condition that row {@code alias} of the rule's domain is one of its events inside its
   * window, counted from the pre-screening's day; the part of a window after that day is not yet
   * known, so the window ends on the day at the latest.
   */
  static String window(InclusionRule r, String alias, String day) {
    return r.event().sql(alias)
        + " AND mm_days_between("
        + day
        + ", "
        + r.event().dateSql(alias)
        + ") BETWEEN "
        + r.fromDay()
        + " AND "
        + Math.min(r.toDay(), 0);
  }
}
