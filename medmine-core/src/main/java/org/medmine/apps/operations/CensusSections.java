package org.medmine.apps.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.apps.operations.CensusOccupancy.Occupant;
import org.medmine.apps.operations.CensusOccupancy.Unit;
import org.medmine.apps.operations.EdBoarding.Episode;
import org.medmine.apps.operations.PatientFlow.Hour;
import org.medmine.report.Html;
import org.medmine.report.XyChart;

/** The report sections of a census: beds now, the hourly flow, emergency boarding. */
final class CensusSections {
  private CensusSections() {}

  static String census(CensusResult r) {
    List<List<?>> units = new ArrayList<>();
    for (Unit u : r.units()) {
      units.add(
          java.util.Arrays.asList(
              u.unit(),
              u.facility(),
              u.patients(),
              u.occupiedBeds(),
              u.bedsSeen(),
              u.occupancy() == null
                  ? "—"
                  : String.format(Locale.ROOT, "%.0f%%", 100 * u.occupancy())));
    }
    List<List<?>> beds = new ArrayList<>();
    for (Occupant o : r.occupants()) {
      List<Object> row = new ArrayList<>(java.util.Arrays.asList(o.unit(), o.room(), o.bed()));
      row.add(o.patientId());
      if (r.options().includeNames()) {
        row.add(o.name());
      }
      row.addAll(
          List.of(
              o.classCode() == null ? "" : o.classCode(),
              o.since().toString(),
              String.format(Locale.ROOT, "%.1f", o.hoursSoFar())));
      beds.add(row);
    }
    List<String> bedHeaders = new ArrayList<>(List.of("unit", "room", "bed", "patient"));
    if (r.options().includeNames()) {
      bedHeaders.add("name");
    }
    bedHeaders.addAll(List.of("class", "in bed since", "length of stay so far (h)"));
    return Html.paragraph(
            CensusText.headline(r)
                + ". Occupancy is occupied beds over the beds seen in the unit's stays (an ADT feed"
                + " names the beds patients use, not the beds a unit has).")
        + Html.table(
            List.of("unit", "facility", "patients", "occupied beds", "beds seen", "occupancy"),
            units)
        + Html.table(bedHeaders, beds);
  }

  static String flow(CensusResult r) {
    List<Hour> hours = r.hours();
    double[] x = new double[hours.size()];
    double[] arrivals = new double[x.length];
    double[] departures = new double[x.length];
    double[] inHouse = new double[x.length];
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      Hour h = hours.get(i);
      x[i] = i - (x.length - 1);
      arrivals[i] = h.arrivals();
      departures[i] = h.departures();
      inHouse[i] = h.inHouse();
      rows.add(List.of(h.hour().toString(), h.arrivals(), h.departures(), h.inHouse()));
    }
    String chart =
        XyChart.of("Arrivals, departures and patients in house", "hours before " + r.asOf(), "n")
            .line("arrivals", x, arrivals)
            .line("departures", x, departures)
            .line("in house", x, inHouse)
            .svg();
    return chart
        + Html.paragraph(
            "An arrival is an inpatient or emergency encounter's first stay beginning (A01, A04), a"
                + " departure its last stay ending (A03); clock hours, the last one up to the census's"
                + " moment.")
        + Html.table(List.of("hour", "arrivals", "departures", "in house at the hour's end"), rows);
  }

  static String boarding(CensusResult r) {
    Map<String, Object> s = r.boardingSummary();
    List<List<?>> rows = new ArrayList<>();
    for (Episode e : r.boarding()) {
      rows.add(
          java.util.Arrays.asList(
              e.patientId(),
              e.encounterId(),
              e.edUnit(),
              e.decision().toString() + " (" + e.decisionEvent() + ")",
              e.leftEd() == null ? "still in the ED" : e.leftEd().toString(),
              String.format(Locale.ROOT, "%.2f", e.hours())));
    }
    return Html.paragraph(
            "From the decision to admit (the first A01 or A06 while in "
                + String.join(", ", r.options().edUnits())
                + ") to leaving the ED (the next stay elsewhere, or the end of the visit): "
                + s.get("count")
                + " completed, median "
                + (s.get("median") == null ? "—" : s.get("median"))
                + " h, mean "
                + (s.get("mean") == null ? "—" : s.get("mean"))
                + " h, longest "
                + (s.get("max") == null ? "—" : s.get("max"))
                + " h; "
                + s.get("boardingNow")
                + " boarding now. Definition and source: docs/hl7v2.md.")
        + Html.table(
            List.of("patient", "encounter", "ED unit", "decision", "left the ED", "hours"), rows);
  }
}
