package org.medmine.server.auth;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the token endpoint issues access tokens: the {@code iss} and {@code aud} it writes into them
 * (the server trusts that pair for its own tokens), their lifetime (SMART Backend Services
 * recommends at most five minutes), the clock skew allowed on the assertions' times, and the token
 * URL client assertions must name as {@code aud} (empty: {@code http(s)://BIND:PORT/auth/token},
 * the address the server listens on).
 */
public record TokenServiceSettings(
    String issuer, String audience, Duration lifetime, Duration clockSkew, Optional<String> url) {
  public TokenServiceSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(clockSkew, "clockSkew");
    Objects.requireNonNull(url, "url");
  }
}
