package org.medmine.cohort;

import java.time.LocalDate;

/**
 * Whether a patient is alive at a date: the patient has no death date, or died after that date.
 * Someone who died on the date is not alive at it (the day of death is the first day not counted,
 * as in a population at risk counted at the start of a period). The death date is the calendar date
 * of the warehouse's {@code patient.death_time} (FHIR R4 Patient.deceasedDateTime). Birth is not
 * checked here: a patient born after the date is "alive" by this test, and callers that count a
 * population add {@code birth_date <= date}. The SQL ({@link #sql}) and Java ({@link #at}) answers
 * agree.
 */
public final class Alive {
  private Alive() {}

  /** Whether someone who died on {@code death} (null: has not died) is alive at {@code day}. */
  public static boolean at(LocalDate death, LocalDate day) {
    return death == null || death.isAfter(day);
  }

  /**
   * The SQL condition that someone whose death time or date is {@code deathExpr} (NULL: has not
   * died) is alive at {@code dayExpr} (a date or timestamp; its date counts).
   */
  public static String sql(String deathExpr, String dayExpr) {
    return "("
        + deathExpr
        + " IS NULL OR CAST("
        + deathExpr
        + " AS DATE) > CAST("
        + dayExpr
        + " AS DATE))";
  }
}
