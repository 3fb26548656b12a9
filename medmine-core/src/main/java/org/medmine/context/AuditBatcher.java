package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.medmine.privacy.AuditEntry;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.AuditRecord;
import org.medmine.warehouse.WarehouseException;

/**
 * Appends the audit entries of requests that end at the same time with one commit (a group commit,
 * as databases do for their logs): a request adds its entry to the pending ones and then waits for
 * its turn at the writer; whoever gets the turn writes every pending entry in one transaction
 * ({@link AuditLog#appendAll}), so each request still returns only once its own entry is stored,
 * and the chain stays one sequence, but a burst of N requests pays one commit instead of N. While
 * the warehouse is open it is the log's only writer (DuckDB locks the file), so it keeps the log's
 * head instead of scanning the growing log for it on every append.
 */
final class AuditBatcher {
  /** One request's entry, with how it is sealed and where its warnings go. */
  private static final class Pending {
    final AuditRecord record;
    final Optional<AuditKey> key;
    final Consumer<String> warnings;
    boolean written;
    RuntimeException failure;

    Pending(AuditRecord record, Optional<AuditKey> key, Consumer<String> warnings) {
      this.record = record;
      this.key = key;
      this.warnings = warnings;
    }
  }

  private final Path warehouse;
  private final Connection writer;
  private final List<Pending> pending = new ArrayList<>();
  private AuditLog.Head head;
  private boolean keyed;

  /** Appends through {@code writer}, a connection of its own whose default catalog is the log's. */
  AuditBatcher(Path warehouse, Connection writer) {
    this.warehouse = warehouse;
    this.writer = writer;
  }

  /** Appends {@code record}, returning once it is stored (or throwing why it could not be). */
  void append(AuditRecord record, Optional<AuditKey> key, Consumer<String> warnings) {
    Pending mine = new Pending(record, key, warnings);
    synchronized (pending) {
      pending.add(mine);
    }
    synchronized (writer) {
      if (!mine.written && mine.failure == null) {
        List<Pending> batch;
        synchronized (pending) {
          batch = new ArrayList<>(pending);
          pending.clear();
        }
        write(batch);
      }
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  /** Writes {@code batch} (under the writer's lock), one transaction per run of the same key. */
  private void write(List<Pending> batch) {
    int from = 0;
    while (from < batch.size()) {
      int to = from + 1;
      while (to < batch.size() && batch.get(to).key.equals(batch.get(from).key)) {
        to++;
      }
      List<Pending> run = batch.subList(from, to);
      try {
        if (head == null) {
          head = AuditLog.head(writer);
          keyed = AuditLog.isKeyed(writer);
        }
        Optional<AuditKey> key = run.get(0).key;
        if (keyed && key.isEmpty()) {
          AuditNotes.warnIfKeyedWithoutKey(
              writer, warehouse, key, w -> run.forEach(p -> p.warnings.accept(w)));
        }
        List<AuditEntry> written =
            AuditLog.appendAll(writer, key, head, run.stream().map(p -> p.record).toList());
        AuditEntry last = written.get(written.size() - 1);
        head = new AuditLog.Head(last.seq(), last.hash());
        keyed |= key.isPresent();
        run.forEach(p -> p.written = true);
      } catch (SQLException | RuntimeException e) {
        head = null;
        RuntimeException failure =
            new WarehouseException("could not append to the audit log of " + warehouse, e);
        run.forEach(p -> p.failure = failure);
      }
      from = to;
    }
  }

  /** Closes the writer's connection. */
  void close() {
    synchronized (writer) {
      try {
        writer.close();
      } catch (SQLException e) {
        throw new WarehouseException("could not close the audit writer of " + warehouse, e);
      }
    }
  }
}
