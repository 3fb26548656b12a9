package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medmine.ingest.hl7v2.MappedMessage.Subject;
import org.medmine.ingest.hl7v2.VisitMapper.Visit;

/**
 * One encounter and where it has been: its {@code encounter} row and its {@code encounter_location}
 * stays, as ADT events change them (HL7 v2.5 chapter 3). The status follows the V2-to-FHIR IG's
 * Event[EncounterStatus] map (A01, A02, A13 in-progress, A03 finished, A05 planned, A11 cancelled),
 * except that A04 gives {@code arrived}, as the standard defines A04 (the patient has arrived; the
 * IG's {@code planned} would drop a registered emergency patient from the census) and A08 keeps the
 * status (the IG's {@code unknown} would erase a known one) unless PV1-45 says the visit ended.
 *
 * <p>An admission or registration opens a stay at PV1-3; a transfer, a class change to a new PV1-3
 * and a swap end the open stay and open the next; a discharge ends it. The cancel events undo: A11
 * removes every stay, A12 removes the stay the last transfer opened and reopens the one before, A13
 * reopens the last stay. Each operation checks first and changes after, so a rejected event leaves
 * the history as it was.
 */
final class EncounterHistory {
  private static final Set<String> TRANSFER_EVENTS = Set.of("A02", "A06", "A07", "A17");

  private final Map<String, Object> row;
  private final List<Map<String, Object>> stays;
  private final boolean existed;

  private EncounterHistory(
      Map<String, Object> row, List<Map<String, Object>> stays, boolean existed) {
    this.row = row;
    this.stays = stays;
    this.existed = existed;
  }

  /** An encounter the warehouse holds, with its stays in start order. */
  static EncounterHistory of(Map<String, Object> row, List<Map<String, Object>> stays) {
    List<Map<String, Object>> ordered = new ArrayList<>(stays);
    ordered.sort(
        (a, b) ->
            compareTimes((LocalDateTime) a.get("start_time"), (LocalDateTime) b.get("start_time")));
    return new EncounterHistory(new LinkedHashMap<>(row), ordered, true);
  }

