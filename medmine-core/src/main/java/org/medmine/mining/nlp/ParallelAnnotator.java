package org.medmine.mining.nlp;

import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Runs the {@link NoteAnnotator} over a stream of notes on several threads with bounded memory: at
 * most {@code threads * 64} notes are read ahead of the workers, so a corpus of any size is
 * annotated in the memory of a few hundred notes. The consumer receives each note with its
 * annotation on a worker thread, in no particular order, and must be thread-safe.
 */
public final class ParallelAnnotator {
  private static final int READ_AHEAD_PER_THREAD = 64;
  private final NoteAnnotator annotator;
  private final int threads;

  public ParallelAnnotator(NoteAnnotator annotator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.annotator = annotator;
    this.threads = threads;
  }

  /**
   * Annotates every note the iterator gives and hands each to the consumer; returns when all are
   * done.
   *
   * @param <N> the note type (an id and text, as the caller holds them)
   * @param text how to get a note's text
   */
  public <N> void run(
      Iterator<N> notes,
      java.util.function.Function<N, String> text,
      BiConsumer<N, NoteAnnotation> consumer)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore room = new Semaphore(threads * READ_AHEAD_PER_THREAD);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try {
      while (notes.hasNext() && failure.get() == null) {
        N note = notes.next();
        room.acquire();
        pool.execute(
            () -> {
              try {
                consumer.accept(note, annotator.annotate(text.apply(note)));
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              } finally {
                room.release();
              }
            });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
