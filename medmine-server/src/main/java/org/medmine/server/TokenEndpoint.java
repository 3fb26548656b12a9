package org.medmine.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.medmine.context.RefusedRequest;
import org.medmine.context.ResultJson;
import org.medmine.server.auth.ClientCredentialsGrant;
import org.medmine.server.auth.OAuthError;
import org.medmine.server.auth.ServerSigningKey;

/**
 * The OAuth 2.0 token endpoint {@code POST /auth/token} (SMART Backend Services: the
 * client-credentials grant with a JWT client assertion, {@link ClientCredentialsGrant}) and the
 * server's public signing key at {@code GET /auth/jwks.json}. A refused token request answers RFC
 * 6749 section 5.2's JSON ({@code error}, {@code error_description}) and writes one audit entry; it
 * counts against the client address's rate limit.
 */
final class TokenEndpoint {
  static final String TOKEN_PATH = "/auth/token";

  private final ClientCredentialsGrant grant;
  private final ServerSigningKey key;
  private final AppRunner audit;
  private final CallerRateLimit limit;

  TokenEndpoint(
      ClientCredentialsGrant grant, ServerSigningKey key, AppRunner audit, CallerRateLimit limit) {
    this.grant = grant;
    this.key = key;
    this.audit = audit;
    this.limit = limit;
  }

  void register(JavalinConfig config) {
    config.routes.post(TOKEN_PATH, this::token);
    config.routes.get(
        "/auth/jwks.json",
        ctx -> ctx.contentType("application/jwk-set+json").result(key.publicKeys().toString()));
  }

  private void token(Context ctx) {
    limit.charge(ctx, "address " + ctx.ip());
    ctx.header("Pragma", "no-cache");
    try {
      String type = ctx.contentType() == null ? "" : ctx.contentType();
      if (!type.startsWith("application/x-www-form-urlencoded")) {
        throw OAuthError.invalidRequest(
            "not-a-form", "Post the token request as application/x-www-form-urlencoded.");
      }
      ctx.contentType("application/json").result(ResultJson.write(grant.grant(ctx.formParamMap())));
    } catch (OAuthError e) {
      refuse(ctx, e);
    }
  }

  private void refuse(Context ctx, OAuthError e) {
    audit.recordRefusal(
        new RefusedRequest(
            e.clientId() == null ? "unknown" : e.clientId(),
            Optional.empty(),
            "POST " + TOKEN_PATH,
            e.status(),
            e.reason()));
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"medmine\", error=\"invalid_client\"");
    }
    ctx.status(e.status()).contentType("application/json").result(ResultJson.write(e.body()));
  }
}
