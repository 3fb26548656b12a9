package org.medmine.apps.cohorts;

import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.Age;
import org.medmine.cohort.CohortDefinition;
import org.medmine.cohort.CohortExit;
import org.medmine.cohort.EventCriterion;
import org.medmine.cohort.InclusionRule;
import org.medmine.cohort.ObservationPeriod;

/**
 * The SQL of a {@link CohortDefinition}, in the subset DuckDB and Spark SQL share (date arithmetic
 * through medmine's named functions): the entry query (each patient's earliest entry event, with
 * their observation period and birth date), one condition per attrition step over its row {@code
 * e}, and the exit day. Codes reach the SQL only through {@link org.medmine.cohort.CodeSet}, which
 * validated them.
 */
final class CohortSql {
  private CohortSql() {}

  /**
   * Columns {@code source}, {@code patient_id}, {@code entry_date}, {@code observation_start},
   * {@code observation_end}, {@code birth_date}: one row per patient with an entry event.
   */
  static String entry(CohortDefinition d) {
    EventCriterion ev = d.entry();
    return "SELECT x.source, x.patient_id, min("
        + ev.dateSql("x")
        + ") AS entry_date, min(op.observation_start) AS observation_start,"
        + " min(op.observation_end) AS observation_end, min(p.birth_date) AS birth_date"
        + " FROM "
        + ev.domain().table()
        + " x JOIN ("
        + ObservationPeriod.sql()
        + ") op ON op.source = x.source AND op.patient_id = x.patient_id"
        + " JOIN patient p ON p.source = x.source AND p.id = x.patient_id WHERE "
        + ev.sql("x")
        + " GROUP BY x.source, x.patient_id";
  }

  /** A named condition on the entry row {@code e}. */
  record Step(String name, String sql) {}

  /** The attrition steps after entry: the observation required, then each inclusion rule. */
  static List<Step> steps(CohortDefinition d) {
    List<Step> out = new ArrayList<>();
    int before = d.observation().daysBefore();
    int after = d.observation().daysAfter();
    out.add(
        new Step(
            "observed " + before + " days before and " + after + " after entry",
            "(mm_days_between(e.observation_start, e.entry_date) >= "
                + before
                + " AND mm_days_between(e.entry_date, e.observation_end) >= "
                + after
                + ")"));
    for (InclusionRule r : d.inclusion()) {
      out.add(new Step(r.name(), r.event() == null ? age(r) : event(r)));
    }
    return out;
  }

  private static String age(InclusionRule r) {
    String age = Age.sql("e.birth_date", "e.entry_date");
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

  private static String event(InclusionRule r) {
    EventCriterion ev = r.event();
    return (r.excludes() ? "NOT " : "")
        + "EXISTS (SELECT 1 FROM "
        + ev.domain().table()
        + " y WHERE y.source = e.source AND y.patient_id = e.patient_id AND "
        + ev.sql("y")
        + " AND mm_days_between(e.entry_date, y."
        + ev.domain().timeColumn()
        + ") BETWEEN "
        + r.fromDay()
        + " AND "
        + r.toDay()
        + ")";
  }

  /** The exit day of the entry row {@code e}: never after the end of observation. */
  static String exit(CohortExit exit) {
    return switch (exit.by()) {
      case "days" -> "least(mm_add_days(e.entry_date, " + exit.days() + "), e.observation_end)";
      case "event" ->
          "least(coalesce((SELECT min("
              + exit.event().dateSql("z")
              + ") FROM "
              + exit.event().domain().table()
              + " z WHERE z.source = e.source AND z.patient_id = e.patient_id AND "
              + exit.event().sql("z")
              + " AND "
              + exit.event().dateSql("z")
              + " > e.entry_date), e.observation_end), e.observation_end)";
      default -> "e.observation_end";
    };
  }
}
