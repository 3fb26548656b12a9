package org.medmine.mining.timeseries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Beds and nurses needed per day from a midnight-census forecast: beds to cover the upper bound of
 * the prediction interval, nurses at a stated patients-per-nurse ratio (e.g. 4 on a
 * medical-surgical ward, the California minimum), for the expected census and for the upper bound.
 */
public final class StaffingPlan {
  /** One day of the plan. */
  public record Day(
      LocalDate date,
      double expectedCensus,
      double upperCensus,
      int beds,
      int nursesExpected,
      int nursesUpper) {}

  private StaffingPlan() {}

  public static List<Day> of(Forecast census, double patientsPerNurse) {
    if (patientsPerNurse <= 0) {
      throw new IllegalArgumentException("patients per nurse must be positive");
    }
    List<Day> days = new ArrayList<>();
    for (int h = 0; h < census.horizon(); h++) {
      double mean = census.mean()[h];
      double upper = Math.max(mean, census.upper()[h]);
      int beds = (int) Math.ceil(upper - 1e-9);
      days.add(
          new Day(
              census.date(h),
              mean,
              upper,
              beds,
              (int) Math.ceil(mean / patientsPerNurse - 1e-9),
              (int) Math.ceil(beds / patientsPerNurse - 1e-9)));
    }
    return days;
  }
}
