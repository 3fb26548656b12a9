package org.medmine.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.context.ContextRequest;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.Role;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the command line opens an {@link AnalysisContext}: the command's warehouse, the role ({@code
 * --role} where a command has it, else {@code MEDMINE_ROLE}, default admin), the operating-system
 * user as the actor, the command's name as the audit action, the warehouse settings and key ({@link
 * ProcessSettings}) and the audit key from the environment, and warnings on stderr. This is the
 * only place the CLI reads the environment for a context.
 */
final class Contexts {
  private Contexts() {}

  /**
   * A read-only context for {@code spec}'s command on {@code warehouse}; {@code role} may be null.
   */
  static AnalysisContext open(CommandSpec spec, Path warehouse, String role) {
    return open(spec, warehouse, role, Set.of());
  }

  /** A context that may write {@code resultTables} into {@code warehouse}. */
  static AnalysisContext open(
      CommandSpec spec, Path warehouse, String role, Set<String> resultTables) {
    return AnalysisContext.open(request(spec, warehouse, role).withResultTables(resultTables));
  }

  static ContextRequest request(CommandSpec spec, Path warehouse, String role) {
    return ContextRequest.of(warehouse)
        .withRole(Role.parse(role != null ? role : environmentRole()))
        .withActor(System.getProperty("user.name", "unknown"))
        .withAction(spec.qualifiedName().replaceFirst("^medmine ", ""))
        .withSettings(ProcessSettings.warehouse())
        .withAuditKey(AuditKey.from(null, System.getenv()))
        .withWarnings(w -> spec.commandLine().getErr().println("medmine: warning: " + w));
  }

  /** The role of {@code MEDMINE_ROLE}, default admin. */
  private static String environmentRole() {
    String r = System.getenv("MEDMINE_ROLE");
    return r == null || r.isBlank() ? "admin" : r.strip();
  }

  /**
   * Runs {@code app} with {@code options} in a context of {@code spec}'s command that may write the
   * app's tables.
   */
  static <O extends Record, R extends AppResult> R run(
      CommandSpec spec, Path warehouse, App<O, R> app, O options) {
    return run(spec, warehouse, null, app, options);
  }

  /**
   * As {@link #run(CommandSpec, Path, App, Record)}, for {@code role} (null: the environment's).
   */
  static <O extends Record, R extends AppResult> R run(
      CommandSpec spec, Path warehouse, String role, App<O, R> app, O options) {
    try (AnalysisContext context = open(spec, warehouse, role, app.writes())) {
      return context.run(app, options);
    }
  }

  /**
   * What {@code work} makes of a read-only context of {@code spec}'s command on {@code warehouse},
   * for the commands whose work is not an app of its own (an audit check, a de-identification, a
   * consent load, a leak scan).
   */
  static <T> T with(CommandSpec spec, Path warehouse, Function<AnalysisContext, T> work) {
    try (AnalysisContext context = open(spec, warehouse, null)) {
      return work.apply(context);
    }
  }
}
