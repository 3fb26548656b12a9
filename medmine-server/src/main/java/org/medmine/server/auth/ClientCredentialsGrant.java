package org.medmine.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
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
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The token endpoint's client-credentials grant with a JWT client assertion (HL7 SMART App Launch
 * v2, "Backend Services"; RFC 6749 section 4.4; RFC 7523 sections 2.2 and 3): a registered client
 * posts {@code grant_type=client_credentials}, {@code
 * client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer}, a {@code
 * client_assertion} it signed (RS256, RS384, ES256 or ES384 — SMART asks servers for RS384 and
 * ES384) with {@code iss} = {@code sub} = its client id, {@code aud} = this token URL, an {@code
 * exp} at most five minutes ahead and a {@code jti} never used before, and the {@code scope} it
 * wants. It gets an access token signed by the {@link ServerSigningKey} with the granted scopes
 * (those asked for that the client may have; they must name one role) for {@link
 * TokenServiceSettings#lifetime()}. A bad assertion is {@code invalid_client} (RFC 7523 section
 * 3.2), a scope not allowed {@code invalid_scope}.
 */
public final class ClientCredentialsGrant {
  /** The client-assertion type of RFC 7523 section 2.2. */
  public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  static final Set<JWSAlgorithm> ASSERTION_ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
  static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);

  private final Map<String, RegisteredClient> clients;
  private final TokenServiceSettings settings;
  private final Supplier<String> tokenUrl;
  private final ServerSigningKey key;
  private final Clock clock;
  private final JtiReplayCache replays = new JtiReplayCache();

  /** Grants tokens to {@code clients}; assertions must name {@code tokenUrl} as audience. */
  public ClientCredentialsGrant(
      List<RegisteredClient> clients,
      TokenServiceSettings settings,
      Supplier<String> tokenUrl,
      ServerSigningKey key,
      Clock clock) {
    this.clients =
        clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::clientId, c -> c));
    this.settings = settings;
    this.tokenUrl = tokenUrl;
    this.key = key;
    this.clock = clock;
  }

  /** The issuer entry under which the server verifies its own tokens like any other. */
  public TrustedIssuer asTrustedIssuer() {
    return new TrustedIssuer(settings.issuer(), settings.audience(), key.publicKeys());
  }

  /** Answers the form of a token request, or throws an {@link OAuthError}. */
  public TokenResponse grant(Map<String, List<String>> form) {
    if (!"client_credentials".equals(single(form, "grant_type"))) {
      throw OAuthError.unsupportedGrantType(
          "Only grant_type=client_credentials is served here (SMART Backend Services).");
    }
    if (!JWT_BEARER.equals(single(form, "client_assertion_type"))) {
      throw OAuthError.invalidClient(
          "no-client-assertion", "Authenticate with client_assertion_type=" + JWT_BEARER + ".");
    }
    String assertion = single(form, "client_assertion");
    String scope = single(form, "scope");
    if (assertion == null || scope == null || scope.isBlank()) {
      throw OAuthError.invalidRequest(
          "missing-parameter", "Send client_assertion and scope (once each).");
    }
    RegisteredClient client = authenticate(assertion);
    Set<String> granted = grantedScopes(client, scope);
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.issuer())
            .audience(settings.audience())
            .subject(client.clientId())
            .claim("client_id", client.clientId())
            .claim("scope", String.join(" ", granted))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(settings.lifetime())))
            .jwtID(UUID.randomUUID().toString())
            .build();
    return new TokenResponse(
        key.sign(claims), "bearer", settings.lifetime().toSeconds(), String.join(" ", granted));
  }

  private static String single(Map<String, List<String>> form, String name) {
    List<String> values = form.getOrDefault(name, List.of());
    return values.size() == 1 ? values.get(0) : null;
  }

  private RegisteredClient authenticate(String assertion) {
    SignedJWT jwt;
    JWTClaimsSet unverified;
    try {
      jwt = SignedJWT.parse(assertion);
      unverified = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw OAuthError.invalidClient(
          "malformed-assertion", "The client_assertion is not a signed JWT.");
    }
    RegisteredClient client =
        unverified.getIssuer() == null ? null : clients.get(unverified.getIssuer());
    if (client == null) {
      throw OAuthError.invalidClient(
          "unknown-client", "The client_assertion's issuer is not a registered client.");
    }
    JWTClaimsSet claims = verified(jwt, client);
    Instant now = clock.instant();
    Instant expires = claims.getExpirationTime().toInstant();
    if (expires.isAfter(now.plus(MAX_ASSERTION_LIFETIME).plus(settings.clockSkew()))) {
      throw OAuthError.invalidClient(
          "assertion-lifetime", "The client_assertion's exp is more than five minutes ahead.");
    }
    if (!replays.firstUse(client.clientId(), claims.getJWTID(), expires, now)) {
      throw OAuthError.invalidClient(
          "assertion-replayed", "This client_assertion's jti was used before: sign a new one.");
    }
    return client;
  }

  private JWTClaimsSet verified(SignedJWT jwt, RegisteredClient client) {
    if (!ASSERTION_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw OAuthError.invalidClient(
          "algorithm-refused", "Sign the client_assertion with RS384, ES384, RS256 or ES256.");
    }
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
    p.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            ASSERTION_ALGORITHMS, new ImmutableJWKSet<>(client.keys())));
    DefaultJWTClaimsVerifier<SecurityContext> v =
        new DefaultJWTClaimsVerifier<>(
            Set.of(tokenUrl.get()),
            new JWTClaimsSet.Builder().issuer(client.clientId()).subject(client.clientId()).build(),
            Set.of("exp", "jti"),
            Set.of());
    v.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    p.setJWTClaimsSetVerifier(v);
    try {
      return p.process(jwt, null);
    } catch (BadJOSEException | JOSEException e) {
      throw OAuthError.invalidClient(
          "bad-assertion",
          "The client_assertion was refused ("
              + e.getMessage()
              + "): sign it with a registered key, iss = sub = client_id, aud = "
              + tokenUrl.get()
              + ".");
    }
  }

  private static Set<String> grantedScopes(RegisteredClient client, String asked) {
    Set<String> granted = new LinkedHashSet<>(Arrays.asList(asked.trim().split("\\s+")));
    granted.retainAll(client.scopes());
    int roles = ScopeRoles.roles(granted).size();
    if (roles != 1) {
      throw OAuthError.invalidScope(
          client.clientId(),
          roles == 0
              ? "None of the scopes asked for names a medmine role this client may have."
              : "The scopes asked for name several medmine roles: ask for one.");
    }
    return granted;
  }
}
