package org.medmine.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Consumer;
import org.medmine.context.ResultJson;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.model.MedmineUserException;

/**
 * How the API answers a failure: JSON {@code {"error": one sentence}} and never a stack trace. No
 * or an unknown token is 401 (with {@code WWW-Authenticate: Bearer}, RFC 6750), a role that may not
 * is 403, a user error ({@link MedmineUserException}: a bad parameter, an unknown study) is 400, an
 * unknown path 404, anything else 500 with the failure's type in the server's warnings.
 */
final class ApiErrors {
  /** No token, or one the server does not know. */
  static final class Unauthenticated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unauthenticated(String message) {
      super(message);
    }
  }

  private ApiErrors() {}

  static void register(JavalinConfig config, Consumer<String> warnings) {
    config.routes.exception(
        Unauthenticated.class,
        (e, ctx) -> {
          ctx.header("WWW-Authenticate", "Bearer realm=\"medmine\"");
          answer(ctx, 401, e.getMessage());
        });
    config.routes.exception(
        MedmineAccessDeniedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
    config.routes.exception(
        MedmineUserException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          warnings.accept(
              "request " + ctx.method() + " " + ctx.path() + " failed: " + e.getClass().getName());
          answer(
              ctx,
              500,
              "An internal error stopped this request: the server's log names it; report it if it recurs.");
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/")) {
            answer(ctx, 404, "No such endpoint: see /api/v1/openapi.json for the endpoints.");
          }
        });
  }

  static void answer(Context ctx, int status, String sentence) {
    ctx.status(status)
        .contentType("application/json")
        .result(ResultJson.write(Map.of("error", sentence)));
  }
}
