package org.medmine.context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.medmine.cohort.EngineFunctions;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.model.MedmineVersion;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.Role;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.WarehouseException;
import org.medmine.warehouse.WarehouseSettings;

/**
 * One command's (or request's) access to a warehouse: opened explicitly from a {@link
 * ContextRequest}, it hands out the consent-filtered connection of the {@link AccessLayer} (opened
 * on first use, writable for the request's result tables where the role allows), runs {@link App}s
 * and stamps their {@link RunProvenance}, and writes ONE audit entry per warehouse touched when it
 * closes, on failure too ({@link AuditNotes}).
 *
 * <p>Roles (shared/DESIGN.md, "Security model"): an auditor opens no context for mining; an analyst
 * only de-identified warehouses (the access layer refuses the rest); a clinician reads but writes
 * no results.
 */
public final class AnalysisContext implements AutoCloseable {
  private final ContextRequest request;
  private final AuditNotes audit;
  private final SharedWarehouse shared;
  private final OpenDatabase db;
  private AccessLayer access;
  private SessionPool.Session kept;
  private boolean ran;
  private AccessFacts facts;
  private Connection connection;
  private String fingerprint;

  private AnalysisContext(ContextRequest request, SharedWarehouse shared) {
    this.request = request;
    this.audit = new AuditNotes(request);
    this.shared = shared;
    this.db = shared == null ? null : shared.acquire();
  }

  /** Opens a context; nothing is read until an app asks for {@link #connection()}. */
  public static AnalysisContext open(ContextRequest request) {
    return open(request, null);
  }

  /**
   * Opens a context on {@code shared}, the request's warehouse held open by a server: its
   * connection is one of the shared database's with consent views of its own, its audit entry is
   * appended through {@code shared}, and {@link #runReusing} may answer from a kept result.
   */
  public static AnalysisContext open(ContextRequest request, SharedWarehouse shared) {
    if (shared != null && !shared.holds(request.warehouse())) {
      throw new IllegalArgumentException(
          "the context's warehouse " + request.warehouse() + " is not " + shared.warehouse());
    }
    if (request.role() == Role.CLINICIAN && !request.resultTables().isEmpty()) {
      throw new MedmineAccessDeniedException(
          "The clinician role reads but does not write results: run this command as"
              + " data-engineer or admin (MEDMINE_ROLE).");
    }
    return new AnalysisContext(request, shared);
  }

  /** Runs {@code app} with {@code options} in this context. */
  public <O extends Record, R extends AppResult> R run(App<O, R> app, O options) {
    if (!request.resultTables().containsAll(app.writes())) {
      throw new IllegalStateException(
          "app "
              + app.name()
              + " writes "
              + app.writes()
              + " but the context was opened for "
              + request.resultTables());
    }
    R result = app.run(this, options);
    ran = true;
    return result;
  }

  /**
   * Runs {@code app}, a read-only app whose result depends only on what the warehouse holds, its
   * options and the role, or answers with the result a context of the same {@link SharedWarehouse}
   * computed for them since the warehouse last changed and under the same consents ({@link
   * ReusedResults}); this context's audit entry then records the reads that result was computed
   * from, and {@code result=reused}. Without a shared warehouse it is {@link #run}.
   */
  @SuppressWarnings("unchecked")
  public <O extends Record, R extends AppResult> R runReusing(App<O, R> app, O options) {
    if (shared == null || !app.writes().isEmpty()) {
      return run(app, options);
    }
    ReusedResults.Key key =
        new ReusedResults.Key(app.name(), options, request.role(), shared.contentStamp(db));
    boolean[] computed = {false};
    ReusedResults.Entry kept =
        shared
            .reused()
            .get(
                key,
                () -> {
                  R result = run(app, options);
                  computed[0] = true;
                  return new ReusedResults.Entry(result, facts);
                });
    if (!computed[0]) {
      if (kept.facts() != null) {
        audit.noteAccess(kept.facts());
      }
      note("result", "reused");
    }
    return (R) kept.result();
  }

