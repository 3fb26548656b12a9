package org.medmine.context;

import java.sql.Connection;
import java.sql.SQLException;
import org.medmine.ingest.hl7v2.ListenerStats;
import org.medmine.ingest.hl7v2.MllpListener;

/**
 * An HL7 v2 listener writing into a {@link SharedWarehouse} ({@link SharedWarehouse#listen}): the
 * MLLP listener, its connection to the shared database and the share it holds. {@link #close} stops
 * the listener (every message read is committed and acknowledged first), closes its connection and
 * gives the warehouse back, which closes it when no request uses it either.
 */
public final class SharedListener implements AutoCloseable {
  private final MllpListener listener;
  private final Connection connection;
  private final Runnable release;
  private boolean closed;

  SharedListener(MllpListener listener, Connection connection, Runnable release) {
    this.listener = listener;
    this.connection = connection;
    this.release = release;
  }

  /** The listener's name ({@code mllp://host:port}). */
  public String name() {
    return listener.name();
  }

  /** The port listened on. */
  public int port() {
    return listener.port();
  }

  /** The counts so far. */
  public ListenerStats.Counts counts() {
    return listener.stats().counts();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      listener.close();
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the shared database is closed below when this was its last user
      } finally {
        release.run();
      }
    }
  }
}
