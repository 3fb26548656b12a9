package org.medmine.apps.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.DataEnd;
import org.medmine.cohort.Inpatient;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * Daily inpatient flow from encounter start and stop times: admissions (inpatient encounters
 * starting that day) and the midnight census (stays in progress at the midnight that ends the day,
 * i.e. start before it and end after it — the count a hospital reports at its midnight bed census).
 * Inpatient is {@link Inpatient}'s definition.
 */
public final class HospitalFlow {
  /** The name of the census series. */
  public static final String CENSUS = "midnight census";

  /** The two daily series over the same days. */
  public record Daily(CountSeries admissions, CountSeries census) {}

  private HospitalFlow() {}

  /**
   * Admissions and census per day from {@code from} (null: the first admission) to {@code to}
   * (null: the end of the data, {@link DataEnd#lastEncounterDay}, so days after the last admission
   * count as zero admissions rather than being cut off).
   */
  public static Daily daily(Connection w, LocalDate from, LocalDate to) {
    List<LocalDateTime[]> stays = new ArrayList<>();
    String sql =
        "SELECT start_time, end_time FROM encounter WHERE "
            + Inpatient.sql("")
            + " AND start_time IS NOT NULL";
    try (PreparedStatement s = w.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        java.sql.Timestamp end = r.getTimestamp(2);
        stays.add(
            new LocalDateTime[] {
              r.getTimestamp(1).toLocalDateTime(), end == null ? null : end.toLocalDateTime()
            });
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read inpatient encounters", e);
    }
    if (stays.isEmpty()) {
      throw new MedmineUserException(
          "No inpatient encounters in the warehouse: forecasting needs admissions (encounter class IMP).");
    }
    LocalDate first = from;
    for (LocalDateTime[] st : stays) {
      LocalDate d = st[0].toLocalDate();
      first = from != null ? first : (first == null || d.isBefore(first) ? d : first);
    }
    LocalDate last = to != null ? to : DataEnd.lastEncounterDay(w).orElseThrow();
    if (last.isBefore(first)) {
      throw new MedmineUserException(
          "The last day "
              + last
              + " is before the first admission ("
              + first
              + "): choose a later --until.");
    }
    return fromStays(stays, first, last);
  }

  /** The same from a list of (start, end) stays; end null means still in hospital. */
  public static Daily fromStays(List<LocalDateTime[]> stays, LocalDate first, LocalDate last) {
    int n = (int) ChronoUnit.DAYS.between(first, last) + 1;
    double[] admissions = new double[n];
    double[] delta = new double[n + 1];
    for (LocalDateTime[] st : stays) {
      long a = ChronoUnit.DAYS.between(first, st[0].toLocalDate());
      if (a >= 0 && a < n) {
        admissions[(int) a]++;
      }
      // In house at the midnight ending day D when start < D+1 00:00 < end (a discharge at 00:00 is
      // gone).
      long fromDay = Math.max(0, a);
      long toDay = st[1] == null ? n - 1 : lastMidnightDay(first, st[1]);
      if (toDay >= fromDay && fromDay < n) {
        delta[(int) fromDay]++;
        delta[(int) Math.min(n, toDay + 1)]--;
      }
    }
    double[] census = new double[n];
    double running = 0;
    for (int i = 0; i < n; i++) {
      running += delta[i];
      census[i] = running;
    }
    return new Daily(
        new CountSeries("admissions", "all", Granularity.DAY, first, admissions, null),
        new CountSeries(CENSUS, "all", Granularity.DAY, first, census, null));
  }

  /** Index of the last day whose closing midnight falls strictly before {@code end}. */
  private static long lastMidnightDay(LocalDate first, LocalDateTime end) {
    long endDay = ChronoUnit.DAYS.between(first, end.toLocalDate());
    return end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? endDay - 2 : endDay - 1;
  }
}
