package org.medmine.apps.operations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.apps.operations.CensusOccupancy.Occupant;
import org.medmine.apps.operations.CensusOccupancy.Unit;
import org.medmine.apps.operations.EdBoarding.Episode;
import org.medmine.apps.operations.PatientFlow.Hour;
import org.medmine.report.TextTable;

/** The console text of a {@link CensusResult}: units, beds, flow and boarding, as tables. */
final class CensusText {
  private CensusText() {}

  /** One line: the moment, patients in house, arrivals and departures, boarding now. */
  static String headline(CensusResult r) {
    return String.format(
        Locale.ROOT,
        "census at %s (%s): %d in beds in %d units; last 24 h %d arrivals, %d departures;"
            + " %d boarding in the ED now",
        r.asOf(),
        r.asOfFrom(),
        r.inHouse(),
        r.units().stream().filter(u -> u.patients() > 0).count(),
        r.arrivals(24),
        r.departures(24),
        r.boardingSummary().get("boardingNow"));
  }

  static String of(CensusResult r) {
    StringBuilder out = new StringBuilder(headline(r)).append("\n\nUnits (occupancy = occupied");
    out.append(" beds / beds seen in the unit's stays; the feed names no empty bed):\n");
    TextTable units =
        new TextTable("unit", "facility", "patients>", "beds>", "seen>", "occupancy>");
    for (Unit u : r.units()) {
      units.row(
          u.unit(),
          u.facility(),
          u.patients(),
          u.occupiedBeds(),
          u.bedsSeen(),
          u.occupancy() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * u.occupancy()));
    }
    out.append(units.render(2)).append("\nPatients in beds:\n");
    boolean names = r.options().includeNames();
    TextTable beds =
        names
            ? new TextTable("unit", "room", "bed", "patient", "name", "class", "since", "LOS h>")
            : new TextTable("unit", "room", "bed", "patient", "class", "since", "LOS h>");
    for (Occupant o : r.occupants()) {
      String los = String.format(Locale.ROOT, "%.1f", o.hoursSoFar());
      if (names) {
        beds.row(
            o.unit(), o.room(), o.bed(), o.patientId(), o.name(), o.classCode(), o.since(), los);
      } else {
        beds.row(o.unit(), o.room(), o.bed(), o.patientId(), o.classCode(), o.since(), los);
      }
    }
    out.append(beds.isEmpty() ? "  (nobody)\n" : beds.render(2));
    out.append(flow(r)).append(boarding(r));
    return out.toString();
  }

  private static String flow(CensusResult r) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nArrivals and departures: last 24 h %d / %d, last 48 h %d / %d; per hour"
                    + " (the last 24):%n",
                r.arrivals(24),
                r.departures(24),
                r.arrivals(48),
                r.departures(48)));
    TextTable hours = new TextTable("hour", "arrivals>", "departures>", "in at its end>");
    List<Hour> h = r.hours();
    for (Hour x : h.subList(Math.max(0, h.size() - 24), h.size())) {
      hours.row(x.hour(), x.arrivals(), x.departures(), x.inHouse());
    }
    return out.append(hours.render(2)).toString();
  }

  private static String boarding(CensusResult r) {
    Map<String, Object> s = r.boardingSummary();
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nEmergency boarding (decision to admit, A01/A06, to leaving %s): %s completed,"
                    + " median %s h, mean %s h, longest %s h; %s boarding now%n",
                String.join("/", r.options().edUnits()),
                s.get("count"),
                orDash(s.get("median")),
                orDash(s.get("mean")),
                orDash(s.get("max")),
                s.get("boardingNow")));
    TextTable now = new TextTable("patient", "encounter", "ED unit", "decision", "hours so far>");
    for (Episode e : r.boarding()) {
      if (e.ongoing()) {
        now.row(
            e.patientId(),
            e.encounterId(),
            e.edUnit(),
            e.decision(),
            String.format(Locale.ROOT, "%.1f", e.hours()));
      }
    }
    return now.isEmpty() ? out.toString() : out.append(now.render(2)).toString();
  }

  private static Object orDash(Object v) {
    return v == null ? "-" : v;
  }
}
