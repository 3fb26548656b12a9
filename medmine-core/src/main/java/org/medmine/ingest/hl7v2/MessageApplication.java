package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.hl7v2.MappedMessage.Subject;

/**
 * Applies one mapped message (anything but an A40) to the state of its run of messages: the patient
 * from its PID, the encounter event (see {@link EncounterHistory}), the swap of A17, the
 * observations of ORU and immunizations of VXU. Everything that can reject the message is checked
 * before anything is kept.
 */
final class MessageApplication {
  private MessageApplication() {}

  static void apply(String controlId, MappedMessage m, BatchState state) {
    switch (m.kind()) {
      case PERSON ->
          state.keep(List.of(state.patient(m.subject())), List.of(), List.of(), List.of());
      case RESULTS, IMMUNIZATIONS -> clinical(m, state);
      case SWAP -> swap(controlId, m, state);
      default -> encounterEvent(controlId, m, state);
    }
  }

  private static void encounterEvent(String controlId, MappedMessage m, BatchState state) {
    Subject s = m.subject();
    Map<String, Object> patient = state.patient(s);
    String encounterId =
        s.encounterId() != null ? s.encounterId() : m.kind().begins() ? controlId : null;
    if (encounterId == null) {
      // an A08 without a visit number updates the person only
      state.keep(List.of(patient), List.of(), List.of(), List.of());
      return;
    }
    EncounterHistory h = state.encounter(encounterId, s.patient().id());
    h.apply(m, s, controlId);
    PlaceOfCare place = s.visit().assigned();
    state.keep(List.of(patient), List.of(h), place == null ? List.of() : List.of(place), List.of());
  }

  private static void clinical(MappedMessage m, BatchState state) {
    Subject s = m.subject();
    Map<String, Object> patient = state.patient(s);
    List<EncounterHistory> histories = new ArrayList<>();
    List<PlaceOfCare> places = new ArrayList<>();
    if (s.encounterId() != null) {
      EncounterHistory h = state.encounter(s.encounterId(), s.patient().id());
      if (!h.existed()) {
        h.noteVisit(s.visit(), m.eventTime());
        histories.add(h);
        if (s.visit().assigned() != null) {
          places.add(s.visit().assigned());
        }
      }
    }
    state.keep(List.of(patient), histories, places, m.rows());
  }

  /**
   * A17: each patient moves to PV1-3 of their own PID/PV1 pair. Senders differ on whether PV1-3
   * holds the new or the old location; when both pairs name where their patients are now, the two
   * current locations are swapped.
   */
  private static void swap(String controlId, MappedMessage m, BatchState state) {
    Subject a = m.subjects().get(0);
    Subject b = m.subjects().get(1);
    EncounterHistory ha = state.encounter(a.encounterId(), a.patient().id());
    EncounterHistory hb = state.encounter(b.encounterId(), b.patient().id());
    if (a.encounterId().equals(b.encounterId())) {
      throw Rejection.error(
              ErrorCode.DUPLICATE_KEY_IDENTIFIER,
              "PV1",
              19,
              "A17 names visit " + a.encounterId() + " twice: a swap needs two visits")
          .thrown();
    }
    PlaceOfCare fromA = ha.existed() ? ha.currentPlace() : null;
    PlaceOfCare fromB = hb.existed() ? hb.currentPlace() : null;
    if (fromA == null || fromB == null) {
      throw Rejection.error(
              ErrorCode.UNKNOWN_KEY_IDENTIFIER,
              "PV1",
              19,
              "A17 swaps visits "
                  + a.encounterId()
                  + " and "
                  + b.encounterId()
                  + ", but "
                  + (fromA == null ? a.encounterId() : b.encounterId())
                  + " is not at a location medmine knows of")
          .thrown();
    }
    PlaceOfCare toA = a.visit().assigned();
    PlaceOfCare toB = b.visit().assigned();
    if (toA == null || toB == null) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "PV1",
              3,
              "PV1-3 (assigned patient location) is empty in an A17 pair: each patient's location is needed")
          .thrown();
    }
    if (toA.id().equals(fromA.id()) && toB.id().equals(fromB.id())) {
      toA = fromB;
      toB = fromA;
    }
    Map<String, Object> pa = state.patient(a);
    Map<String, Object> pb = state.patient(b);
    ha.moveTo(toA, m.eventTime(), m.event(), controlId);
    hb.moveTo(toB, m.eventTime(), m.event(), controlId + "-2");
    state.keep(List.of(pa, pb), List.of(ha, hb), List.of(toA, toB), List.of());
  }
}
