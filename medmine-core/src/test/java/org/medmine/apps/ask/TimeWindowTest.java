package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time-window rules of {@link TimeWindow}, relative to a reference date. */
class TimeWindowTest {
  private static final LocalDate REF = LocalDate.of(2024, 12, 31);

  private static TimeWindow window(String question, LocalDate reference) {
    return TimeWindow.take(new QuestionText(question), reference);
  }

  private static void assertWindow(
      String question, LocalDate reference, String from, String until) {
    TimeWindow w = window(question, reference);
    assertThat(w).as(question).isNotNull();
    assertThat(w.from())
        .as(question + " from")
        .isEqualTo(from == null ? null : LocalDate.parse(from));
    assertThat(w.until())
        .as(question + " until")
        .isEqualTo(until == null ? null : LocalDate.parse(until));
  }

  @Test
  void lastYearMonthAndWeekAreThePreviousCalendarPeriods() {
    assertWindow("admissions last year", REF, "2023-01-01", "2024-01-01");
    assertWindow("admissions last month", REF, "2024-11-01", "2024-12-01");
    // 2024-12-31 is a Tuesday: its ISO week starts on Monday 30 December; the week before on the
    // 23rd.
    assertWindow("admissions last week", REF, "2024-12-23", "2024-12-30");
  }

  @Test
  void thePastPeriodsRollBackFromTheReferenceDay() {
    assertWindow("visits in the past year", REF, "2024-01-01", "2025-01-01");
    assertWindow("visits in the last 6 months", REF, "2024-07-01", "2025-01-01");
    assertThat(window("visits in the last two weeks", REF).from()).isEqualTo("2024-12-18");
  }

  @Test
  void sinceAMonthStartsOnItsMostRecentFirstDayNotAfterTheReference() {
    assertWindow("since March", REF, "2024-03-01", "2025-01-01");
    assertWindow("since March", LocalDate.of(2025, 2, 15), "2024-03-01", "2025-02-16");
    assertWindow("since March 2020", REF, "2020-03-01", "2025-01-01");
    assertWindow("since 2018", REF, "2018-01-01", "2025-01-01");
    assertWindow("this year", LocalDate.of(2025, 2, 15), "2025-01-01", "2025-02-16");
  }

  @Test
  void absoluteYearsMonthsAndRangesAreWhole() {
    assertWindow("in 2020", REF, "2020-01-01", "2021-01-01");
    assertWindow("in March 2020", REF, "2020-03-01", "2020-04-01");
    assertWindow("between 2015 and 2018", REF, "2015-01-01", "2019-01-01");
    assertWindow("before 2010", REF, null, "2010-01-01");
    assertWindow("after 2010", REF, "2011-01-01", "2025-01-01");
  }

  @Test
  void aQuestionWithoutATimeHasNoWindowAndTheWordsAreTakenOut() {
    assertThat(window("how many patients have hypertension", REF)).isNull();
    QuestionText text = new QuestionText("How many admissions last year?");
    TimeWindow.take(text, REF);
    assertThat(text.rest()).isEqualTo("how many admissions");
  }

  @Test
  void theWindowIsHalfOpenInSql() {
    TimeWindow w = window("in 2020", REF);
    assertThat(w.sql("e.start_time"))
        .isEqualTo("e.start_time >= DATE '2020-01-01' AND e.start_time < DATE '2021-01-01'");
  }
}
