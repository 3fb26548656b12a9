package org.medmine.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medmine.privacy.Role;

/**
 * Verifies OAuth 2.0 bearer access tokens that are JWTs (RFC 6750, RFC 7519, RFC 9068) with
 * nimbus-jose-jwt: the token names its issuer, which must be a {@link TrustedIssuer}; it must be
 * signed with RS256 or ES256 by one of that issuer's keys (an unsigned {@code alg: none} token, an
 * HMAC such as HS256 — including one keyed with the public key, RFC 8725 section 2.1 — and every
 * other algorithm are refused before any key is tried); its {@code aud} must hold the issuer's
 * audience; {@code exp} is required and it must not have expired, nor be used before its {@code
 * nbf}, allowing the configured clock skew; its {@code typ}, when present, is {@code JWT} or {@code
 * at+jwt}. Its scopes ({@code scope}, space-separated, or {@code scp}, a list) must name exactly
 * one role ({@link ScopeRoles}).
 */
public final class BearerJwtVerifier {
  /** The only signature algorithms accepted for access tokens. */
  public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  private final Map<String, ConfigurableJWTProcessor<SecurityContext>> byIssuer = new HashMap<>();

  /** Accepts the tokens of {@code issuers}, allowing {@code clockSkew} on exp and nbf. */
  public BearerJwtVerifier(List<TrustedIssuer> issuers, Duration clockSkew) {
    for (TrustedIssuer i : issuers) {
      DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
      p.setJWSTypeVerifier(
          new DefaultJOSEObjectTypeVerifier<>(
              JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
      p.setJWSKeySelector(
          new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(i.keys())));
      DefaultJWTClaimsVerifier<SecurityContext> claims =
          new DefaultJWTClaimsVerifier<>(
              Set.of(i.audience()),
              new JWTClaimsSet.Builder().issuer(i.issuer()).build(),
              Set.of("exp"),
              Set.of());
      claims.setMaxClockSkew((int) clockSkew.toSeconds());
      p.setJWTClaimsSetVerifier(claims);
      byIssuer.put(i.issuer(), p);
    }
  }

  /** Whether {@code token} has the shape of a JWT (three base64url parts, or two for alg none). */
  public static boolean looksLikeJwt(String token) {
    return token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
  }

  /** The caller {@code token} proves, or a {@link TokenRefused} saying why it proves none. */
  public VerifiedToken verify(String token) {
    SignedJWT signed = signed(token);
    JWSAlgorithm alg = signed.getHeader().getAlgorithm();
    if (!ALGORITHMS.contains(alg)) {
      throw TokenRefused.invalid(
          "algorithm-refused",
          "The bearer token is signed with " + alg + ": this server accepts RS256 or ES256 only.");
    }
    String issuer = unverifiedIssuer(signed);
    ConfigurableJWTProcessor<SecurityContext> processor = byIssuer.get(issuer);
    if (processor == null) {
      throw TokenRefused.invalid(
          "unknown-issuer", "The bearer token's issuer is not trusted by this server.");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(signed, null);
    } catch (BadJOSEException | JOSEException e) {
      throw refusal(e);
    }
    return new VerifiedToken(actor(claims), role(claims), issuer);
  }

  private static SignedJWT signed(String token) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw TokenRefused.invalid(
          "malformed-token", "The bearer token is neither a known API token nor a valid JWT.");
    }
    if (jwt instanceof PlainJWT) {
      throw TokenRefused.invalid(
          "alg-none",
          "The bearer token is unsigned (alg none): send a token signed with RS256 or ES256.");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw TokenRefused.invalid(
          "encrypted-token", "The bearer token is encrypted: send a signed (JWS) access token.");
    }
    return signed;
  }

  private static String unverifiedIssuer(SignedJWT jwt) {
    try {
      String iss = jwt.getJWTClaimsSet().getIssuer();
      return iss == null ? "" : iss;
    } catch (ParseException e) {
      throw TokenRefused.invalid(
          "malformed-token", "The bearer token's claims are not a JSON object.");
    }
  }

  /** The refusal that names what nimbus found wrong. */
  private static TokenRefused refusal(Exception e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.startsWith("Expired JWT")) {
      return TokenRefused.invalid("token-expired", "The bearer token has expired: get a new one.");
    }
    if (m.startsWith("JWT before use time")) {
      return TokenRefused.invalid(
          "token-not-yet-valid", "The bearer token is not valid yet (nbf): check the clocks.");
    }
    if (m.contains("aud claim")) {
      return TokenRefused.invalid(
          "wrong-audience",
          "The bearer token is for another audience: ask for one for this server.");
    }
    if (m.contains("missing required claims")) {
      return TokenRefused.invalid(
          "missing-claims",
          "The bearer token lacks an expiry (exp): ask for a token that has one.");
    }
    if (m.contains("Invalid signature") || m.contains("no matching key")) {
      return TokenRefused.invalid(
          "bad-signature", "The bearer token's signature does not verify with its issuer's keys.");
    }
    if (m.contains("typ")) {
      return TokenRefused.invalid(
          "token-type-refused", "The bearer token's typ is neither JWT nor at+jwt.");
    }
    return TokenRefused.invalid("invalid-token", "The bearer token is not valid here.");
  }

  private static String actor(JWTClaimsSet claims) {
    String sub = claims.getSubject();
    Object clientId = claims.getClaim("client_id");
    if (sub != null && !sub.isBlank()) {
      return sub;
    }
    if (clientId instanceof String c && !c.isBlank()) {
      return c;
    }
    throw TokenRefused.invalid(
        "no-subject", "The bearer token names no subject (sub) or client (client_id).");
  }

  private static Role role(JWTClaimsSet claims) {
    Set<Role> roles = ScopeRoles.roles(scopes(claims));
    if (roles.size() == 1) {
      return roles.iterator().next();
    }
    throw TokenRefused.insufficientScope(
        roles.isEmpty() ? "no-role-scope" : "several-role-scopes",
        actor(claims),
        roles.isEmpty()
            ? "The bearer token grants no medmine role: ask for a scope such as system/medmine.analyst."
            : "The bearer token grants several medmine roles: ask for a token with one role scope.");
  }

  /** The token's scopes: {@code scope} (RFC 8693/9068, space-separated) or {@code scp} (a list). */
  static List<String> scopes(JWTClaimsSet claims) {
    Object scope = claims.getClaim("scope");
    if (scope instanceof String s) {
      return List.of(s.trim().split("\\s+"));
    }
    Object scp = claims.getClaim("scp");
    if (scp instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
