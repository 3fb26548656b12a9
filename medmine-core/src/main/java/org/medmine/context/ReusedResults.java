package org.medmine.context;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.medmine.privacy.Role;

/**
 * The results of read-only app runs that a {@link SharedWarehouse} keeps, by what they depend on:
 * the app, its options, the role (provenance names it, and roles see different warehouses), and the
 * content stamp (what the warehouse holds and what consent denies, {@link
 * SharedWarehouse#contentStamp}). Requests that ask for the same result at once wait for one
 * computation instead of each running it. At most {@link #MAX_RESULTS} are kept (then all are
 * dropped and computed again), so memory stays bounded over a long run.
 */
final class ReusedResults {
  static final int MAX_RESULTS = 2048;

  /** What a kept result depends on. */
  record Key(String app, Record options, Role role, String content) {}

  /** A kept result and what its computation's session showed (for the audit entry). */
  record Entry(Object result, AccessFacts facts) {}

  private final ConcurrentHashMap<Key, CompletableFuture<Entry>> entries =
      new ConcurrentHashMap<>();

  /** The result kept under {@code key}, computed by {@code compute} if none is (nor on its way). */
  Entry get(Key key, Supplier<Entry> compute) {
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> theirs = entries.putIfAbsent(key, mine);
    if (theirs != null) {
      try {
        return theirs.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    if (entries.size() > MAX_RESULTS) {
      entries.clear();
    }
    try {
      Entry entry = compute.get();
      mine.complete(entry);
      return entry;
    } catch (RuntimeException | Error e) {
      entries.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  void clear() {
    entries.clear();
  }
}