  /**
   * The consent-filtered connection: every patient-scoped table is a view without the patients
   * whose consent denies secondary use; the request's result tables are writable; medmine's named
   * SQL functions are defined ({@link EngineFunctions}). The access is noted for the audit entry.
   */
  public Connection connection() {
    if (connection == null) {
      AccessLayer a;
      if (db != null && request.resultTables().isEmpty()) {
        kept = db.sessions().take(db.consentDigest(), () -> prepared(open()));
        a = kept.layer();
        try {
          a.requireRole(request.role());
        } catch (RuntimeException e) {
          db.sessions().give(kept);
          kept = null;
          throw e;
        }
      } else {
        a = prepared(open());
        if (db != null) {
          inOneTransaction(a);
        }
      }
      AccessLayer counted = a;
      facts =
          db == null
              ? AccessFacts.of(a)
              : db.accessFacts(request.resultTables(), () -> AccessFacts.of(counted));
      audit.noteAccess(facts);
      access = a;
      connection = ListenedConnection.wrap(a.connection(), request.queries());
    }
    return connection;
  }

  /**
   * Makes a writing session on a shared warehouse one transaction, committed when the context
   * closes after its app ran and rolled back otherwise, so that contexts reading meanwhile see the
   * result tables before or after the write, never half of it (DuckDB's MVCC).
   */
  private static void inOneTransaction(AccessLayer a) {
    try {
      a.connection().setAutoCommit(false);
    } catch (SQLException e) {
      a.close();
      throw new WarehouseException("could not begin the session's transaction", e);
    }
  }

