package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.hl7v2.MappedMessage.Subject;
import org.medmine.ingest.hl7v2.VisitMapper.Visit;

/**
 * Maps a message's segments to what it does ({@link MappedMessage}): finds its EVN, its PID/PV1/PV2
 * groups and MRG, and hands OBR/OBX and ORC/RXA to their mappers. Checks what each kind needs (a
 * PV1 for visit events, a visit number for events that follow an admission, two patients for A17,
 * MRG-1 for A40), with a reason naming the segment and field when it is missing.
 */
final class MessageMapper {
  private MessageMapper() {}

  static MappedMessage map(
      MessageKind kind, MessageHeader header, List<SegmentFields> segments, ZoneId zone) {
    LocalDateTime messageTime = V2Values.time(header.messageTime(), zone, "MSH", 7);
    LocalDateTime eventTime = null;
    String prior = null;
    List<SegmentFields[]> groups = new ArrayList<>();
    for (SegmentFields s : segments) {
      switch (s.name()) {
        case "EVN" -> {
          LocalDateTime occurred = V2Values.time(s.get(6), zone, "EVN", 6);
          eventTime = occurred != null ? occurred : V2Values.time(s.get(2), zone, "EVN", 2);
        }
        case "PID" -> groups.add(new SegmentFields[] {s, null, null});
        case "PV1" -> last(groups, s, 1);
        case "PV2" -> last(groups, s, 2);
        case "MRG" -> prior = priorPatient(s);
        default -> {}
      }
    }
    if (eventTime == null) {
      eventTime = messageTime;
    }
    if (eventTime == null) {
      throw missing(
          "MSH",
          7,
          "MSH-7 (date/time of message) is empty and there is no EVN-2 or EVN-6: medmine dates the event by them");
    }
    if (groups.isEmpty()) {
      throw Rejection.error(
              ErrorCode.SEGMENT_SEQUENCE_ERROR,
              "PID",
              0,
              "the message has no PID segment: medmine needs the patient it is about")
          .thrown();
    }
    List<Subject> subjects = new ArrayList<>();
    for (SegmentFields[] g : groups) {
      Visit visit = g[1] == null ? null : VisitMapper.map(g[1], g[2], zone);
      subjects.add(new Subject(PatientMapper.map(g[0], zone), visit));
    }
    checkVisits(kind, header, subjects, prior);
    Subject first = subjects.get(0);
    String patient = first.patient().id();
    var rows =
        switch (kind) {
          case RESULTS ->
              ResultMapper.rows(
                  segments, patient, first.encounterId(), header.controlId(), eventTime, zone);
          case IMMUNIZATIONS ->
              ImmunizationMapper.rows(
                  segments, patient, first.encounterId(), header.controlId(), zone);
          default -> List.<org.medmine.warehouse.Row>of();
        };
    return new MappedMessage(
        kind, header.triggerEvent(), eventTime, List.copyOf(subjects), prior, rows);
  }

  private static void last(List<SegmentFields[]> groups, SegmentFields s, int slot) {
    if (groups.isEmpty()) {
      throw Rejection.error(
              ErrorCode.SEGMENT_SEQUENCE_ERROR,
              s.name(),
              0,
              s.name() + " comes before any PID: medmine cannot tell whose visit it is")
          .thrown();
    }
    SegmentFields[] g = groups.get(groups.size() - 1);
    if (g[slot] == null) {
      g[slot] = s;
    }
  }

  private static String priorPatient(SegmentFields mrg) {
    String first = null;
    for (int r = 0; r < mrg.repetitions(1); r++) {
      String value = mrg.get(1, r, 1);
      if (!V2Values.blank(value)) {
        if ("MR".equals(mrg.get(1, r, 5))) {
          return value.strip();
        }
        first = first == null ? value.strip() : first;
      }
    }
    return first;
  }

  private static void checkVisits(
      MessageKind kind, MessageHeader header, List<Subject> subjects, String prior) {
    switch (kind) {
      case MERGE -> {
        if (prior == null) {
          throw missing(
              "MRG",
              1,
              "MRG-1 (prior patient identifier list) is empty: A40 merges that patient into PID-3's");
        }
        return;
      }
      case PERSON, RESULTS, IMMUNIZATIONS -> {
        return;
      }
      default -> {}
    }
    for (int i = 0; i < (kind == MessageKind.SWAP ? 2 : 1); i++) {
      if (i >= subjects.size() || subjects.get(i).visit() == null) {
        throw Rejection.error(
                ErrorCode.SEGMENT_SEQUENCE_ERROR,
                "PV1",
                0,
                (kind == MessageKind.SWAP
                    ? "A17 needs two PID/PV1 pairs, one per patient swapped"
                    : "ADT^"
                        + header.triggerEvent()
                        + " has no PV1 segment: medmine needs the visit it changes"))
            .thrown();
      }
      Subject s = subjects.get(i);
      if (s.encounterId() == null && !kind.begins() && kind != MessageKind.UPDATE) {
        throw missing(
            "PV1",
            19,
            "PV1-19 (visit number) is empty: medmine ties ADT^"
                + header.triggerEvent()
                + " to the encounter it changes by it");
      }
    }
  }

  private static Rejection.Thrown missing(String segment, int field, String reason) {
    return Rejection.error(ErrorCode.REQUIRED_FIELD_MISSING, segment, field, reason).thrown();
  }
}
