package org.medmine.apps.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrivals and departures per clock hour up to the census's moment, and the patients in house at
 * the end of each hour (at the moment itself for the last, partial hour). An arrival is an
 * inpatient or emergency encounter's first stay beginning (HL7 v2 A01 or A04), a departure its last
 * stay ending (A03); a transfer between units is neither.
 */
final class PatientFlow {
  /**
   * One clock hour.
   *
   * @param hour the hour's start
   * @param arrivals encounters that arrived in it
   * @param departures encounters that left in it
   * @param inHouse encounters in house at the hour's end (or at the census's moment)
   */
  record Hour(LocalDateTime hour, int arrivals, int departures, int inHouse) {}

  private PatientFlow() {}

  /** The {@code hours} clock hours ending with the one that holds {@code asOf}, oldest first. */
  static List<Hour> hourly(List<Visit> visits, LocalDateTime asOf, int hours) {
    LocalDateTime last = asOf.truncatedTo(ChronoUnit.HOURS);
    List<Hour> out = new ArrayList<>();
    for (int k = hours - 1; k >= 0; k--) {
      LocalDateTime from = last.minusHours(k);
      LocalDateTime to = k == 0 ? asOf : from.plusHours(1);
      int arrivals = 0;
      int departures = 0;
      int inHouse = 0;
      for (Visit v : visits) {
        arrivals += inHour(v.arrival(), from, asOf) ? 1 : 0;
        departures += inHour(v.departureBy(asOf), from, asOf) ? 1 : 0;
        inHouse += v.openAt(to) != null ? 1 : 0;
      }
      out.add(new Hour(from, arrivals, departures, inHouse));
    }
    return out;
  }

  /** Whether {@code t} falls in the clock hour from {@code from}, and not after {@code asOf}. */
  private static boolean inHour(LocalDateTime t, LocalDateTime from, LocalDateTime asOf) {
    return t != null && !t.isBefore(from) && t.isBefore(from.plusHours(1)) && !t.isAfter(asOf);
  }

  /** The sum of arrivals (or departures) over the last {@code n} hours of {@code hourly}. */
  static int lastHours(List<Hour> hourly, int n, boolean arrivals) {
    int sum = 0;
    for (int i = Math.max(0, hourly.size() - n); i < hourly.size(); i++) {
      sum += arrivals ? hourly.get(i).arrivals() : hourly.get(i).departures();
    }
    return sum;
  }

  /**
   * Daily arrivals and midnight census ({@link HospitalFlow#fromStays}) of the encounters, from the
   * first arrival to the day of {@code asOf}: the census as a forecast's source.
   */
  static HospitalFlow.Daily daily(List<Visit> visits, LocalDateTime asOf) {
    List<LocalDateTime[]> stays = new ArrayList<>();
    LocalDate first = null;
    for (Visit v : visits) {
      if (v.arrivedBy(asOf)) {
        stays.add(new LocalDateTime[] {v.arrival(), v.departureBy(asOf)});
        LocalDate d = v.arrival().toLocalDate();
        first = first == null || d.isBefore(first) ? d : first;
      }
    }
    if (first == null) {
      throw new org.medmine.model.MedmineUserException(
          "No inpatient or emergency stays by "
              + asOf
              + " (encounter_location, from HL7 v2 ADT): ingest an ADT feed first.");
    }
    return HospitalFlow.fromStays(stays, first, asOf.toLocalDate());
  }
}