  /** Commits (or, when no app ran to its end, rolls back) a shared writing session. */
  private void endTransaction() {
    try {
      if (!access.connection().getAutoCommit()) {
        if (ran) {
          access.connection().commit();
        } else {
          access.connection().rollback();
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not commit the results of " + request.action(), e);
    }
  }

  /** Opens the consent-filtered session: on the shared database if any, else on the file. */
  private AccessLayer open() {
    Path file = request.warehouse();
    if (db != null) {
      return AccessLayer.openSession(
          db.newConnection(), file, request.role(), request.resultTables(), db.encrypted());
    }
    return request.resultTables().isEmpty()
        ? AccessLayer.openForMining(file, request.role(), request.settings())
        : AccessLayer.openForMiningAndResults(
            file, request.role(), request.resultTables(), request.settings());
  }

  /** Checks that an encrypted warehouse may be written and defines medmine's SQL functions. */
  private AccessLayer prepared(AccessLayer a) {
    try {
      if (a.encrypted()) {
        EncryptedWarehouses.requireSecureWriter(
            request.key().orElseThrow(),
            "write this command's audit entry into the encrypted warehouse "
                + request.warehouse().getFileName());
      }
      EngineFunctions.installDuckDb(a.connection());
      return a;
    } catch (SQLException e) {
      a.close();
      throw new WarehouseException("could not define medmine's SQL functions in the session", e);
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
  }

  /** The warehouse this context reads. */
  public Path warehouse() {
    return request.warehouse();
  }

  /**
   * How this context opens warehouses (memory limit, extension folder, key): a service that opens a
   * second warehouse, or the same one outside the access layer, opens it with these.
   */
  public WarehouseSettings settings() {
    return request.settings();
  }

  public Role role() {
    return request.role();
  }

  public String actor() {
    return request.actor();
  }

  /** Whether the warehouse was written by de-identification (opens the access layer). */
  public boolean deidentified() {
    connection();
    return access.deidentified();
  }

  /** How many patients consent excluded from every read (opens the access layer). */
  public int excludedPatients() {
    connection();
    return access.excludedPatients();
  }

  /**
   * A digest of what the warehouse held when this context first asked: its schema version, its
   * ingest runs and the rows of every table but the audit log and the result tables this context
   * may write (SHA-256, hex).
   */
  public String fingerprint() {
    if (fingerprint == null) {
      connection();
      fingerprint =
          db != null && request.resultTables().isEmpty()
              ? db.fingerprint()
              : WarehouseFingerprint.of(access.connection(), exemptTables());
    }
    return fingerprint;
  }

  private Set<String> exemptTables() {
    Set<String> exempt = new java.util.HashSet<>(request.resultTables());
    exempt.add("audit_log");
    return exempt;
  }

  /**
   * The provenance of {@code app}'s run with {@code options} (and {@code seed}, null where none) in
   * this context.
   */
  public RunProvenance provenance(String app, Record options, Long seed) {
    Map<String, Object> opts = options == null ? Map.of() : ResultJson.properties(options);
    return new RunProvenance(
        app,
        new LinkedHashMap<>(opts),
        seed,
        request.warehouse().toString(),
        fingerprint(),
        excludedPatients(),
        request.role().cliName(),
        MedmineVersion.get(),
        Instant.now(request.clock()).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * The provenance of {@code app}'s run on an input file instead of the warehouse (an external
   * count series): the file stands where the warehouse would, its SHA-256 (hex) as the fingerprint,
   * and no patient was excluded by consent because none was read. The warehouse is not opened.
   */
  public RunProvenance provenanceOfFile(String app, Record options, Long seed, Path input) {
    Map<String, Object> opts = options == null ? Map.of() : ResultJson.properties(options);
    return new RunProvenance(
        app,
        new LinkedHashMap<>(opts),
        seed,
        input.toString(),
        FileDigest.of(input),
        0,
        request.role().cliName(),
        MedmineVersion.get(),
        Instant.now(request.clock()).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * The provenance of {@code app}'s run on several input files (text files to annotate): as {@link
   * #provenanceOfFile} for one file, the files joined by {@code ", "} standing for the warehouse
   * and the SHA-256 (hex) of their SHA-256 digests in order as the fingerprint.
   */
  public RunProvenance provenanceOfFiles(
      String app, Record options, Long seed, java.util.List<Path> inputs) {
    if (inputs.size() == 1) {
      return provenanceOfFile(app, options, seed, inputs.get(0));
    }
    Map<String, Object> opts = options == null ? Map.of() : ResultJson.properties(options);
    String fingerprint = FileDigest.ofAll(inputs);
    return new RunProvenance(
        app,
        new LinkedHashMap<>(opts),
        seed,
        String.join(", ", inputs.stream().map(Path::toString).toList()),
        fingerprint,
        0,
        request.role().cliName(),
        MedmineVersion.get(),
        Instant.now(request.clock()).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** Adds {@code key=value} to this command's audit entry for the context's warehouse. */
  public void note(String key, String value) {
    audit.note(request.warehouse(), Map.of(), key, value);
  }

  /**
   * Notes that the command also read or wrote another warehouse ({@code rowsByTable} of it, and
   * how): that warehouse gets its own audit entry when the context closes (e.g. the new warehouse
   * de-identification wrote).
   */
  public void noteOther(Path warehouse, Map<String, Long> rowsByTable, String key, String value) {
    audit.note(warehouse, rowsByTable, key, value);
  }

  /**
   * Closes the access layer, then writes the audit entries; on a shared warehouse a context that
   * may have written result tables advances its content version.
   */
  @Override
  public void close() {
    try {
      if (kept != null) {
        db.sessions().give(kept);
      } else if (access != null) {
        try {
          if (db != null) {
            endTransaction();
          }
        } finally {
          access.close();
        }
      }
    } finally {
      try {
        if (shared != null && !request.resultTables().isEmpty()) {
          shared.contentChanged(db);
        }
        audit.write(shared);
      } finally {
        if (shared != null) {
          shared.release();
        }
      }
    }
  }
}
