package org.medmine.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.medmine.context.ResultJson;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.model.MedmineUserException;
import org.medmine.server.auth.TokenRefused;

/**
 * How the API answers a failure: an RFC 9457 problem document ({@code application/problem+json}:
 * {@code type}, {@code title}, {@code status}, {@code detail} — one sentence saying what to do —
 * and, for clients written before it, the same sentence as {@code error}), never a stack trace. No
 * or a bad token is 401 (with {@code WWW-Authenticate: Bearer}, RFC 6750 section 3), a token or
 * role that may not is 403, a user error ({@link MedmineUserException}: a bad parameter, an unknown
 * study) is 400, an unknown path 404, a body over the limit 413, too many requests 429, anything
 * else 500 with the failure's type in the server's warnings.
 */
final class ApiErrors {
  /** RFC 9457's media type. */
  static final String PROBLEM_JSON = "application/problem+json";

  /** The request attribute set once a route answered its own 404 ({@link NotFound}). */
  private static final String ANSWERED = "medmine.problem";

  private ApiErrors() {}

  static void register(JavalinConfig config, Consumer<String> warnings) {
    config.routes.exception(
        TokenRefused.class,
        (e, ctx) -> {
          ctx.header("WWW-Authenticate", wwwAuthenticate(e));
          answer(ctx, e.status(), e.getMessage());
        });
    config.routes.exception(
        MedmineAccessDeniedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
    config.routes.exception(
        MedmineUserException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    config.routes.exception(
        NotFound.class,
        (e, ctx) -> {
          ctx.attribute(ANSWERED, Boolean.TRUE);
          answer(ctx, 404, e.getMessage());
        });
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == 429) {
            ctx.header("Retry-After", "60");
          }
          answer(ctx, e.getStatus(), sentence(e));
        });
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
          // A route's own 404 (a patient without a risk) already wrote its problem document.
          if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
            answer(ctx, 404, "No such endpoint: see /api/v1/openapi.json for the endpoints.");
          }
        });
  }

  /** RFC 6750 section 3: no error code when the request sent no token at all. */
  private static String wwwAuthenticate(TokenRefused e) {
    if (e.reason().equals(ApiAuthentication.NO_TOKEN)) {
      return "Bearer realm=\"medmine\"";
    }
    return "Bearer realm=\"medmine\", error=\"" + e.oauthError() + "\"";
  }

  private static String sentence(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> "The request body is larger than this server accepts: send a smaller one.";
      case 429 -> "Too many requests from this caller: wait a minute and try again.";
      default -> e.getMessage();
    };
  }

  /** Answers {@code status} with a problem document whose detail is {@code sentence}. */
  static void answer(Context ctx, int status, String sentence) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.forStatus(status).getMessage());
    problem.put("status", status);
    problem.put("detail", sentence);
    problem.put("error", sentence);
    ctx.status(status).contentType(PROBLEM_JSON).result(ResultJson.write(problem));
  }
}
