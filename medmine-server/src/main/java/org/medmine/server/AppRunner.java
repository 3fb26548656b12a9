package org.medmine.server;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.context.ContextRequest;
import org.medmine.context.RefusedRequest;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.privacy.Role;

/**
 * Runs one app for one request, exactly as a command does: it opens an {@link AnalysisContext} with
 * the caller's user as actor and role, the request as the audit action and the app's result tables,
 * runs the app and closes the context, which writes the request's one audit entry (on failure too;
 * a refusal by role is marked {@code outcome=refused}, and one refused before any context opened
 * gets its own entry, {@link RefusedRequest}). Runs take turns (one warehouse session at a time),
 * so a request that writes results never meets another that reads.
 *
 * <p>Beyond the context's own role checks, a clinician (identified data for the patient in care)
 * gets no population-wide list of patients or providers ({@link ApiRoute#listsPeople()}) from an
 * identified warehouse.
 */
final class AppRunner {
  private final ServerSettings settings;
  private final ReentrantLock turn = new ReentrantLock(true);

  AppRunner(ServerSettings settings) {
    this.settings = settings;
  }

  /** Runs {@code app} with {@code options} for {@code caller}; the result's JSON document. */
  <O extends Record, R extends AppResult> Object run(
      Caller caller, String action, boolean listsPeople, App<O, R> app, O options) {
    return run(caller, action, listsPeople, app, options, AppResult::toJson);
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
    turn.lock();
    try (AnalysisContext context = open(caller, action, app)) {
      try {
        if (listsPeople && caller.role() == Role.CLINICIAN && !context.deidentified()) {
          throw new MedmineAccessDeniedException(
              "The clinician role sees identified data only for the patient in care,"
                  + " not lists of patients or providers: ask an admin or use a de-identified warehouse.");
        }
        return answer.apply(context.run(app, options));
      } catch (MedmineAccessDeniedException e) {
        context.note("outcome", "refused");
        context.note("status", "403");
        throw e;
      }
    } finally {
      turn.unlock();
    }
  }

  /**
   * Opens the run's context; a role the context refuses outright (a clinician asked to write
   * results) is recorded as a refusal, since no context will write the request's entry.
   */
  private AnalysisContext open(Caller caller, String action, App<?, ?> app) {
    try {
      return AnalysisContext.open(request(caller, action).withResultTables(app.writes()));
    } catch (MedmineAccessDeniedException e) {
      writeRefusal(
          new RefusedRequest(
              caller.user(), Optional.of(caller.role()), action, 403, "role-may-not-write"));
      throw e;
    }
  }

  /**
   * Writes the one audit entry of a request refused before any app ran (a 401 or 403 at the door),
   * taking its turn like a run.
   */
  void recordRefusal(RefusedRequest refusal) {
    turn.lock();
    try {
      writeRefusal(refusal);
    } finally {
      turn.unlock();
    }
  }

  private void writeRefusal(RefusedRequest refusal) {
    refusal.writeTo(
        settings.warehouse(),
        settings.warehouseSettings(),
        settings.auditKey(),
        settings.warnings());
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
