package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.medmine.warehouse.PausePoint;

/**
 * The listener's one writer: takes the messages the connections have read, in the order they
 * arrived, applies as many as are waiting (up to {@link #MAX_BATCH}) in one transaction, commits,
 * and only then hands each connection its acknowledgments. One commit costs about 5 ms here (DuckDB
 * writes its log to disk), so messages that arrive while one is being committed share the next: a
 * sender that waits for each acknowledgment gets one message per commit, several senders, or one
 * that sends ahead, get many.
 *
 * <p>When the warehouse fails (a full disk, say), the group is rolled back and every message in it
 * is answered AR with error 207: nothing of it was stored, and the sender may send it again.
 */
final class GroupCommitter implements Runnable {
  static final int MAX_BATCH = 500;

  /**
   * A message read from a connection, waiting for its turn; with no message, a mark that the
   * connection has nothing more to send (its reply runs after every earlier message of the
   * connection is answered).
   */
  record Pending(Incoming incoming, Consumer<String> reply) {}

  private static final Pending STOP = new Pending(null, null);
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Connection connection;
  private final Hl7v2Store store;
  private final ListenerStats stats;
  private final Consumer<Exception> failures;
  private final Runnable committed;

  private final PausePoint pause;

  /** {@code committed} runs after each commit, before the group's acknowledgments are sent. */
  GroupCommitter(
      Connection connection,
      Hl7v2Store store,
      ListenerStats stats,
      Consumer<Exception> failures,
      Runnable committed,
      PausePoint pause) {
    this.committed = committed;
    this.pause = pause;
    this.connection = connection;
    this.store = store;
    this.stats = stats;
    this.failures = failures;
  }

  void submit(Pending p) {
    queue.add(p);
  }

  /** Asks the committer to finish the messages already queued, then stop. */
  void stop() {
    queue.add(STOP);
  }

  @Override
  public void run() {
    List<Pending> group = new ArrayList<>(MAX_BATCH);
    boolean stopping = false;
    while (!stopping) {
      try {
        Pending first = queue.take();
        if (first == STOP) {
          stopping = true;
        } else {
          group.add(first);
        }
        while (group.size() < MAX_BATCH) {
          Pending next = queue.poll();
          if (next == null) {
            break;
          }
          if (next == STOP) {
            stopping = true;
            break;
          }
          group.add(next);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopping = true;
      }
      if (group.stream().allMatch(p -> p.incoming() == null)) {
        answer(group, List.of());
        group.clear();
      } else if (!group.isEmpty()) {
        commit(group);
        group.clear();
      }
    }
  }

  private void commit(List<Pending> group) {
    List<Incoming> messages =
        group.stream().map(Pending::incoming).filter(java.util.Objects::nonNull).toList();
    List<Outcome> outcomes;
    try {
      connection.setAutoCommit(false);
      outcomes = store.apply(messages);
      pause.reach("listener-commit");
      connection.commit();
      pause.reach("listener-committed");
    } catch (SQLException | RuntimeException e) {
      rollback();
      try {
        failures.accept(e);
      } catch (RuntimeException ignored) {
        // whoever listens for failures must not stop the listener
      }
      Rejection failed =
          new Rejection(
              AcknowledgmentCode.AR,
              ErrorCode.APPLICATION_INTERNAL_ERROR,
              null,
              0,
              "medmine could not store the message ("
                  + e.getClass().getSimpleName()
                  + "): nothing was stored; send it again");
      outcomes =
          messages.stream()
              .map(m -> new Outcome(Outcome.Disposition.QUARANTINED, AcknowledgmentCode.AR, failed))
              .toList();
      stats.failed(messages.size());
      answer(group, outcomes);
      return;
    }
    stats.committed(outcomes);
    committed.run();
    answer(group, outcomes);
  }

  private static void answer(List<Pending> group, List<Outcome> outcomes) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    int i = 0;
    for (Pending p : group) {
      if (p.incoming() == null) {
        p.reply().accept(null);
        continue;
      }
      Outcome o = outcomes.get(i++);
      p.reply().accept(Acknowledgment.of(p.incoming().header(), o.code(), o.rejection(), now));
    }
  }

  private void rollback() {
    store.rolledBack();
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is unusable; the transaction dies with it
    }
  }
}
