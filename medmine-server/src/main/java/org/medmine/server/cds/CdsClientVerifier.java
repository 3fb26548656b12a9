package org.medmine.server.cds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medmine.privacy.Role;
import org.medmine.server.auth.ScopeRoles;
import org.medmine.server.auth.TokenRefused;
import org.medmine.server.auth.TrustedIssuer;

/**
 * Trusts a CDS client by the JWT it sends with each call (CDS Hooks 2.0, "Trusting CDS Clients"):
 * its {@code iss} is one of the auth config's issuers, it is signed by one of that issuer's keys
 * with ES384 or RS384 (which the specification requires services to support) or ES256/RS256; its
 * {@code aud} is the URL of the service called (or the issuer's configured audience, for a server
 * reached through a proxy); {@code exp}, {@code iat} and {@code jti} are present, {@code exp} has
 * not passed (allowing the clock skew) and the {@code jti} has not been used before. No key is
 * fetched from a {@code jku}: keys are configured. The caller is {@code sub} (else {@code iss}),
 * acting as a clinician unless the token's scopes name exactly one other medmine role.
 */
public final class CdsClientVerifier {
  /** The signature algorithms accepted from CDS clients. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384, JWSAlgorithm.ES256, JWSAlgorithm.RS256);

  private final Map<String, TrustedIssuer> issuers = new HashMap<>();
  private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new HashMap<>();
  private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();
  private final Clock clock;

  /** Trusts the clients of {@code issuers}, allowing {@code clockSkew} on exp. */
  public CdsClientVerifier(List<TrustedIssuer> issuers, Duration clockSkew, Clock clock) {
    this.clock = clock;
    for (TrustedIssuer i : issuers) {
      DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
      p.setJWSKeySelector(
          new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(i.keys())));
      DefaultJWTClaimsVerifier<SecurityContext> claims =
          new DefaultJWTClaimsVerifier<>(
              null,
              new JWTClaimsSet.Builder().issuer(i.issuer()).build(),
              Set.of("exp", "iat", "jti", "aud"),
              Set.of());
      claims.setMaxClockSkew((int) clockSkew.toSeconds());
      p.setJWTClaimsSetVerifier(claims);
      processors.put(i.issuer(), p);
      this.issuers.put(i.issuer(), i);
    }
  }

  /**
   * Whether {@code token} is addressed to {@code serviceUrl} by a configured issuer: then it is a
   * CDS client's JWT, verified with {@link #verify}; otherwise the API's own tokens apply.
   */
  public boolean addressedTo(String token, String serviceUrl) {
    try {
      JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
      return issuers.containsKey(String.valueOf(claims.getIssuer()))
          && claims.getAudience().contains(serviceUrl);
    } catch (ParseException | ClassCastException e) {
      return false;
    }
  }

  /** The verified caller of {@code token} sent to {@code serviceUrl}: its actor and role. */
  public Optional<Map.Entry<String, Role>> verify(String token, String serviceUrl) {
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
    } catch (ParseException e) {
      return Optional.empty();
    }
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw TokenRefused.invalid(
          "algorithm-refused",
          "The CDS client's JWT is signed with "
              + jwt.getHeader().getAlgorithm()
              + ": send ES384 or RS384 (or ES256, RS256).");
    }
    JWTClaimsSet claims = process(jwt);
    TrustedIssuer issuer = issuers.get(claims.getIssuer());
    if (!claims.getAudience().contains(serviceUrl)
        && !claims.getAudience().contains(issuer.audience())) {
      throw TokenRefused.invalid(
          "wrong-audience", "The CDS client's JWT is addressed to another service (aud).");
    }
    Instant now = clock.instant();
    usedJtis.values().removeIf(until -> until.isBefore(now));
    if (usedJtis.putIfAbsent(
            issuer.issuer() + "\u0000" + claims.getJWTID(), claims.getExpirationTime().toInstant())
        != null) {
      throw TokenRefused.invalid(
          "jti-replayed", "The CDS client's JWT was used before (jti): send a fresh one per call.");
    }
    String actor = claims.getSubject() == null ? claims.getIssuer() : claims.getSubject();
    return Optional.of(Map.entry(actor, role(claims)));
  }

  private JWTClaimsSet process(SignedJWT jwt) {
    String iss;
    try {
      iss = jwt.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw TokenRefused.invalid("malformed-token", "The CDS client's JWT has no JSON claims.");
    }
    DefaultJWTProcessor<SecurityContext> p = processors.get(iss);
    if (p == null) {
      throw TokenRefused.invalid("unknown-issuer", "The CDS client's issuer is not trusted here.");
    }
    try {
      return p.process(jwt, null);
    } catch (BadJOSEException | JOSEException e) {
      String m = String.valueOf(e.getMessage());
      throw m.startsWith("Expired JWT")
          ? TokenRefused.invalid("token-expired", "The CDS client's JWT has expired.")
          : m.contains("missing required claims")
              ? TokenRefused.invalid(
                  "missing-claims",
                  "The CDS client's JWT lacks exp, iat, jti or aud: send them all.")
              : TokenRefused.invalid(
                  "bad-signature", "The CDS client's JWT does not verify with its issuer's keys.");
    }
  }

  private static Role role(JWTClaimsSet claims) {
    Object scope = claims.getClaim("scope");
    if (scope instanceof String s) {
      Set<Role> roles = ScopeRoles.roles(List.of(s.trim().split("\\s+")));
      if (roles.size() == 1) {
        return roles.iterator().next();
      }
    }
    return Role.CLINICIAN;
  }
}
