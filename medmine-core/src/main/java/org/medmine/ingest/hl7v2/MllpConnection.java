package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.medmine.warehouse.RecordOrigin;

/**
 * One sender's connection: a reader thread that reads MLLP frames, reads each message ({@link
 * MessageIntake}, on this thread, so that connections parse in parallel) and queues it for the
 * {@link GroupCommitter}; and a writer thread that sends the acknowledgments in the order the
 * messages came, as the committer releases them. A sender may send ahead of its acknowledgments, up
 * to {@link #WINDOW} messages; then reading waits.
 */
final class MllpConnection {
  /** Messages a connection may have read and not yet had acknowledged. */
  static final int WINDOW = 1000;

  private static final String CLOSE = new String("close");

  private final Socket socket;
  private final GroupCommitter committer;
  private final MessageIntake intake;
  private final String file;
  private final AtomicLong positions;
  private final ListenerStats stats;
  private final Semaphore window = new Semaphore(WINDOW);
  private final BlockingQueue<String> acks = new LinkedBlockingQueue<>();
  private final Thread reader;
  private final Thread writer;

  MllpConnection(
      Socket socket,
      GroupCommitter committer,
      ZoneId zone,
      String file,
      AtomicLong positions,
      ListenerStats stats) {
    this.socket = socket;
    this.committer = committer;
    this.intake = new MessageIntake(zone);
    this.file = file;
    this.positions = positions;
    this.stats = stats;
    String peer = socket.getRemoteSocketAddress().toString();
    this.reader = new Thread(this::read, "mllp-read " + peer);
    this.writer = new Thread(this::write, "mllp-ack " + peer);
    reader.setDaemon(true);
    writer.setDaemon(true);
  }

  void start() {
    writer.start();
    reader.start();
  }

  /** Stops reading new messages; what was read is still acknowledged. */
  void stopReading() {
    try {
      socket.shutdownInput();
    } catch (IOException ignored) {
      // already closed by the sender
    }
  }

  /** Whether the connection is closed and every acknowledgment written. */
  boolean finished() {
    return !writer.isAlive() && !reader.isAlive();
  }

  void awaitReader() throws InterruptedException {
    reader.join();
  }

  /**
   * Waits until every acknowledgment is written (or the sender went away), then closes the socket.
   */
  void awaitWriter() throws InterruptedException {
    writer.join();
  }

  private void read() {
    try (InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16)) {
      MllpFrames.Frame frame;
      while ((frame = MllpFrames.read(in)) != null) {
        window.acquire();
        stats.received();
        RecordOrigin origin = new RecordOrigin(file, positions.incrementAndGet(), "message");
        Incoming incoming =
            frame.complete() && !frame.oversized()
                ? intake.read(frame.bytes(), origin)
                : framingProblem(frame, origin);
        committer.submit(new GroupCommitter.Pending(incoming, this::reply));
        if (!frame.complete()) {
          break;
        }
      }
    } catch (IOException | InterruptedException e) {
      // the sender closed the connection, or the listener is stopping: acknowledge what was read
    } finally {
      committer.submit(new GroupCommitter.Pending(null, ignored -> acks.add(CLOSE)));
    }
  }

  private Incoming framingProblem(MllpFrames.Frame frame, RecordOrigin origin) {
    Incoming read = intake.read(frame.bytes(), origin);
    String why =
        frame.oversized()
            ? "the message is longer than "
                + MllpFrames.MAX_FRAME
                + " bytes: medmine does not read it"
            : "the connection closed in the middle of a message ("
                + frame.bytes().length
                + " bytes, no end of block 0x1C 0x0D): the message is truncated; send it again whole";
    return new Incoming(
        origin,
        read.header(),
        read.text(),
        read.contentHash(),
        null,
        Rejection.error(ErrorCode.SEGMENT_SEQUENCE_ERROR, null, 0, why));
  }

  private void reply(String ack) {
    acks.add(ack);
  }

  private void write() {
    try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 14)) {
      while (true) {
        String ack = acks.take();
        if (ack == CLOSE) {
          break;
        }
        MllpFrames.write(out, ascii(ack));
        window.release();
      }
    } catch (IOException | InterruptedException e) {
      // the sender went away: the messages are stored; it will resend and get the same answers
    } finally {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** The acknowledgment in 7-bit ASCII, HL7's default character set, which every receiver reads. */
  private static byte[] ascii(String ack) {
    StringBuilder b = new StringBuilder(ack.length());
    ack.chars().forEach(c -> b.append(c < 128 ? (char) c : '?'));
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
