package org.medmine.ingest.hl7v2;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What a listener has done since it started; read from any thread. */
public final class ListenerStats {
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong quarantined = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();

  /** A snapshot of the counts. */
  public record Counts(
      long received,
      long stored,
      long quarantined,
      long skipped,
      long duplicates,
      long failed,
      long commits) {
    /** One line for a console: what was received and what became of it. */
    public String toText() {
      return String.format(
          Locale.ROOT,
          "%,d messages: %,d stored, %,d quarantined, %,d skipped, %,d resent (already"
              + " stored), %,d refused by the warehouse",
          received,
          stored,
          quarantined,
          skipped,
          duplicates,
          failed);
    }
  }

  void received() {
    received.incrementAndGet();
  }

  void committed(List<Outcome> outcomes) {
    commits.incrementAndGet();
    for (Outcome o : outcomes) {
      switch (o.disposition()) {
        case STORED -> stored.incrementAndGet();
        case QUARANTINED -> quarantined.incrementAndGet();
        case SKIPPED -> skipped.incrementAndGet();
        case DUPLICATE -> duplicates.incrementAndGet();
      }
    }
  }

  void failed(int n) {
    failed.addAndGet(n);
  }

  public Counts counts() {
    return new Counts(
        received.get(),
        stored.get(),
        quarantined.get(),
        skipped.get(),
        duplicates.get(),
        failed.get(),
        commits.get());
  }

  /** Messages answered so far (stored, quarantined, skipped, duplicates, failed). */
  public long answered() {
    Counts c = counts();
    return c.stored() + c.quarantined() + c.skipped() + c.duplicates() + c.failed();
  }
}
