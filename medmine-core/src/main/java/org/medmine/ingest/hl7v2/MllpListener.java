package org.medmine.ingest.hl7v2;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.PausePoint;
import org.medmine.warehouse.Warehouse;

/**
 * A live HL7 v2 receiver over MLLP: accepts connections on a TCP port (127.0.0.1 unless told
 * otherwise), reads framed messages, stores them through {@link Hl7v2Store} in group commits
 * ({@link GroupCommitter}) and answers each in original acknowledgment mode (HL7 v2.5 §2.9.2) once
 * the message is committed: AA stored, AE (with an ERR segment) not storable as sent and
 * quarantined with its raw text, AR a version, type or event medmine does not take, or a failure of
 * its own. A message is never applied twice: its control id (MSH-10) is in {@code hl7v2_message},
 * so a resend after a lost acknowledgment, or after the listener was killed between commit and
 * acknowledgment, is answered as before. Killed before the commit, the message was not acknowledged
 * and the sender sends it again.
 *
 * <p>{@link #close} stops accepting and reading, acknowledges what was read, and returns when all
 * is committed.
 */
public final class MllpListener implements AutoCloseable {
  /**
   * How to listen.
   *
   * @param bind the address to bind (127.0.0.1 by default: a feed from another machine must be
   *     asked for)
   * @param port the TCP port (0: any free one; {@link #port()} says which)
   * @param source the source name rows are stored under
   * @param timeZone the zone of date/times without an offset
   */
  public record Options(String bind, int port, String source, ZoneId timeZone, PausePoint pause) {
    /** Refuses a port outside 0-65535 as a user error; fills the defaults. */
    public Options {
      if (port < 0 || port > 65535) {
        throw new MedmineUserException("--port " + port + " is not a TCP port: give 0 to 65535.");
      }
      bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind;
      source = source == null || source.isBlank() ? "default" : source;
      timeZone = timeZone == null ? java.time.ZoneOffset.UTC : timeZone;
      pause = pause == null ? PausePoint.NONE : pause;
    }

    /** Options that never pause (outside the crash tests). */
    public Options(String bind, int port, String source, ZoneId timeZone) {
      this(bind, port, source, timeZone, PausePoint.NONE);
    }
  }

  private final ServerSocket server;
  private final Hl7v2Store store;
  private final GroupCommitter committer;
  private final Thread committerThread;
  private final Thread acceptor;
  private final ListenerStats stats = new ListenerStats();
  private final List<MllpConnection> connections = new CopyOnWriteArrayList<>();
  private final String name;
  private volatile boolean closing;

  private MllpListener(
      Connection connection, Options options, Consumer<Exception> failures, Runnable committed)
      throws IOException {
    this.store = new Hl7v2Store(connection, options.source(), options.timeZone());
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    try {
      server.bind(
          new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), 128);
    } catch (IOException e) {
      server.close();
      throw e;
    }
    this.name = "mllp://" + options.bind() + ":" + server.getLocalPort();
    AtomicLong positions = new AtomicLong(store.lastPosition(name));
    this.committer =
        new GroupCommitter(connection, store, stats, failures, committed, options.pause());
    this.committerThread = new Thread(committer, "mllp-commit");
    this.acceptor = new Thread(() -> accept(options.timeZone(), positions), "mllp-accept");
  }

  /**
   * Starts listening; {@code failures} hears the warehouse failures that made a group be answered
   * AR.
   *
   * @throws MedmineUserException when the port cannot be bound
   */
  public static MllpListener start(
      Warehouse warehouse, Options options, Consumer<Exception> failures) {
    return start(warehouse.connection(), options, failures, () -> {});
  }

  /**
   * Starts listening on {@code connection}, whose default catalog is the warehouse (a server's
   * shared database, {@code USE wh}); {@code committed} runs after each group commit, before its
   * acknowledgments go out, so that whoever keeps results computed from the warehouse drops them.
   *
   * @throws MedmineUserException when the port cannot be bound
   */
  public static MllpListener start(
      Connection connection, Options options, Consumer<Exception> failures, Runnable committed) {
    MllpListener l;
    try {
      l = new MllpListener(connection, options, failures, committed);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot listen on "
              + options.bind()
              + ":"
              + options.port()
              + " ("
              + e.getMessage()
              + "): choose a free port with --port, or another address with --bind.",
          e);
    }
    l.committerThread.start();
    l.acceptor.start();
    return l;
  }

  /** The port listened on. */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * The name quarantine entries and the message log give this listener's messages ({@code
   * mllp://host:port}).
   */
  public String name() {
    return name;
  }

  public ListenerStats stats() {
    return stats;
  }

  private void accept(ZoneId zone, AtomicLong positions) {
    while (!closing) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        MllpConnection c = new MllpConnection(s, committer, zone, name, positions, stats);
        connections.removeIf(MllpConnection::finished);
        connections.add(c);
        c.start();
      } catch (IOException e) {
        if (!closing) {
          continue; // a connection that failed as it was accepted; keep listening
        }
      }
    }
  }

  /**
   * Stops: no new connections or messages; every message read is committed and acknowledged first.
   */
  @Override
  public void close() {
    closing = true;
    try {
      server.close();
      acceptor.join();
      for (MllpConnection c : connections) {
        c.stopReading();
      }
      for (MllpConnection c : connections) {
        c.awaitReader();
      }
      committer.stop();
      committerThread.join();
      for (MllpConnection c : connections) {
        c.awaitWriter();
      }
    } catch (IOException ignored) {
      // the server socket was closed already
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      store.close();
    }
  }
}
