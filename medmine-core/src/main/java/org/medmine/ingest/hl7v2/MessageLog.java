package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.warehouse.KeyedRows;
import org.medmine.warehouse.WarehouseException;

/**
 * The {@code hl7v2_message} table: every message received, by (source, MSH-10), with what it was
 * answered. It is what makes a resend harmless: a message whose control id and text were seen
 * before gets the same answer and changes nothing.
 */
final class MessageLog {
  /** A message handled before. */
  record Logged(
      String controlId, String contentHash, Outcome.Disposition disposition, Outcome outcome) {}

  private static final String TABLE = "hl7v2_message";
  private final KeyedRows rows;
  private final String source;
  private final ZoneId zone;
  private long sequence;

  MessageLog(Connection connection, KeyedRows rows, String source, ZoneId zone) {
    this.rows = rows;
    this.source = source;
    this.zone = zone;
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT coalesce(max(sequence), 0) FROM " + TABLE + " WHERE source = ?")) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        sequence = rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the HL7 v2 message log", e);
    }
  }

  /** The highest sequence number given so far. */
  long lastSequence() {
    return sequence;
  }

  /** The messages with these control ids handled before. */
  Map<String, Logged> find(Collection<String> controlIds) {
    Map<String, Logged> out = new HashMap<>();
    for (Map<String, Object> r : rows.select(TABLE, source, "control_id", controlIds)) {
      String status = (String) r.get("status");
      Outcome.Disposition d =
          Outcome.Disposition.valueOf(status.toUpperCase(java.util.Locale.ROOT));
      AcknowledgmentCode code = AcknowledgmentCode.valueOf((String) r.get("ack_code"));
      String reason = (String) r.get("reason");
      Rejection rejection =
          reason == null ? null : new Rejection(code, errorCode(r), null, 0, reason);
      out.put(
          (String) r.get("control_id"),
          new Logged(
              (String) r.get("control_id"),
              (String) r.get("content_hash"),
              d,
              new Outcome(d, code, rejection)));
    }
    return out;
  }

  private static ErrorCode errorCode(Map<String, Object> r) {
    Object code = r.get("error_code");
    return code == null
        ? ErrorCode.APPLICATION_INTERNAL_ERROR
        : ErrorCode.errorCodeFor(((Number) code).intValue());
  }

  /** The log row of a message handled now. */
  Map<String, Object> entry(Incoming in, Outcome outcome, String runId, LocalDateTime receivedAt) {
    MessageHeader h = in.header();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("control_id", in.controlId());
    r.put("sequence", ++sequence);
    r.put("message_type", h.messageType());
    r.put("trigger_event", h.triggerEvent());
    r.put("version", h.version());
    r.put("sending_application", V2Values.orNull(h.sendingApplication()));
    r.put("sending_facility", V2Values.orNull(h.sendingFacility()));
    try {
      r.put("message_time", V2Values.time(h.messageTime(), zone, "MSH", 7));
    } catch (Rejection.Thrown e) {
      r.remove("message_time"); // the log keeps the message even when MSH-7 is not a time
    }
    r.values().removeIf(java.util.Objects::isNull);
    r.put("received_at", receivedAt);
    r.put("file", in.origin().file());
    r.put("position", in.origin().position());
    r.put("status", outcome.disposition().name().toLowerCase(java.util.Locale.ROOT));
    r.put("ack_code", outcome.code().name());
    if (outcome.rejection() != null) {
      r.put("reason", outcome.rejection().located());
      r.put("error_code", outcome.rejection().error().getCode());
    }
    r.put("content_hash", in.contentHash());
    r.put("raw_text", in.text());
    if (runId != null) {
      r.put("run_id", runId);
    }
    return r;
  }

  /**
   * Writes {@code entries}, replacing the rows of those control ids that were {@code logged}
   * before.
   */
  void write(Map<String, Map<String, Object>> entries, java.util.Set<String> logged) {
    java.util.List<String> replaced = entries.keySet().stream().filter(logged::contains).toList();
    if (!replaced.isEmpty()) {
      rows.delete(TABLE, source, "control_id", replaced);
    }
    rows.insert(TABLE, source, java.util.List.copyOf(entries.values()));
  }
}
