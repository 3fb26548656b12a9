package org.medmine.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.context.ContextRequest;
import org.medmine.context.RefusedRequest;
import org.medmine.context.ResultJson;
import org.medmine.context.SharedListener;
import org.medmine.context.SharedWarehouse;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.privacy.Role;

/**
 * Runs one app for one request, exactly as a command does: it opens an {@link AnalysisContext} with
 * the caller's user as actor and role, the request as the audit action and the app's result tables,
 * runs the app and closes the context, which writes the request's one audit entry (on failure too;
 * a refusal by role is marked {@code outcome=refused}, and one refused before any context opened
 * gets its own entry, {@link RefusedRequest}).
 *
 * <p>Runs go side by side on one {@link SharedWarehouse}: each context has a DuckDB connection of
 * its own to the one open database, readers see a consistent snapshot while a writer commits
 * (DuckDB's MVCC), and only runs of apps that write result tables take turns among themselves, so
 * two writers never conflict. Read-only runs asked for with {@link #runReusing} answer from the
 * result another request computed for the same app, options and role while the warehouse and the
 * consents stayed the same (the statistics, the alarms, a patient's risk), each request still
 * writing its own audit entry.
 *
 * <p>Beyond the context's own role checks, a clinician (identified data for the patient in care)
 * gets no population-wide list of patients or providers ({@link ApiRoute#listsPeople()}) from an
 * identified warehouse.
 */
final class AppRunner {
  private static final int MAX_RENDERED = 4096;
  private final ServerSettings settings;
  private final SharedWarehouse shared;
  private final ReentrantLock writersTurn = new ReentrantLock(true);
  private final Map<String, RenderedJson> rendered = new ConcurrentHashMap<>();

  AppRunner(ServerSettings settings) {
    this.settings = settings;
    this.shared = new SharedWarehouse(settings.warehouse(), settings.warehouseSettings());
  }

  /** An HL7 v2 listener writing into the served warehouse ({@link SharedWarehouse#listen}). */
  SharedListener listen(MllpListener.Options options, Consumer<Exception> failures) {
    return shared.listen(options, failures);
  }

  /** Runs {@code app} with {@code options} for {@code caller}; the result's JSON document. */
  <O extends Record, R extends AppResult> Object run(
      Caller caller, String action, boolean listsPeople, App<O, R> app, O options) {
    return run(caller, action, listsPeople, app, options, AppResult::toJson);
  }

  /**
   * Runs {@code app} (read-only, its result a function of the warehouse, the options and the role)
   * as {@link #run}, or answers from a result kept for them ({@link AnalysisContext#runReusing});
   * what {@code answer} makes of the result, as JSON text rendered once per kept result (a large
   * result, such as every region's alarm series, costs more to write than to find).
   */
  <O extends Record, R extends AppResult> Object runReusing(
      Caller caller,
      String action,
      boolean listsPeople,
      App<O, R> app,
      O options,
      Function<? super R, ?> answer) {
    Function<R, Object> once =
        result -> {
          RenderedJson known = rendered.get(action);
          if (known != null && known.source() == result) {
            return known;
          }
          RenderedJson fresh = new RenderedJson(result, ResultJson.write(answer.apply(result)));
          if (rendered.size() >= MAX_RENDERED) {
            rendered.clear();
          }
          rendered.put(action, fresh);
          return fresh;
        };
    return run(caller, action, listsPeople, app, options, once, true);
  }

  /**
   * Runs {@code app} with {@code options} for {@code caller}; what {@code answer} makes of the
   * result (inside the run's turn, as the result was read).
   */
  <O extends Record, R extends AppResult> Object run(
      Caller caller,
      String action,
      boolean listsPeople,
      App<O, R> app,
      O options,
      Function<? super R, ?> answer) {
    return run(caller, action, listsPeople, app, options, answer, false);
  }

  private <O extends Record, R extends AppResult> Object run(
      Caller caller,
      String action,
      boolean listsPeople,
      App<O, R> app,
      O options,
      Function<? super R, ?> answer,
      boolean reuse) {
    boolean writes = !app.writes().isEmpty();
    if (writes) {
      writersTurn.lock();
    }
    try (AnalysisContext context = open(caller, action, app)) {
      try {
        if (listsPeople && caller.role() == Role.CLINICIAN && !context.deidentified()) {
          throw new MedmineAccessDeniedException(
              "The clinician role sees identified data only for the patient in care,"
                  + " not lists of patients or providers: ask an admin or use a de-identified warehouse.");
        }
        return answer.apply(reuse ? context.runReusing(app, options) : context.run(app, options));
      } catch (MedmineAccessDeniedException e) {
        context.note("outcome", "refused");
        context.note("status", "403");
        throw e;
      }
    } finally {
      if (writes) {
        writersTurn.unlock();
      }
    }
  }

  /**
   * Opens the run's context; a role the context refuses outright (a clinician asked to write
   * results) is recorded as a refusal, since no context will write the request's entry.
   */
  private AnalysisContext open(Caller caller, String action, App<?, ?> app) {
    try {
      return AnalysisContext.open(request(caller, action).withResultTables(app.writes()), shared);
    } catch (MedmineAccessDeniedException e) {
      writeRefusal(
          new RefusedRequest(
              caller.user(), Optional.of(caller.role()), action, 403, "role-may-not-write"));
      throw e;
    }
  }

  /**
   * Writes the one audit entry of a request refused before any app ran (a 401 or 403 at the door).
   */
  void recordRefusal(RefusedRequest refusal) {
    writeRefusal(refusal);
  }

  private void writeRefusal(RefusedRequest refusal) {
    refusal.writeTo(shared, settings.auditKey(), settings.warnings());
  }

  private ContextRequest request(Caller caller, String action) {
    return ContextRequest.of(settings.warehouse())
        .withSettings(settings.warehouseSettings())
        .withRole(caller.role())
        .withActor(caller.user())
        .withAction(action)
        .withAuditKey(settings.auditKey())
        .withWarnings(settings.warnings());
  }
}
