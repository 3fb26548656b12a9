package org.medmine.cohort;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.medmine.model.MedmineUserException;

/**
 * The end of the data: the last day (UTC) on which any encounter in the warehouse started. An
 * extract such as Synthea's export, or a hospital's monthly dump, stops on one day for every kind
 * of record; the encounters show that day best, because every clinical event hangs off one.
 * Analyses that count over time run their series up to this day (with zeros where nothing happened)
 * rather than to their own last event, so a forecast starts after the data and not inside it, and
 * the statistics' population is counted on the same day. Defined here once, for the statistics, the
 * time series and the control charts alike.
 */
public final class DataEnd {
  static final String SQL = "SELECT CAST(MAX(start_time) AS DATE) FROM encounter";

  private DataEnd() {}

  /**
   * The last encounter day of the warehouse {@code c} reads, or empty when it has no dated
   * encounter.
   */
  public static Optional<LocalDate> lastEncounterDay(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL)) {
      rs.next();
      return Optional.ofNullable(rs.getObject(1, LocalDate.class));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read the last encounter day: " + e.getMessage(), e);
    }
  }

  /**
   * {@code given} when it is not null, else the last encounter day of {@code c}; a warehouse with
   * no dated encounter is a user error saying {@code whatToDo}.
   */
  public static LocalDate givenOrLastEncounterDay(Connection c, LocalDate given, String whatToDo) {
    return given != null
        ? given
        : lastEncounterDay(c).orElseThrow(() -> new MedmineUserException(whatToDo));
  }
}
