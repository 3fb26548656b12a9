package org.medmine.apps.ask;

import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.ask.Interpretation.Grouping;
import org.medmine.apps.ask.Interpretation.Measure;
import org.medmine.apps.ask.Interpretation.PatientFilter;
import org.medmine.apps.ask.Interpretation.ResolvedConcept;
import org.medmine.apps.ask.Interpretation.Subject;
import org.medmine.cohort.Age;

/**
 * The one SQL statement an {@link Interpretation} runs, in the subset DuckDB and Spark SQL share,
 * with medmine's named functions for age ({@link Age}) and the median. Patients are the rows of
 * {@code patient} (living and deceased unless the question says); a patient "has" a concept when a
 * row of its table carries one of the concept's codes (in the time window when one is given); an
 * encounter "has" a concept when its reason code is one of them or a row of the concept's table
 * recorded in that encounter is; an age is the completed years at the reference date. Every
 * statement returns a column {@code n}: the patients or events behind each row, which small-cell
 * suppression reads.
 */
final class AskSql {
  private AskSql() {}

  /** The statement of {@code q}. */
  static String of(Interpretation q) {
    if (q.measure() == Measure.TOP) {
      return top(q);
    }
    if (q.subject() == Subject.OBSERVATIONS && q.measured() != null) {
      return measurement(q);
    }
    if (q.subject() == Subject.PATIENTS && !q.grouping().isPeriod()) {
      return patients(q);
    }
    return events(q);
  }

  private static String patients(Interpretation q) {
    List<String> where = patientConditions(q);
    String evidence = evidence(q);
    String age = age(q);
    String select;
    switch (q.measure()) {
      case RATE -> {
        String hit = "sum(CASE WHEN " + evidence + " THEN 1 ELSE 0 END)";
        select =
            hit
                + " AS n, count(*) AS denominator, round(100.0 * "
                + hit
                + " / count(*), 1) AS percent";
      }
      case AVERAGE -> {
        where.add(evidence);
        where.add("p.birth_date IS NOT NULL");
        select = "count(*) AS n, round(avg(" + age + "), 1) AS mean_age";
      }
      case DISTRIBUTION -> {
        where.add(evidence);
        where.add("p.birth_date IS NOT NULL");
        select =
            "count(*) AS n, min("
                + age
                + ") AS min_age, mm_median("
                + age
                + ") AS median_age,"
                + " round(avg("
                + age
                + "), 1) AS mean_age, max("
                + age
                + ") AS max_age";
      }
      default -> {
        where.add(evidence);
        select = "count(*) AS n";
      }
    }
    return statement(q, select, "patient p", where, "");
  }

  private static String events(Interpretation q) {
    Subject s = q.subject();
    List<String> where = new ArrayList<>();
    String table = s.table;
    String time = s.time;
    ResolvedConcept concept = q.concept();
    if (s == Subject.PATIENTS) {
      boolean encounter = q.encounterClass() != null;
      table = encounter ? "encounter" : concept.table();
      time = Subject.ofTable(table).time;
      if (encounter) {
        where.add("e.class_code = '" + q.encounterClass() + "'");
        where.add(concept == null ? null : encounterHas(concept, "e"));
      } else {
        where.add("e.code IN " + concept.sqlCodes());
      }
    } else {
      where.add(
          s == Subject.ENCOUNTERS && q.encounterClass() != null
              ? "e.class_code = '" + q.encounterClass() + "'"
              : null);
      where.add(concept == null ? null : eventHas(concept, s));
    }
    where.add(q.window() == null ? null : q.window().sql("e." + time));
    where.addAll(patientConditions(q));
    String count = s == Subject.PATIENTS ? "count(DISTINCT p.id) AS n" : "count(*) AS n";
    return statement(q, count, join(table), where, "e." + time);
  }

  private static String measurement(Interpretation q) {
    List<String> where = new ArrayList<>();
    where.add("e.code IN " + q.measured().sqlCodes());
    where.add("e.value_number IS NOT NULL");
    where.add(q.window() == null ? null : q.window().sql("e.effective_time"));
    where.addAll(patientConditions(q));
    where.add(q.concept() == null ? null : has(q.concept(), null));
    String v = "e.value_number";
    String select =
        q.measure() == Measure.AVERAGE
            ? "e.value_unit AS unit, count(*) AS n, round(avg(" + v + "), 2) AS mean"
            : "e.value_unit AS unit, count(*) AS n, round(min("
                + v
                + "), 2) AS min, round(mm_median("
                + v
                + "), 2) AS median, round(avg("
                + v
                + "), 2) AS mean, round(max("
                + v
                + "), 2) AS max";
    String sql = statement(q, select, join("observation"), where, "e.effective_time");
    return q.grouping() == Grouping.NONE
        ? sql
        : sql.replace(" GROUP BY 1 ORDER BY 1", " GROUP BY 1, 2 ORDER BY 1, 2");
  }

  private static String top(Interpretation q) {
    Subject s = q.subject();
    List<String> where = new ArrayList<>();
    where.add(q.window() == null ? null : q.window().sql("e." + s.time));
    where.addAll(patientConditions(q));
    where.add(q.concept() == null ? null : has(q.concept(), null));
    where.add(q.encounterClass() == null ? null : classEvidence(q, null));
    return "SELECT e.code AS code, min(e.code_display) AS concept, count(DISTINCT p.id) AS n FROM "
        + join(s.table)
        + where(where)
        + " GROUP BY e.code ORDER BY n DESC, code LIMIT "
        + q.limit();
  }

