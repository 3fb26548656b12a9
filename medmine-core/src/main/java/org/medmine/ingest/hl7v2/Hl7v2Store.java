package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.hl7v2.MessageLog.Logged;
import org.medmine.warehouse.KeyedRows;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.WarehouseLoader;

/**
 * Applies messages to the warehouse in the order received, inside the caller's transaction: the
 * file ingest commits once per run, the listener once per group of messages and acknowledges them
 * after. Each message is first checked against the log ({@link MessageLog}): one seen before with
 * the same text is answered as then and not applied again; one whose control id was stored for a
 * different message is rejected (AE 205). Messages between two A40s are applied together ({@link
 * BatchState}); an A40 is applied on its own, after what came before it is written. A message that
 * cannot be stored is quarantined with its file, position and reason, and logged with its answer.
 */
public final class Hl7v2Store implements AutoCloseable {
  private final Connection connection;
  private final KeyedRows rows;
  private final String source;
  private final MessageLog log;
  private final java.util.Set<String> knownLocations = new java.util.HashSet<>();
  private String runId;

  /**
   * A store for {@code source} on {@code connection}, whose transaction the caller opens and
   * commits.
   *
   * @param zone the time zone of date/times without an offset
   */
  public Hl7v2Store(Connection connection, String source, ZoneId zone) {
    this.connection = connection;
    this.rows = new KeyedRows(connection);
    this.source = source;
    this.log = new MessageLog(connection, rows, source, zone);
  }

  /** The run the messages belong to, recorded with them ({@code null} for the listener). */
  void runId(String runId) {
    this.runId = runId;
  }

  /** The highest log sequence number so far: where a restarted listener counts on from. */
  long lastSequence() {
    return log.lastSequence();
  }

  /** Forgets what it knows the warehouse holds: the caller rolled back what it applied. */
  void rolledBack() {
    knownLocations.clear();
  }

  /**
   * The highest position a message or a quarantine entry of {@code file} has: where a listener
   * counts on from.
   */
  long lastPosition(String file) {
    String sql =
        "SELECT greatest((SELECT coalesce(max(position), 0) FROM hl7v2_message WHERE source = ? AND file = ?),"
            + " (SELECT coalesce(max(position), 0) FROM quarantine WHERE source = ? AND file = ?))";
    try (java.sql.PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, source);
      p.setString(2, file);
      p.setString(3, source);
      p.setString(4, file);
      try (java.sql.ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new org.medmine.warehouse.WarehouseException(
          "could not read where " + file + " counts on from", e);
    }
  }

  /** Applies {@code batch} in order; returns each message's outcome, in the same order. */
  List<Outcome> apply(List<Incoming> batch) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Map<String, Logged> seen =
        log.find(batch.stream().map(Incoming::controlId).filter(s -> !s.isEmpty()).toList());
    java.util.Set<String> logged = new java.util.HashSet<>(seen.keySet());
    Map<String, Map<String, Object>> logEntries = new LinkedHashMap<>();
    List<Map<String, Object>> quarantine = new ArrayList<>();
    Outcome[] outcomes = new Outcome[batch.size()];
    int from = 0;
    while (from < batch.size()) {
      int to = from;
      while (to < batch.size() && !isMerge(batch.get(to))) {
        to++;
      }
      int end = to == from ? from + 1 : to; // a merge alone, else the messages up to the next merge
      List<Incoming> part = batch.subList(from, end);
      BatchState state =
          end - from == 1 && isMerge(batch.get(from))
              ? null
              : new BatchState(
                  rows,
                  source,
                  part.stream().filter(i -> i.mapped() != null).map(Incoming::mapped).toList(),
                  knownLocations);
      for (int i = from; i < end; i++) {
        Incoming in = batch.get(i);
        Outcome o = earlier(in, seen);
        if (o == null) {
          o = in.rejection() != null ? Outcome.notStored(in.rejection()) : applyOne(in, state);
          if (!in.controlId().isEmpty() && in.header() != null) {
            logEntries.put(in.controlId(), log.entry(in, o, runId, now));
            seen.put(
                in.controlId(), new Logged(in.controlId(), in.contentHash(), o.disposition(), o));
          }
        }
        if (o.disposition() == Outcome.Disposition.QUARANTINED && (o.rejection() != null)) {
          quarantine.add(quarantineRow(in, o.rejection()));
        }
        outcomes[i] = o;
      }
      if (state != null) {
        state.write();
      }
      from = end;
    }
    log.write(logEntries, logged);
    writeQuarantine(quarantine);
    return List.of(outcomes);
  }

  private static boolean isMerge(Incoming in) {
    return in.mapped() != null && in.mapped().kind() == MessageKind.MERGE;
  }

  /** The answer to a message handled before, or null when it is to be handled now. */
  private static Outcome earlier(Incoming in, Map<String, Logged> seen) {
    Logged before = in.controlId().isEmpty() ? null : seen.get(in.controlId());
    if (before == null) {
      return null;
    }
    if (before.contentHash().equals(in.contentHash())) {
      Outcome o = before.outcome();
      return new Outcome(Outcome.Disposition.DUPLICATE, o.code(), o.rejection());
    }
    if (before.disposition() == Outcome.Disposition.STORED) {
      return Outcome.notStored(
          Rejection.error(
              ErrorCode.DUPLICATE_KEY_IDENTIFIER,
              "MSH",
              10,
              "control id '"
                  + in.controlId()
                  + "' was already used by a different message, which is stored: give each message its own"));
    }
    return null; // rejected before and sent again changed: read it anew
  }

  private Outcome applyOne(Incoming in, BatchState state) {
    MappedMessage m = in.mapped();
    try {
      if (m.kind() == MessageKind.MERGE) {
        PatientMerge.apply(connection, rows, source, m);
      } else {
        MessageApplication.apply(in.controlId(), m, state);
      }
      return Outcome.stored();
    } catch (Rejection.Thrown e) {
      return Outcome.notStored(e.rejection());
    }
  }

  private Map<String, Object> quarantineRow(Incoming in, Rejection r) {
    RecordOrigin o = in.origin();
    Map<String, Object> q = new HashMap<>();
    q.put("run_id", runId);
    q.put("file", o.file());
    q.put("position", o.position());
    q.put("position_kind", o.positionKind());
    q.put("resource_type", in.typeAndEvent());
    q.put("resource_id", in.controlId().isEmpty() ? null : in.controlId());
    q.put("reason", r.located());
    String raw = in.text();
    q.put(
        "raw_text",
        raw.length() <= WarehouseLoader.RAW_TEXT_LIMIT
            ? raw
            : raw.substring(0, WarehouseLoader.RAW_TEXT_LIMIT)
                + "…["
                + (raw.length() - WarehouseLoader.RAW_TEXT_LIMIT)
                + " more characters]");
    q.values().removeIf(java.util.Objects::isNull);
    return q;
  }

  /**
   * Quarantine entries are keyed by (source, file, position): a message quarantined again replaces
   * its entry.
   */
  private void writeQuarantine(List<Map<String, Object>> entries) {
    if (entries.isEmpty()) {
      return;
    }
    rows.delete(
        "quarantine",
        source,
        "(file || '#' || position || '#' || position_kind)",
        entries.stream()
            .map(q -> q.get("file") + "#" + q.get("position") + "#" + q.get("position_kind"))
            .toList());
    rows.insert("quarantine", source, entries);
  }

  @Override
  public void close() {
    rows.close();
  }
}
