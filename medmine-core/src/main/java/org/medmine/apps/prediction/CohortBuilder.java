package org.medmine.apps.prediction;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.apps.prediction.StudyDefinition.Outcome;
import org.medmine.apps.prediction.StudyDefinition.PlannedAdmissions;
import org.medmine.apps.prediction.StudyDefinition.Target;
import org.medmine.cohort.Age;
import org.medmine.cohort.Alive;
import org.medmine.cohort.ObservationPeriod;
import org.medmine.model.MedmineUserException;

/**
 * Builds a study's target cohort and outcome labels in SQL over the warehouse tables, in the SQL
 * DuckDB and Spark share (joins, EXISTS, and medmine's named date functions of {@link
 * org.medmine.cohort.EngineFunctions}). Criteria are applied in order, each index event counted
 * under the first one it fails: age (completed years at the index, {@link Age}), planned admission,
 * prior observation, died during the stay, prior outcome. Planned admissions ({@link
 * StudyDefinition.PlannedAdmissions}) can be left out as index events and as outcomes. An index
 * event whose patient leaves observation (death, or the end of the data) before the end of the time
 * at risk without the outcome is censored: it is counted and left out, not taken as a negative.
 */
public final class CohortBuilder {
  private CohortBuilder() {}

  /** The cohort of {@code study} in the warehouse behind {@code c}. */
  public static Cohort build(Connection c, StudyDefinition study) {
    return build(c, study, false);
  }

  /**
   * The cohort; with {@code keepCensored} the censored index events stay in {@link Cohort#events()}
   * (labelled negative, their outcome unknown) for scoring, and are still counted as censored.
   */
  public static Cohort build(Connection c, StudyDefinition study, boolean keepCensored) {
    return build(c, study, sql(study, ""), keepCensored);
  }

  /**
   * The index events of the patient whose id is {@code patientId} (in any source), censored ones
   * kept, as {@link #build(Connection, StudyDefinition, boolean)} finds them in the whole cohort:
   * the warehouse's data end is still the whole warehouse's, and every other rule reads only that
   * patient's rows, so only they are read.
   */
  public static Cohort buildForPatient(Connection c, StudyDefinition study, String patientId) {
    return build(
        c, study, sql(study, " AND e.patient_id = '" + patientId.replace("'", "''") + "'"), true);
  }

  private static Cohort build(
      Connection c, StudyDefinition study, String sql, boolean keepCensored) {
    study.cohorts().forEach(name -> requireBuilt(c, study, name));
    List<IndexEvent> events = new ArrayList<>();
    Map<String, Integer> excluded = new LinkedHashMap<>();
    for (String r :
        List.of(
            "age", "planned admission", "prior observation", "died during stay", "prior outcome")) {
      excluded.put(r, 0);
    }
    int candidates = 0;
    int censored = 0;
    int censoredByDeath = 0;
    LocalDateTime dataEnd = null;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        candidates++;
        dataEnd = time(rs.getString("data_end"));
        String status = rs.getString("status");
        switch (status) {
          case "included" -> {
            boolean outcome = rs.getBoolean("has_outcome");
            boolean isCensored = !outcome && rs.getBoolean("left_early");
            if (isCensored) {
              censored++;
              censoredByDeath += rs.getBoolean("died_in_tar") ? 1 : 0;
            }
            if (!isCensored || keepCensored) {
              events.add(
                  new IndexEvent(
                      rs.getString("source"),
                      rs.getString("patient_id"),
                      rs.getString("encounter_id"),
                      time(rs.getString("admit_time")),
                      time(rs.getString("index_time")),
                      rs.getInt("age"),
                      rs.getString("sex"),
                      rs.getString("race"),
                      rs.getString("ethnicity"),
                      outcome,
                      stay(rs.getString("stay_days"))));
            }
          }
          default -> excluded.merge(status, 1, Integer::sum);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the cohort of study " + study.name() + " could not be built", e);
    }
    return new Cohort(events, candidates, excluded, censored, censoredByDeath, dataEnd);
  }