  /**
   * SELECT [group,] select FROM from WHERE ... [GROUP BY 1 ORDER BY 1]; a statement without a group
   * over a measurement groups by unit.
   */
  private static String statement(
      Interpretation q, String select, String from, List<String> where, String time) {
    Grouping g = q.grouping();
    boolean unit = select.startsWith("e.value_unit");
    if (g == Grouping.NONE) {
      return "SELECT "
          + select
          + " FROM "
          + from
          + where(where)
          + (unit ? " GROUP BY 1 ORDER BY 1" : "");
    }
    String expr = group(q, time);
    return "SELECT "
        + expr
        + " AS "
        + g.column
        + ", "
        + select
        + " FROM "
        + from
        + where(where)
        + " GROUP BY 1 ORDER BY 1";
  }

  private static String group(Interpretation q, String time) {
    return switch (q.grouping()) {
      case SEX -> "p.sex";
      case RACE -> "p.race";
      case ETHNICITY -> "p.ethnicity";
      case CITY -> "p.city";
      case STATE -> "p.state";
      case CLASS -> "e.class_code";
      case AGE_BAND -> {
        String a = age(q);
        yield "CASE WHEN p.birth_date IS NULL THEN 'unknown' WHEN "
            + a
            + " < 18 THEN '0-17' WHEN "
            + a
            + " < 45 THEN '18-44' WHEN "
            + a
            + " < 65 THEN '45-64' ELSE '65+' END";
      }
      default ->
          "CAST(date_trunc('"
              + q.grouping().name().toLowerCase(java.util.Locale.ROOT)
              + "', "
              + time
              + ") AS DATE)";
    };
  }

  /** What a patient must have for the question (its concept, encounter class, window); or null. */
  private static String evidence(Interpretation q) {
    if (q.encounterClass() != null) {
      return classEvidence(q, q.window());
    }
    if (q.concept() != null) {
      return has(q.concept(), q.window());
    }
    if (q.window() != null) {
      return "EXISTS (SELECT 1 FROM encounter x WHERE x.source = p.source AND x.patient_id = p.id"
          + " AND "
          + q.window().sql("x.start_time")
          + ")";
    }
    return null;
  }

  private static String classEvidence(Interpretation q, TimeWindow window) {
    return "EXISTS (SELECT 1 FROM encounter x WHERE x.source = p.source AND x.patient_id = p.id"
        + " AND x.class_code = '"
        + q.encounterClass()
        + "'"
        + (window == null ? "" : " AND " + window.sql("x.start_time"))
        + (q.concept() == null ? "" : " AND " + encounterHas(q.concept(), "x"))
        + ")";
  }

  /** Patient p has a row of the concept (in the window, if any). */
  private static String has(ResolvedConcept c, TimeWindow window) {
    String time = Subject.ofTable(c.table()).time;
    return "EXISTS (SELECT 1 FROM "
        + c.table()
        + " x WHERE x.source = p.source AND x.patient_id ="
        + " p.id AND x.code IN "
        + c.sqlCodes()
        + (window == null ? "" : " AND " + window.sql("x." + time))
        + ")";
  }

  private static String eventHas(ResolvedConcept c, Subject s) {
    if (c.table().equals(s.table)) {
      return "e.code IN " + c.sqlCodes();
    }
    return s == Subject.ENCOUNTERS ? encounterHas(c, "e") : has(c, null);
  }

  private static String encounterHas(ResolvedConcept c, String alias) {
    return "("
        + alias
        + ".reason_code IN "
        + c.sqlCodes()
        + " OR EXISTS (SELECT 1 FROM "
        + c.table()
        + " y WHERE y.source = "
        + alias
        + ".source AND y.encounter_id = "
        + alias
        + ".id AND y.code IN "
        + c.sqlCodes()
        + "))";
  }

  private static List<String> patientConditions(Interpretation q) {
    PatientFilter f = q.patients();
    List<String> out = new ArrayList<>();
    out.add(f.sex() == null ? null : "p.sex = '" + f.sex() + "'");
    out.add(f.age() == null ? null : f.age().sql(age(q)));
    out.add(f.race() == null ? null : "p.race = '" + f.race() + "'");
    out.add(f.ethnicity() == null ? null : "p.ethnicity = '" + f.ethnicity() + "'");
    out.add(f.city() == null ? null : "p.city = '" + f.city().replace("'", "''") + "'");
    out.add(f.state() == null ? null : "p.state = '" + f.state().replace("'", "''") + "'");
    if (f.alive() != null) {
      out.add(f.alive() ? "p.death_time IS NULL" : "p.death_time IS NOT NULL");
    }
    return out;
  }

  private static String age(Interpretation q) {
    return Age.sql("p.birth_date", "DATE '" + q.reference() + "'");
  }

  private static String join(String table) {
    return table + " e JOIN patient p ON p.source = e.source AND p.id = e.patient_id";
  }

  private static String where(List<String> conditions) {
    List<String> c = conditions.stream().filter(x -> x != null).toList();
    return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
  }
}
