package org.medmine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.Row;

/**
 * Hands what a reader produces to another sink on a second thread, so that parsing and mapping
 * overlap with staging into the warehouse. Records keep their order; the queue is bounded (in
 * batches of records), so memory stays bounded when the warehouse is the slower side. A failure of
 * the loading thread is rethrown to the reading thread at its next call, or by {@link #drain}.
 */
final class PipelinedSink implements RecordSink, AutoCloseable {
  private static final int BATCH = 256;
  private static final int QUEUED_BATCHES = 32;
  private static final List<Runnable> END = List.of();

  private final RecordSink target;
  private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread loader;
  private volatile RuntimeException failure;
  private List<Runnable> batch = new ArrayList<>(BATCH);
  private boolean ended;

  PipelinedSink(RecordSink target) {
    this.target = target;
    this.loader = new Thread(this::load, "medmine-loader");
    this.loader.setDaemon(true);
    this.loader.start();
  }

  @Override
  public void store(RecordOrigin origin, String resourceType, List<Row> rows) {
    add(() -> target.store(origin, resourceType, rows));
  }

  @Override
  public void quarantine(
      RecordOrigin origin, String resourceType, String resourceId, String reason, String rawText) {
    add(() -> target.quarantine(origin, resourceType, resourceId, reason, rawText));
  }

  @Override
  public void skip(RecordOrigin origin, String resourceType) {
    add(() -> target.skip(origin, resourceType));
  }

  private void add(Runnable op) {
    batch.add(op);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Runnable> ops) {
    try {
      while (!queue.offer(ops, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
      rethrow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing records to the warehouse", e);
    }
  }

  private void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }

  private void load() {
    try {
      while (true) {
        List<Runnable> ops = queue.take();
        if (ops == END) {
          return;
        }
        for (Runnable op : ops) {
          op.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("the loading thread failed: " + e, e);
    }
  }

  /** Waits until every record handed over so far has reached the target sink. */
  void drain() {
    if (ended) {
      rethrow();
      return;
    }
    ended = true;
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
    put(END);
    join();
    rethrow();
  }

  private void join() {
    try {
      loader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the warehouse", e);
    }
  }

  /**
   * Stops the loading thread without waiting for what is still queued (the run is being abandoned).
   */
  @Override
  public void close() {
    if (!ended) {
      ended = true;
      loader.interrupt();
      join();
    }
  }
}
