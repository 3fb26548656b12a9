package org.medmine.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * The span of days over which a patient's care is recorded in the warehouse, in the spirit of the
 * OMOP CDM's {@code observation_period} (OHDSI, CDM v5.4: "spans of time during which ... clinical
 * events are expected to be recorded"). What counts: the patient's encounters that have a start
 * time (every clinical event in the warehouse hangs off an encounter, as in FHIR R4, so encounters
 * bound them). The period starts on the date the first of them started and ends on the latest date
 * any of them ended (an encounter without an end time counts by its start). Both days are inside
 * the period. A patient without a dated encounter has no observation period, and is observed on no
 * day. Unlike OMOP, the span is one per patient: gaps between encounters are not cut out.
 *
 * <p>The same period in SQL ({@link #sql}, one row per patient) and in Java ({@link #spanning})
 * agree.
 *
 * @param start the first day observed
 * @param end the last day observed
 */
public record ObservationPeriod(LocalDate start, LocalDate end) {
  /** One encounter's start and end times (end null while open or unknown). */
  public record EncounterTimes(LocalDateTime start, LocalDateTime end) {}

  /** Refuses a period that ends before it starts. */
  public ObservationPeriod {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "an observation period cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  /** Whether {@code day} is inside the period (both ends included). */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * The observation period of a patient with these encounters, or empty when none has a start time.
   */
  public static Optional<ObservationPeriod> spanning(Collection<EncounterTimes> encounters) {
    LocalDate first = null;
    LocalDate last = null;
    for (EncounterTimes e : encounters) {
      if (e.start() == null) {
        continue;
      }
      LocalDate from = e.start().toLocalDate();
      LocalDate to = (e.end() != null ? e.end() : e.start()).toLocalDate();
      first = first == null || from.isBefore(first) ? from : first;
      last = last == null || to.isAfter(last) ? to : last;
    }
    // An encounter that ends before it starts (bad data) cannot move the end before the start.
    return first == null
        ? Optional.empty()
        : Optional.of(new ObservationPeriod(first, last.isBefore(first) ? first : last));
  }

  /**
   * The SQL query of every patient's observation period, for a CTE: columns {@code source}, {@code
   * patient_id}, {@code observation_start} and {@code observation_end} (dates), one row per patient
   * with a dated encounter.
   */
  public static String sql() {
    return "SELECT source, patient_id, CAST(min(start_time) AS DATE) AS observation_start,"
        + " greatest(CAST(min(start_time) AS DATE), CAST(max(coalesce(end_time, start_time)) AS DATE)) AS observation_end"
        + " FROM encounter WHERE start_time IS NOT NULL GROUP BY source, patient_id";
  }

  /**
   * The SQL condition that {@code dayExpr} (a date or timestamp) is inside the observation period
   * of the row {@code alias} of {@link #sql}'s query.
   */
  public static String containsSql(String alias, String dayExpr) {
    String p = alias.isEmpty() ? "" : alias + ".";
    return "(CAST("
        + dayExpr
        + " AS DATE) BETWEEN "
        + p
        + "observation_start AND "
        + p
        + "observation_end)";
  }

  /**
   * The SQL condition that the patient is alive ({@link Alive}) and observed at {@code dayExpr}:
   * {@code periodAlias} names the row of {@link #sql}'s query (NULL when the patient has none: then
   * false), {@code deathExpr} the patient's death time.
   */
  public static String aliveAndObservedSql(String periodAlias, String deathExpr, String dayExpr) {
    return "("
        + Alive.sql(deathExpr, dayExpr)
        + " AND coalesce("
        + containsSql(periodAlias, dayExpr)
        + ", FALSE))";
  }

  /**
   * Whether a patient with observation period {@code period} (null: none) and death date {@code
   * death} is alive and observed on {@code day}.
   */
  public static boolean aliveAndObserved(ObservationPeriod period, LocalDate death, LocalDate day) {
    return period != null && period.contains(day) && Alive.at(death, day);
  }
}
