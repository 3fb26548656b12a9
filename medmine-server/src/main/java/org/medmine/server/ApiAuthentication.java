package org.medmine.server;

import io.javalin.http.Context;
import java.util.Optional;
import org.medmine.context.RefusedRequest;
import org.medmine.server.auth.BearerJwtVerifier;
import org.medmine.server.auth.TokenRefused;
import org.medmine.server.auth.VerifiedToken;

/**
 * Who sent an API request: the bearer token (RFC 6750) is first looked up among the opaque API
 * tokens of the {@link AuthConfig} (by hash, in constant time), then, when it has a JWT's shape,
 * verified as an OAuth 2.0 access token ({@link BearerJwtVerifier}: a trusted issuer's or the
 * server's own). A request the door refuses (401, or a 403 for a token whose scopes grant no single
 * role) writes its one audit entry here ({@link RefusedRequest}), after the per-address rate limit
 * ({@link CallerRateLimit}), so that a flood of bad tokens cannot flood the audit log; an accepted
 * caller is rate-limited by its user.
 */
final class ApiAuthentication {
  /** The refusal reason of a request that sent no bearer token at all. */
  static final String NO_TOKEN = "no-token";

  private final AuthConfig config;
  private final BearerJwtVerifier jwts;
  private final AppRunner audit;
  private final CallerRateLimit limit;

  ApiAuthentication(
      AuthConfig config, BearerJwtVerifier jwts, AppRunner audit, CallerRateLimit limit) {
    this.config = config;
    this.jwts = jwts;
    this.audit = audit;
    this.limit = limit;
  }

  /** The request's caller, or a {@link TokenRefused} (recorded) or a 429. */
  Caller authenticate(Context ctx) {
    Caller caller;
    try {
      caller = caller(ctx.header("Authorization"));
    } catch (TokenRefused e) {
      limit.charge(ctx, "address " + ctx.ip());
      audit.recordRefusal(
          new RefusedRequest(
              e.actor() == null ? "unknown" : e.actor(),
              Optional.empty(),
              ctx.method() + " " + ctx.path(),
              e.status(),
              e.reason()));
      throw e;
    }
    limit.charge(ctx, "user " + caller.user());
    return caller;
  }

  private Caller caller(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      throw TokenRefused.invalid(NO_TOKEN, "Send a token: Authorization: Bearer TOKEN.");
    }
    String token = header.substring(7).strip();
    Optional<Caller> opaque = config.authenticate(token);
    if (opaque.isPresent()) {
      return opaque.get();
    }
    if (!BearerJwtVerifier.looksLikeJwt(token)) {
      throw TokenRefused.invalid(
          "unknown-token", "The API token is not known to this server: check it, or ask for one.");
    }
    VerifiedToken verified = jwts.verify(token);
    return new Caller(verified.actor(), verified.role());
  }
}