  /** An encounter the warehouse does not hold yet. */
  static EncounterHistory begin(String id, String patientId) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("patient_id", patientId);
    return new EncounterHistory(row, new ArrayList<>(), false);
  }

  Map<String, Object> row() {
    return row;
  }

  List<Map<String, Object>> stays() {
    return stays;
  }

  /** Whether the encounter was in the warehouse (or made by an earlier message) before this one. */
  boolean existed() {
    return existed || row.containsKey("status");
  }

  String patientId() {
    return (String) row.get("patient_id");
  }

  /** Applies an ADT event about {@code subject}; {@code stayId} names a stay it opens. */
  void apply(MappedMessage m, Subject subject, String stayId) {
    Visit v = subject.visit();
    LocalDateTime at = m.eventTime();
    switch (m.kind()) {
      case ADMIT, REGISTER -> {
        Object classBefore = row.get("class_code");
        overlay(v);
        row.remove("end_time");
        row.put("status", m.kind() == MessageKind.ADMIT ? "in-progress" : "arrived");
        row.putIfAbsent("start_time", at);
        if (v.assigned() != null) {
          moveTo(
              v.assigned(),
              stays.isEmpty() ? (LocalDateTime) row.get("start_time") : at,
              m.event(),
              stayId);
        }
        splitOnClassChange(classBefore, at, m.event(), stayId);
      }
      case PREADMIT -> {
        overlay(v);
        row.putIfAbsent("status", "planned");
      }
      case TRANSFER, CLASS_CHANGE -> {
        if (m.kind() == MessageKind.TRANSFER && v.assigned() == null) {
          throw Rejection.error(
                  ErrorCode.REQUIRED_FIELD_MISSING,
                  "PV1",
                  3,
                  "PV1-3 (assigned patient location) is empty: A02 moves the patient there")
              .thrown();
        }
        Object classBefore = row.get("class_code");
        overlay(v);
        row.put("status", "in-progress");
        row.putIfAbsent("start_time", at);
        if (v.assigned() != null) {
          moveTo(v.assigned(), at, m.event(), stayId);
        }
        splitOnClassChange(classBefore, at, m.event(), stayId);
      }
      case DISCHARGE -> {
        overlay(v);
        LocalDateTime end = v.dischargeTime() != null ? v.dischargeTime() : at;
        row.putIfAbsent("start_time", end);
        row.put("end_time", end);
        row.put("status", "finished");
        closeOpenStay(end);
      }
      case UPDATE -> update(v, at, m.event(), stayId);
      case CANCEL_ADMIT -> cancelAdmit(m);
      case CANCEL_TRANSFER -> cancelTransfer(m);
      case CANCEL_DISCHARGE -> cancelDischarge(m);
      default -> throw new IllegalArgumentException(m.kind() + " is not an encounter event");
    }
    pointAtCurrentLocation();
  }

  /** A08: the visit's columns; a visit first heard of is placed; PV1-45 ends it. */
  private void update(Visit v, LocalDateTime at, String event, String stayId) {
    boolean isNew = !existed();
    overlay(v);
    if (v.dischargeTime() != null) {
      row.put("status", "finished");
      closeOpenStay(v.dischargeTime());
    } else if (isNew) {
      row.put(
          "status",
          "P".equals(v.patientClass())
              ? "planned"
              : "U".equals(v.patientClass()) ? "unknown" : "in-progress");
      row.putIfAbsent("start_time", at);
      if (v.assigned() != null && !"P".equals(v.patientClass())) {
        moveTo(v.assigned(), (LocalDateTime) row.get("start_time"), event, stayId);
      }
    }
  }

  private void cancelAdmit(MappedMessage m) {
    requireKnown(m);
    row.put("status", "cancelled");
    row.remove("end_time");
    stays.clear();
  }

  private void cancelTransfer(MappedMessage m) {
    requireKnown(m);
    Map<String, Object> open = openStay();
    if (open == null || stays.size() < 2 || !TRANSFER_EVENTS.contains(open.get("event_code"))) {
      throw Rejection.error(
              ErrorCode.UNKNOWN_KEY_IDENTIFIER,
              "PV1",
              19,
              "encounter "
                  + row.get("id")
                  + " has no transfer to cancel (its current stay was not opened by a transfer)")
          .thrown();
    }
    stays.remove(open);
    Map<String, Object> previous = stays.get(stays.size() - 1);
    previous.remove("end_time");
    previous.put("status", "active");
  }

  private void cancelDischarge(MappedMessage m) {
    requireKnown(m);
    if (!"finished".equals(row.get("status"))) {
      throw Rejection.error(
              ErrorCode.UNKNOWN_KEY_IDENTIFIER,
              "PV1",
              19,
              "encounter "
                  + row.get("id")
                  + " has no discharge to cancel (its status is "
                  + row.get("status")
                  + ")")
          .thrown();
    }
    row.put("status", "in-progress");
    row.remove("end_time");
    row.remove("discharge_disposition_code");
    if (!stays.isEmpty()) {
      Map<String, Object> last = stays.get(stays.size() - 1);
      last.remove("end_time");
      last.put("status", "active");
    }
  }

  private void requireKnown(MappedMessage m) {
    if (!existed()) {
      throw Rejection.error(
              ErrorCode.UNKNOWN_KEY_IDENTIFIER,
              "PV1",
              19,
              "ADT^"
                  + m.event()
                  + " cancels an event of visit "
                  + row.get("id")
                  + ", which medmine has not received")
          .thrown();
    }
  }

  /** The location the patient is at now, or null. */
  PlaceOfCare currentPlace() {
    Map<String, Object> open = openStay();
    return open == null
        ? null
        : new PlaceOfCare(
            (String) open.get("point_of_care"),
            (String) open.get("room"),
            (String) open.get("bed"),
            (String) open.get("facility"));
  }

  /**
   * Ends the open stay at {@code at} and opens one at {@code place}; nothing when the patient is
   * there already.
   */
  void moveTo(PlaceOfCare place, LocalDateTime at, String event, String stayId) {
    Map<String, Object> open = openStay();
    if (open != null && Objects.equals(open.get("location_id"), place.id())) {
      return;
    }
    closeOpenStay(at);
    Map<String, Object> stay = new LinkedHashMap<>();
    stay.put("id", stayId);
    stay.put("patient_id", row.get("patient_id"));
    stay.put("encounter_id", row.get("id"));
    stay.putAll(place.stayColumns());
    stay.put("status", "active");
    stay.put("start_time", at);
    stay.put("event_code", event);
    stay.put("message_id", stayId);
    stays.add(stay);
    pointAtCurrentLocation();
  }

  /**
   * When an admission or class change (A01, A06, A07) changes the visit's class and leaves the
   * patient where they were, the open stay ends and one at the same place opens with this event:
   * the stays then record when an emergency visit became inpatient without moving (FHIR R4
   * Encounter.classHistory's period, which the census's boarding time needs).
   */
  private void splitOnClassChange(
      Object classBefore, LocalDateTime at, String event, String stayId) {
    Map<String, Object> open = openStay();
    if (classBefore == null
        || Objects.equals(classBefore, row.get("class_code"))
        || open == null
        || stayId.equals(open.get("id"))) {
      return;
    }
    closeOpenStay(at);
    Map<String, Object> stay = new LinkedHashMap<>(open);
    stay.remove("end_time");
    stay.put("id", stayId);
    stay.put("status", "active");
    stay.put("start_time", at);
    stay.put("event_code", event);
    stay.put("message_id", stayId);
    stays.add(stay);
  }

  private void closeOpenStay(LocalDateTime at) {
    Map<String, Object> open = openStay();
    if (open != null) {
      LocalDateTime start = (LocalDateTime) open.get("start_time");
      open.put("end_time", start != null && at.isBefore(start) ? start : at);
      open.put("status", "completed");
    }
  }

  private Map<String, Object> openStay() {
    for (int i = stays.size() - 1; i >= 0; i--) {
      if (!stays.get(i).containsKey("end_time")) {
        return stays.get(i);
      }
    }
    return null;
  }

  /** encounter.location_id: the open stay's location, else the last one's. */
  private void pointAtCurrentLocation() {
    Map<String, Object> open = openStay();
    Map<String, Object> at =
        open != null ? open : stays.isEmpty() ? null : stays.get(stays.size() - 1);
    if (at == null) {
      row.remove("location_id");
    } else {
      row.put("location_id", at.get("location_id"));
    }
  }

  private void overlay(Visit v) {
    v.changes().applyTo(row);
  }

  /**
   * A visit an ORU or VXU names: a visit first heard of is made from its PV1 (no status: no ADT
   * event said where it stands); a known one is left as ADT events made it.
   */
  void noteVisit(Visit v, LocalDateTime at) {
    if (!existed()) {
      overlay(v);
      row.putIfAbsent("start_time", at);
    }
  }

  /** Re-points the encounter and its stays to another patient (A40). */
  void repoint(String patientId) {
    row.put("patient_id", patientId);
    stays.forEach(s -> s.put("patient_id", patientId));
  }

  private static int compareTimes(LocalDateTime a, LocalDateTime b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }
}
