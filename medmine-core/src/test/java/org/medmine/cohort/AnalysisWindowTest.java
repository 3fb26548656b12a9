package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * The default window of whole calendar months, ending at the end of the data (the last encounter
 * day).
 */
class AnalysisWindowTest {
  @Test
  void fiveYearsAreTheSixtyCalendarMonthsUpToTheLastDay() {
    AnalysisWindow w = AnalysisWindow.yearsEndingAt(LocalDate.of(2024, 12, 17), 5);
    assertThat(w.from()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(w.to()).isEqualTo(LocalDate.of(2024, 12, 17));
    assertThat(java.time.temporal.ChronoUnit.MONTHS.between(w.from(), w.to().withDayOfMonth(1)) + 1)
        .isEqualTo(60);
  }

  @Test
  void theWindowEndsAtTheEndOfTheDataUnlessTheUserSaysOtherwise() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE encounter (start_time TIMESTAMP)");
      assertThat(DataEnd.lastEncounterDay(c)).isEmpty();
      assertThatThrownBy(() -> AnalysisWindow.resolve(c, null, null))
          .isInstanceOf(MedmineUserException.class)
          .hasMessage("No encounters in the warehouse: ingest data first.");
      s.execute(
          "INSERT INTO encounter VALUES ('2023-03-05 23:59:00'), ('2023-06-30 10:00:00'), (NULL)");
      assertThat(DataEnd.lastEncounterDay(c)).contains(LocalDate.of(2023, 6, 30));
      assertThat(AnalysisWindow.resolve(c, null, null))
          .isEqualTo(new AnalysisWindow(LocalDate.of(2018, 7, 1), LocalDate.of(2023, 6, 30)));
      assertThat(AnalysisWindow.resolve(c, LocalDate.of(2022, 2, 1), null).from())
          .isEqualTo(LocalDate.of(2022, 2, 1));
      assertThat(AnalysisWindow.resolve(c, null, LocalDate.of(2021, 1, 31)))
          .isEqualTo(new AnalysisWindow(LocalDate.of(2016, 2, 1), LocalDate.of(2021, 1, 31)));
    }
  }
}
