package org.medmine.ingest.hl7v2;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.medmine.warehouse.Warehouse;

/**
 * An {@link MllpListener} with the warehouse it owns, as {@code medmine listen} runs one: opens the
 * warehouse file, starts the listener on it (and closes the warehouse again when the port cannot be
 * bound, so that no file is left open behind the error), reports the counts each time another N
 * messages were answered until it is closed, and on {@link #close} stops the listener (every
 * message read is committed and acknowledged first) and closes the warehouse.
 */
public final class WarehouseListener implements AutoCloseable {
  private static final long POLL_MILLIS = 200;

  private final Warehouse warehouse;
  private final MllpListener listener;
  private final CountDownLatch closed = new CountDownLatch(1);

  private WarehouseListener(Warehouse warehouse, MllpListener listener) {
    this.warehouse = warehouse;
    this.listener = listener;
  }

  /**
   * Opens {@code file} and listens with {@code options}; {@code failures} hears the warehouse
   * failures that made a group of messages be answered AR.
   */
  public static WarehouseListener start(
      Path file, MllpListener.Options options, Consumer<Exception> failures) {
    Warehouse w = Warehouse.open(file);
    try {
      return new WarehouseListener(w, MllpListener.start(w, options, failures));
    } catch (RuntimeException e) {
      w.close();
      throw e;
    }
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

  /**
   * Gives {@code report} the counts each time another {@code every} messages have been answered;
   * returns once the listener is closed.
   */
  public void reportEvery(long every, Consumer<ListenerStats.Counts> report)
      throws InterruptedException {
    long reported = 0;
    while (closed.getCount() > 0) {
      long answered = listener.stats().answered();
      if (answered / every > reported / every) {
        report.accept(counts());
        reported = answered;
      }
      closed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Closes the listener when the JVM shuts down (Ctrl-C), then gives {@code report} the final
   * counts.
   */
  public void closeOnShutdown(Consumer<ListenerStats.Counts> report) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  report.accept(counts());
                },
                "medmine-listen-stop"));
  }

  @Override
  public void close() {
    try {
      listener.close();
      warehouse.close();
    } finally {
      closed.countDown();
    }
  }
}
