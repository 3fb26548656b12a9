package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.AuditRecord;
import org.medmine.privacy.ConsentDigest;
import org.medmine.warehouse.WarehouseSettings;

/**
 * A warehouse that a long-lived front end (the server) shares between the {@link AnalysisContext}s
 * of requests running at the same time. While any of them is open the warehouse is open ONCE
 * ({@link OpenDatabase}: one DuckDB database with the warehouse attached as {@code wh}); each
 * context takes a connection of its own with its own consent views ({@link
 * AccessLayer#openSession}), so contexts run side by side, DuckDB's MVCC keeping each reader's view
 * consistent while another context writes its result tables. Audit entries are appended through a
 * connection of their own, those of requests ending together with one commit ({@link
 * AuditBatcher}). When the last context closes the warehouse is closed too, so that other processes
 * (an ingest, an auditor's {@code medmine audit verify}) can open it between bursts of requests.
 *
 * <p>It also keeps the results of read-only apps that depend only on what the warehouse holds
 * ({@link ReusedResults}, see {@link AnalysisContext#runReusing}), keyed by the warehouse's
 * fingerprint (taken when it is opened and again after a context that may write closed) and by what
 * consent denies ({@link ConsentDigest}, read again when the warehouse is opened and at most a
 * {@link OpenDatabase#CONSENT_RECHECK_MILLIS} later).
 */
public final class SharedWarehouse {
  private final Path warehouse;
  private final WarehouseSettings settings;
  private final ReusedResults reused = new ReusedResults();
  private final AtomicLong writes = new AtomicLong();
  private OpenDatabase open;
  private int users;

  /** Shares {@code warehouse}, opened with {@code settings}; nothing is opened yet. */
  public SharedWarehouse(Path warehouse, WarehouseSettings settings) {
    this.warehouse = warehouse.toAbsolutePath().normalize();
    this.settings = settings;
  }

  /** Whether {@code file} is this warehouse. */
  boolean holds(Path file) {
    return warehouse.equals(file.toAbsolutePath().normalize());
  }

  /** Opens the warehouse unless open, for one more user; each call needs one {@link #release}. */
  synchronized OpenDatabase acquire() {
    if (open == null) {
      open = OpenDatabase.open(warehouse, settings);
    }
    users++;
    return open;
  }

  /** One user less; the last one closes the warehouse. */
  synchronized void release() {
    if (--users == 0) {
      OpenDatabase closing = open;
      open = null;
      closing.close();
    }
  }

  /** Notes that a context may have written: results kept so far are dropped. */
  void contentChanged(OpenDatabase db) {
    writes.incrementAndGet();
    db.contentChanged();
    reused.clear();
  }

  ReusedResults reused() {
    return reused;
  }

  /** What the kept results depend on besides app, options and role. */
  String contentStamp(OpenDatabase db) {
    return db.fingerprint() + "/" + writes.get() + "/" + db.consentDigest();
  }

  /** Appends one audit entry, returning once it is stored ({@link AuditBatcher}). */
  public void appendAudit(AuditRecord record, Optional<AuditKey> key, Consumer<String> warnings) {
    OpenDatabase db = acquire();
    try {
      db.audit().append(record, key, warnings);
    } finally {
      release();
    }
  }

  /**
   * Starts an HL7 v2 listener that writes into this warehouse while it is shared ({@code medmine
   * serve --listen-port}): the listener holds the warehouse open until closed and stores through a
   * connection of the one open database (two DuckDB databases on one file in one process would each
   * believe they own it), and each of its commits drops the results kept so far, so that the next
   * request (the bed board's census) sees the messages just acknowledged.
   */
  public SharedListener listen(MllpListener.Options options, Consumer<Exception> failures) {
    OpenDatabase db = acquire();
    Connection connection = null;
    try {
      connection = db.warehouseConnection();
      MllpListener listener =
          MllpListener.start(connection, options, failures, () -> contentChanged(db));
      return new SharedListener(listener, connection, this::release);
    } catch (RuntimeException e) {
      OpenDatabase.closeQuietly(connection);
      release();
      throw e;
    }
  }

  /** The warehouse file. */
  public Path warehouse() {
    return warehouse;
  }
}
