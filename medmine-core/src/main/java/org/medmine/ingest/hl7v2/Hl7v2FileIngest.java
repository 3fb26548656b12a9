package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.warehouse.PausePoint;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RunRecord;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;
import org.medmine.warehouse.WarehouseLoader;

/**
 * One ingest run of HL7 v2 files, as one transaction: the files are split into messages ({@link
 * MessageFileSplitter}), each message is read ({@link MessageIntake}) and applied in file order
 * ({@link Hl7v2Store}), a thousand at a time, and {@link #finish} records the run and commits. A
 * run killed part-way leaves the warehouse as it was; a file ingested again changes nothing (its
 * messages are in the log). Every message counts once: stored, quarantined (file, message number,
 * reason, raw text) or skipped (a type medmine does not store, or a message it has already).
 */
public final class Hl7v2FileIngest implements AutoCloseable {
  /** Messages applied together (one read and one write of the rows they touch). */
  static final int CHUNK = 1000;

  private final Connection connection;
  private final String source;
  private final String runId;
  private final Hl7v2Store store;
  private final MessageIntake intake;
  private final Map<String, Long> skippedByType = new TreeMap<>();
  private long stored;
  private long quarantined;
  private long skipped;
  private boolean finished;

  private final PausePoint pause;

  /**
   * Opens the run's transaction.
   *
   * @param zone the time zone of HL7 date/times without an offset
   */
  public Hl7v2FileIngest(
      Warehouse warehouse, String source, String runId, ZoneId zone, PausePoint pause) {
    this.pause = pause;
    this.connection = warehouse.connection();
    this.source = source;
    this.runId = runId;
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new WarehouseException("could not begin the run in " + warehouse.file(), e);
    }
    this.store = new Hl7v2Store(connection, source, zone);
    this.store.runId(runId);
    this.intake = new MessageIntake(zone);
  }

  /** Whether medmine reads a file of this name as HL7 v2. */
  public static boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".hl7");
  }

  /** Reads and applies one file; {@code name} is how the quarantine names it. */
  public void read(Path file, String name) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      MessageFileSplitter splitter = new MessageFileSplitter(in);
      List<Incoming> chunk = new ArrayList<>(CHUNK);
      MessageFileSplitter.Chunk next;
      while ((next = splitter.next()) != null) {
        RecordOrigin origin = new RecordOrigin(name, next.index(), "message");
        chunk.add(
            next.batchProblem() != null
                ? batchProblem(origin, next)
                : intake.read(next.bytes(), origin));
        if (chunk.size() == CHUNK) {
          apply(chunk);
        }
      }
      apply(chunk);
    }
  }

  private static Incoming batchProblem(RecordOrigin origin, MessageFileSplitter.Chunk c) {
    String text = new String(c.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    Rejection r =
        new Rejection(
            AcknowledgmentCode.AE, ErrorCode.SEGMENT_SEQUENCE_ERROR, "BTS", 1, c.batchProblem());
    return new Incoming(
        new RecordOrigin(origin.file(), origin.position(), "batch"),
        null,
        text,
        MessageIntake.hash(text),
        null,
        r);
  }

  private void apply(List<Incoming> chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    List<Outcome> outcomes = store.apply(chunk);
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      switch (o.disposition()) {
        case STORED -> stored++;
        case QUARANTINED -> quarantined++;
        case SKIPPED -> skip(chunk.get(i).typeAndEvent());
        case DUPLICATE -> skip("message received before (MSH-10)");
      }
    }
    chunk.clear();
  }

  private void skip(String kind) {
    skipped++;
    skippedByType.merge(kind, 1L, Long::sum);
  }

  /** Records the run in {@code ingest_run} and commits it; returns its counts. */
  public WarehouseLoader.Counts finish(RunRecord run) {
    var counts =
        new WarehouseLoader.Counts(
            stored + quarantined + skipped,
            stored,
            quarantined,
            skipped,
            Map.copyOf(skippedByType));
    try {
      run.insert(connection, runId, source, counts);
      pause.reach("commit");
      connection.commit();
      pause.reach("committed");
      connection.setAutoCommit(true);
      finished = true;
      return counts;
    } catch (SQLException e) {
      throw new WarehouseException("could not commit the HL7 v2 run", e);
    }
  }

  /** Abandons the run unless it was finished: nothing it applied reaches the warehouse. */
  @Override
  public void close() {
    store.close();
    if (!finished) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is unusable; the transaction dies with it
      }
    }
  }
}
