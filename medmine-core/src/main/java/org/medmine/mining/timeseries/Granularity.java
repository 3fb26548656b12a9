package org.medmine.mining.timeseries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of one period of a series; weeks are ISO weeks (Monday to Sunday). */
public enum Granularity {
  DAY(365),
  WEEK(52),
  MONTH(12);

  private final int periodsPerYear;

  Granularity(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** Periods in a year, as seasonal methods count them (52 for weeks, as R's surveillance does). */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** The first day of the period that contains {@code date}. */
  public LocalDate periodStart(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /** The start of the period {@code n} periods after the one starting at {@code start}. */
  public LocalDate plus(LocalDate start, long n) {
    return switch (this) {
      case DAY -> start.plusDays(n);
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
    };
  }

  /** Whole periods from {@code a} to {@code b} (both period starts). */
  public long between(LocalDate a, LocalDate b) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(a, b);
      case WEEK -> ChronoUnit.WEEKS.between(a, b);
      case MONTH -> ChronoUnit.MONTHS.between(a, b);
    };
  }
}
