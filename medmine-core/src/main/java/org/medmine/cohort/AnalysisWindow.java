package org.medmine.cohort;

import java.sql.Connection;
import java.time.LocalDate;

/**
 * The days an analysis over calendar months looks at, {@code from} to {@code to} (both inclusive).
 * Unless the user gives them, the window ends at the end of the data ({@link DataEnd}) and starts
 * {@value #DEFAULT_YEARS} years of whole calendar months before it (the month of {@code to} and the
 * 59 before it), the span the control charts judge and the demo shows. Defined here once, so that
 * every app that asks for "the last five years" means the same months.
 *
 * @param from the first day looked at
 * @param to the last day looked at
 */
public record AnalysisWindow(LocalDate from, LocalDate to) {
  /** Years of whole calendar months an analysis looks back by default. */
  public static final int DEFAULT_YEARS = 5;

  /** The {@code years} years of whole calendar months that end with the month of {@code to}. */
  /**
   * A date the user gives (an option such as {@code --from}): ISO 8601 {@code YYYY-MM-DD}, or an
   * {@link IllegalArgumentException} whose message says how to write it.
   */
  public static LocalDate dateNamed(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a date: give it as YYYY-MM-DD, e.g. 2024-01-31", e);
    }
  }

  public static AnalysisWindow yearsEndingAt(LocalDate to, int years) {
    return new AnalysisWindow(to.withDayOfMonth(1).minusYears(years).plusMonths(1), to);
  }

  /**
   * The window the user asked for: {@code to}, else the end of the data of {@code c}; {@code from},
   * else {@value #DEFAULT_YEARS} years of whole calendar months up to {@code to}. Either may be
   * null.
   */
  public static AnalysisWindow resolve(Connection c, LocalDate from, LocalDate to) {
    LocalDate end =
        DataEnd.givenOrLastEncounterDay(
            c, to, "No encounters in the warehouse: ingest data first.");
    return new AnalysisWindow(from != null ? from : yearsEndingAt(end, DEFAULT_YEARS).from(), end);
  }
}
