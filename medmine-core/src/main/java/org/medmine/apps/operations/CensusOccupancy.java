package org.medmine.apps.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is where at a moment, and how full each unit is. A patient is in a unit and bed while a stay
 * of their inpatient or emergency encounter there is open. A unit's occupancy is its occupied beds
 * over the beds seen in it: every distinct (room, bed) any stay up to that moment used, because an
 * ADT feed names the beds patients lie in, never the beds a unit has (that is the location master
 * file, HL7 v2 MFN^M05, which medmine does not receive); an empty bed no one has used yet is not
 * counted.
 */
final class CensusOccupancy {
  /**
   * One patient in a bed.
   *
   * @param source the source of the rows
   * @param patientId the patient reference
   * @param name the patient's name, only when the options ask for names (else null)
   * @param encounterId the encounter
   * @param classCode the encounter's class (v3 ActCode)
   * @param facility PL.4, or null
   * @param unit the point of care
   * @param room the room, or null
   * @param bed the bed, or null
   * @param since when this stay began
   * @param arrived when the encounter's first stay began
   * @param hoursSoFar length of stay so far: hours from arrival to the census's moment
   */
  record Occupant(
      String source,
      String patientId,
      String name,
      String encounterId,
      String classCode,
      String facility,
      String unit,
      String room,
      String bed,
      LocalDateTime since,
      LocalDateTime arrived,
      double hoursSoFar) {}

  /**
   * One unit's occupancy.
   *
   * @param facility PL.4, or null
   * @param unit the point of care
   * @param patients patients in the unit
   * @param occupiedBeds distinct beds occupied
   * @param bedsSeen distinct beds any stay in the unit used up to the census's moment
   * @param occupancy occupied beds over beds seen, or null when no bed was seen
   */
  record Unit(
      String facility,
      String unit,
      int patients,
      int occupiedBeds,
      int bedsSeen,
      Double occupancy) {}

  private CensusOccupancy() {}

  /** Who is in a bed at {@code asOf}, by unit, room, bed and patient. */
  static List<Occupant> occupants(
      List<Visit> visits, LocalDateTime asOf, Map<String, String> names) {
    List<Occupant> in = new ArrayList<>();
    for (Visit v : visits) {
      Stay s = v.openAt(asOf);
      if (s != null) {
        in.add(
            new Occupant(
                s.source(),
                s.patientId(),
                names == null ? null : names.get(s.patientKey()),
                s.encounterId(),
                s.classCode(),
                s.facility(),
                s.pointOfCare(),
                s.room(),
                s.bed(),
                s.start(),
                v.arrival(),
                Duration.between(v.arrival(), asOf).toSeconds() / 3600.0));
      }
    }
    in.sort(
        Comparator.comparing(Occupant::unit, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Occupant::room, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Occupant::bed, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Occupant::patientId));
    return in;
  }

  /** Each unit seen by {@code asOf}, by facility and point of care: patients, beds, occupancy. */
  static List<Unit> units(List<Visit> visits, LocalDateTime asOf) {
    Map<List<String>, Set<List<String>>> seen = new LinkedHashMap<>();
    Map<List<String>, Set<List<String>>> occupied = new LinkedHashMap<>();
    Map<List<String>, Integer> patients = new LinkedHashMap<>();
    for (Visit v : visits) {
      for (Stay s : v.stays()) {
        if (!s.begunBy(asOf)) {
          continue;
        }
        List<String> unit = java.util.Arrays.asList(s.facility(), s.pointOfCare());
        Set<List<String>> beds = seen.computeIfAbsent(unit, k -> new HashSet<>());
        occupied.computeIfAbsent(unit, k -> new HashSet<>());
        patients.putIfAbsent(unit, 0);
        List<String> bed = java.util.Arrays.asList(s.room(), s.bed());
        if (s.bed() != null) {
          beds.add(bed);
        }
        if (s.openAt(asOf) && s == v.openAt(asOf)) {
          patients.merge(unit, 1, Integer::sum);
          if (s.bed() != null) {
            occupied.get(unit).add(bed);
          }
        }
      }
    }
    List<Unit> units = new ArrayList<>();
    seen.forEach(
        (unit, beds) -> {
          int taken = occupied.get(unit).size();
          units.add(
              new Unit(
                  unit.get(0),
                  unit.get(1),
                  patients.get(unit),
                  taken,
                  beds.size(),
                  beds.isEmpty() ? null : (double) taken / beds.size()));
        });
    units.sort(
        Comparator.comparing((Unit u) -> Objects.toString(u.unit(), ""), Comparator.naturalOrder())
            .thenComparing(u -> Objects.toString(u.facility(), "")));
    return units;
  }
}
