package org.medmine.context;

import java.util.Set;

/**
 * An application: an options record in, a {@link AppResult} out, run in an {@link AnalysisContext}
 * that gives it its data and records what it read. An app owns its SQL, its result and its
 * provenance; front ends only parse input, open a context, run apps and write their results
 * (shared/DESIGN.md, "Contexts and apps").
 *
 * @param <O> the options record
 * @param <R> the result record
 */
public interface App<O extends Record, R extends AppResult> {
  /**
   * The app's name, as provenance and the audit log show it (e.g. {@code quality}, {@code
   * surveil}).
   */
  String name();

  /**
   * The warehouse tables the app writes its results into; the front end opens the context to allow
   * them.
   */
  default Set<String> writes() {
    return Set.of();
  }

  /**
   * Runs the app; failures the user can fix are {@link org.medmine.model.MedmineUserException}s.
   */
  R run(AnalysisContext context, O options);
}
