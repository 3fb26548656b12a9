package org.medmine.apps.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.apps.operations.CensusOccupancy.Occupant;
import org.medmine.apps.operations.CensusOccupancy.Unit;
import org.medmine.apps.operations.EdBoarding.Episode;
import org.medmine.apps.operations.PatientFlow.Hour;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link CensusApp} found at one moment: who is in which unit and bed, each unit's occupancy,
 * arrivals and departures per hour over the last 48 hours, lengths of stay so far, and emergency
 * boarding, with the run's provenance. Its JSON document is {@code medmine census --format json}
 * and {@code GET /api/v1/census}.
 *
 * @param asOf the census's moment (UTC)
 * @param asOfFrom where the moment came from: {@code option} or {@code latest event}
 * @param options the options it ran with
 * @param occupants the patients in beds, by unit, room and bed
 * @param units each unit's occupancy
 * @param hours the 48 clock hours ending with the one holding {@code asOf}
 * @param boarding the boarding episodes decided by {@code asOf}
 * @param provenance where the result came from
 */
public record CensusResult(
    java.time.LocalDateTime asOf,
    String asOfFrom,
    CensusOptions options,
    List<Occupant> occupants,
    List<Unit> units,
    List<Hour> hours,
    List<Episode> boarding,
    RunProvenance provenance)
    implements AppResult {
  /** Clock hours in {@link #hours}. */
  static final int HOURS = 48;

  /** Patients in beds at the census's moment. */
  public int inHouse() {
    return occupants.size();
  }

  /** Arrivals over the last {@code n} clock hours (up to 48). */
  public int arrivals(int n) {
    return PatientFlow.lastHours(hours, n, true);
  }

  /** Departures over the last {@code n} clock hours (up to 48). */
  public int departures(int n) {
    return PatientFlow.lastHours(hours, n, false);
  }

  /** Each patient in a bed: unit, room, bed, patient (and name when asked), class, times. */
  public List<Map<String, Object>> patientRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Occupant o : occupants) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", o.source());
      row.put("facility", o.facility());
      row.put("unit", o.unit());
      row.put("room", o.room());
      row.put("bed", o.bed());
      row.put("patient", o.patientId());
      if (options.includeNames()) {
        row.put("name", o.name());
      }
      row.put("encounter", o.encounterId());
      row.put("class", o.classCode());
      row.put("inBedSince", o.since().toString());
      row.put("arrived", o.arrived().toString());
      row.put("lengthOfStayHours", ResultRows.number(o.hoursSoFar()));
      rows.add(row);
    }
    return rows;
  }

  /** Each unit: patients, occupied beds, beds seen, occupancy. */
  public List<Map<String, Object>> unitRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Unit u : units) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("facility", u.facility());
      row.put("unit", u.unit());
      row.put("patients", u.patients());
      row.put("occupiedBeds", u.occupiedBeds());
      row.put("bedsSeen", u.bedsSeen());
      row.put("occupancy", u.occupancy() == null ? null : ResultRows.number(u.occupancy()));
      rows.add(row);
    }
    return rows;
  }

  /** Lengths of stay so far of the patients in beds, in hours: mean, median, longest. */
  public Map<String, Object> lengthOfStay() {
    return CensusSummaries.hours(occupants.stream().mapToDouble(Occupant::hoursSoFar).toArray());
  }

  /** Completed boarding episodes' hours (mean, median, longest) and the patients boarding now. */
  public Map<String, Object> boardingSummary() {
    Map<String, Object> doc =
        new LinkedHashMap<>(
            CensusSummaries.hours(
                boarding.stream().filter(e -> !e.ongoing()).mapToDouble(Episode::hours).toArray()));
    doc.put("boardingNow", boarding.stream().filter(Episode::ongoing).count());
    return doc;
  }

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asOf", asOf.toString());
    doc.put("asOfFrom", asOfFrom);
    doc.put("edUnits", options.edUnits());
    doc.put("inHouse", inHouse());
    doc.put("units", unitRows());
    doc.put("patients", patientRows());
    doc.put("lengthOfStayHours", lengthOfStay());
    Map<String, Object> flow = new LinkedHashMap<>();
    flow.put("arrivalsLast24h", arrivals(24));
    flow.put("departuresLast24h", departures(24));
    flow.put("arrivalsLast48h", arrivals(HOURS));
    flow.put("departuresLast48h", departures(HOURS));
    flow.put("hourly", hours.stream().map(CensusSummaries::hour).toList());
    doc.put("flow", flow);
    Map<String, Object> board = new LinkedHashMap<>(boardingSummary());
    board.put("episodes", boarding.stream().map(CensusSummaries::episode).toList());
    doc.put("boarding", board);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return CensusText.of(this);
  }

  @Override
  public String summary() {
    return CensusText.headline(this) + "\n";
  }

  @Override
  public List<ReportSection> toSections() {
    return Arrays.asList(
        ReportSection.of("census", "Census at " + asOf, CensusSections.census(this)),
        ReportSection.of(
            "census-flow", "Arrivals and departures per hour", CensusSections.flow(this)),
        ReportSection.of("census-boarding", "Emergency boarding", CensusSections.boarding(this)));
  }
}
