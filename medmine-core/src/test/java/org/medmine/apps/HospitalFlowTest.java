package org.medmine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.apps.operations.HospitalFlow;

/** Admissions and midnight census on stays whose answer can be counted by hand. */
class HospitalFlowTest {
  static final LocalDate MON = LocalDate.of(2024, 3, 4);

  @Test
  void censusCountsStaysInProgressAtEachClosingMidnight() {
    List<LocalDateTime[]> stays =
        List.of(
            stay(MON.atTime(10, 0), MON.plusDays(2).atTime(9, 0)), // in at Mon and Tue midnights
            stay(
                MON.plusDays(1).atTime(23, 0),
                MON.plusDays(1).atTime(23, 30)), // same-day: no midnight
            stay(
                MON.plusDays(2).atStartOfDay(),
                MON.plusDays(3).atStartOfDay()), // leaves exactly at midnight: not counted
            stay(
                MON.minusDays(5).atTime(8, 0),
                MON.plusDays(1).atTime(12, 0)), // admitted before the window
            stay(MON.plusDays(3).atTime(15, 0), null)); // still in hospital
    HospitalFlow.Daily d = HospitalFlow.fromStays(stays, MON, MON.plusDays(4));
    assertThat(d.admissions().counts()).containsExactly(1, 1, 1, 1, 0);
    assertThat(d.census().counts()).containsExactly(2, 1, 0, 1, 1);
  }

  private static LocalDateTime[] stay(LocalDateTime start, LocalDateTime end) {
    return new LocalDateTime[] {start, end};
  }
}