  /** Refuses a study whose target or outcome names a cohort the warehouse does not hold. */
  private static void requireBuilt(Connection c, StudyDefinition study, String cohort) {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM cohort WHERE cohort_name = " + list(List.of(cohort)))) {
      rs.next();
      if (rs.getLong(1) == 0) {
        throw new MedmineUserException(
            "Study "
                + study.name()
                + " names the cohort '"
                + cohort
                + "', which has no rows in this warehouse: build it first with medmine cohort"
                + " build DEF.json.");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the cohort table", e);
    }
  }

  /**
   * SQL: whether the index day of row {@code e} (expression {@code index}) lies in one of the
   * patient's spans of {@code cohort}; nothing without one.
   */
  static String inCohort(String cohort, String index) {
    return cohort == null
        ? ""
        : " AND EXISTS (SELECT 1 FROM cohort k WHERE k.source = e.source AND k.patient_id ="
            + " e.patient_id AND k.cohort_name = "
            + list(List.of(cohort))
            + " AND CAST("
            + index
            + " AS DATE) BETWEEN k.cohort_start AND k.cohort_end)";
  }

  private static double stay(String text) {
    return text == null ? Double.NaN : Double.parseDouble(text);
  }

  static LocalDateTime time(String text) {
    return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
  }

  static String list(List<String> values) {
    return values.stream()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", "));
  }

  /**
   * SQL: whether the encounter {@code alias} is a planned admission (by its encounter code or its
   * reason).
   */
  static String planned(PlannedAdmissions planned, String alias) {
    if (planned == null || planned.groups().isEmpty()) {
      return "FALSE";
    }
    List<String> codes = planned.allEncounterCodes();
    List<String> reasons = planned.allReasonCodes();
    return "("
        + (codes.isEmpty() ? "FALSE" : "coalesce(" + alias + ".code, '') IN (" + list(codes) + ")")
        + " OR "
        + (reasons.isEmpty()
            ? "FALSE"
            : "coalesce(" + alias + ".reason_code, '') IN (" + list(reasons) + ")")
        + ")";
  }

  static String sql(StudyDefinition study) {
    return sql(study, "");
  }

  private static String sql(StudyDefinition study, String patientFilter) {
    Target t = study.target();
    String index = "end".equals(t.indexAt()) ? "e.end_time" : "e.start_time";
    OutcomeClauses outcome = outcomeClauses(study);
    String codeFilter =
        (t.encounterCodes().isEmpty() ? "" : " AND e.code IN (" + list(t.encounterCodes()) + ")")
            + inCohort(t.cohort(), index)
            + outcome.extraFilter()
            + patientFilter;
    return cohortQuery(study, index, codeFilter, outcome.prior(), outcome.inTimeAtRisk());
  }

  /**
   * The SQL conditions of a study's outcome: in the time at risk, before the index event (both over
   * the index row {@code i}), and any filter the outcome adds to the index encounters.
   */
  private record OutcomeClauses(String inTimeAtRisk, String prior, String extraFilter) {}

  private static OutcomeClauses outcomeClauses(StudyDefinition study) {
    Outcome o = study.outcome();
    int from = study.timeAtRisk().startDays();
    int to = study.timeAtRisk().endDays();
    if ("encounter".equals(o.kind())) {
      String planned =
          o.excludePlanned() ? " AND NOT " + planned(study.plannedAdmissions(), "x") : "";
      String base =
          "FROM encounter x WHERE x.source = i.source AND x.patient_id = i.patient_id AND x.id <> i.encounter_id"
              + " AND x.class_code IN ("
              + list(o.encounterClasses())
              + ")"
              + planned;
      return new OutcomeClauses(
          "EXISTS (SELECT 1 "
              + base
              + " AND mm_days_between(i.index_time, x.start_time)"
              + " BETWEEN "
              + from
              + " AND "
              + to
              + ")",
          "EXISTS (SELECT 1 " + base + " AND x.start_time < i.admit_time)",
          "");
    } else if (StudyDefinition.COHORT.equals(o.kind())) {
      return cohortOutcome(o.cohort(), from, to);
    } else if (study.isRegression()) {
      return new OutcomeClauses("FALSE", "FALSE", " AND e.end_time IS NOT NULL");
    }
    String base =
        "FROM condition x WHERE x.source = i.source AND x.patient_id = i.patient_id AND x.code IN ("
            + list(o.conditionCodes())
            + ")";
    return new OutcomeClauses(
        "EXISTS (SELECT 1 "
            + base
            + " AND mm_days_between(i.index_time, x.onset_time)"
            + " BETWEEN "
            + from
            + " AND "
            + to
            + ")",
        "EXISTS (SELECT 1 "
            + base
            + " AND mm_days_between(i.index_time, x.onset_time) < "
            + from
            + ")",
        "");
  }

  /**
   * The outcome of entering a built cohort: its {@code cohort_start} in the time at risk; a prior
   * outcome is an entry before the time at risk starts.
   */
  private static OutcomeClauses cohortOutcome(String cohort, int from, int to) {
    String base =
        "FROM cohort x WHERE x.source = i.source AND x.patient_id = i.patient_id AND"
            + " x.cohort_name = "
            + list(List.of(cohort));
    return new OutcomeClauses(
        "EXISTS (SELECT 1 "
            + base
            + " AND mm_days_between(i.index_time, x.cohort_start) BETWEEN "
            + from
            + " AND "
            + to
            + ")",
        "EXISTS (SELECT 1 "
            + base
            + " AND mm_days_between(i.index_time, x.cohort_start) < "
            + from
            + ")",
        "");
  }

  /**
   * The cohort query: index encounters, their exclusion status and outcome labels, one row per
   * index event.
   */
  private static String cohortQuery(
      StudyDefinition study,
      String index,
      String codeFilter,
      String priorOutcome,
      String outcomeInTar) {
    Target t = study.target();
    int to = study.timeAtRisk().endDays();
    return """
        WITH data_end AS (SELECT max(coalesce(end_time, start_time)) AS t FROM encounter),
        first_seen AS (%s),
        i AS (
          SELECT e.source, e.patient_id, e.id AS encounter_id, e.start_time AS admit_time, %s AS index_time, e.end_time,
                 %s AS age,
                 p.sex, p.race, p.ethnicity, p.death_time, f.observation_start AS first_time,
                 mm_hours_between(e.start_time, e.end_time) / 24.0 AS stay_days, %s AS planned
          FROM encounter e
          JOIN patient p ON p.source = e.source AND p.id = e.patient_id
          LEFT JOIN first_seen f ON f.source = e.source AND f.patient_id = e.patient_id
          WHERE e.class_code IN (%s)%s AND %s IS NOT NULL),
        labelled AS (
          SELECT i.*, (SELECT t FROM data_end) AS data_end,
            CASE WHEN i.age IS NULL OR i.age < %d THEN 'age'
                 WHEN %s AND i.planned THEN 'planned admission'
                 WHEN mm_days_between(i.first_time, i.admit_time) < %d THEN 'prior observation'
                 WHEN %s AND NOT %s THEN 'died during stay'
                 WHEN %s AND %s THEN 'prior outcome'
                 ELSE 'included' END AS status,
            %s AS has_outcome,
            mm_days_between(i.index_time,
                least(coalesce(i.death_time, (SELECT t FROM data_end)), (SELECT t FROM data_end))) < %d AS left_early,
            i.death_time IS NOT NULL AND mm_days_between(i.index_time, i.death_time) <= %d AS died_in_tar
          FROM i)
        SELECT source, patient_id, encounter_id, CAST(admit_time AS STRING) AS admit_time,
               CAST(index_time AS STRING) AS index_time, age, sex, race, ethnicity, status, has_outcome, left_early,
               died_in_tar, CAST(data_end AS STRING) AS data_end, CAST(stay_days AS STRING) AS stay_days
        FROM labelled ORDER BY source, patient_id, index_time, encounter_id
        """
        .formatted(
            ObservationPeriod.sql(),
            index,
            Age.sql("p.birth_date", index),
            planned(study.plannedAdmissions(), "e"),
            list(t.encounterClasses()),
            codeFilter,
            index,
            t.minAgeYears(),
            t.excludePlanned(),
            t.minPriorObservationDays(),
            t.excludeDiedDuringStay(),
            Alive.sql("i.death_time", "coalesce(i.end_time, i.index_time)"),
            t.excludePriorOutcome(),
            priorOutcome,
            outcomeInTar,
            to,
            to);
  }
}
