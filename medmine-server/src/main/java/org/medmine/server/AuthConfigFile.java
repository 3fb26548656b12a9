package org.medmine.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medmine.model.MedmineUserException;
import org.medmine.server.auth.PublicKeys;
import org.medmine.server.auth.RegisteredClient;
import org.medmine.server.auth.TokenServiceSettings;
import org.medmine.server.auth.TrustedIssuer;

/**
 * The auth config as its JSON file spells it (docs/server.md, "The auth config"); every part but
 * one credential is optional, and {@link #toConfig} fills the defaults, reads the key files (named
 * relative to the config file) and checks what a record cannot.
 */
record AuthConfigFile(
    List<AuthConfig.Token> tokens,
    List<Issuer> issuers,
    List<Client> clients,
    TokenService tokenService,
    Integer clockSkewSeconds,
    Limits limits,
    Cors cors) {
  /** A trusted authorization server: iss, the aud its tokens carry for us, its keys. */
  record Issuer(String issuer, String audience, String jwks, List<Map<String, Object>> keys) {}

  /** A backend client of the token endpoint: id, keys, the scopes it may be granted. */
  record Client(
      String clientId, String jwks, List<Map<String, Object>> keys, List<String> scopes) {}

  /** The token endpoint's own tokens. */
  record TokenService(String issuer, String audience, Integer lifetimeSeconds, String url) {}

  /** Request limits. */
  record Limits(Long maxBodyBytes, Integer requestsPerMinute) {}

  /** The origins allowed cross-origin requests. */
  record Cors(List<String> origins) {}

  AuthConfig toConfig(Path dir) {
    Duration skew = Duration.ofSeconds(clockSkewSeconds == null ? 60 : clockSkewSeconds);
    if (skew.isNegative() || skew.toSeconds() > 300) {
      throw new MedmineUserException(
          "\"clockSkewSeconds\" must be between 0 and 300, not " + skew.toSeconds() + ".");
    }
    return new AuthConfig(
        tokens == null ? List.of() : tokens,
        issuers == null ? List.of() : issuers.stream().map(i -> issuer(i, dir)).toList(),
        clients == null ? List.of() : clients.stream().map(c -> client(c, dir)).toList(),
        tokenService(skew),
        skew,
        limits == null
            ? RequestLimits.DEFAULT
            : new RequestLimits(
                limits.maxBodyBytes() == null
                    ? RequestLimits.DEFAULT.maxBodyBytes()
                    : limits.maxBodyBytes(),
                limits.requestsPerMinute() == null
                    ? RequestLimits.DEFAULT.requestsPerMinute()
                    : limits.requestsPerMinute()),
        cors == null || cors.origins() == null ? List.of() : cors.origins());
  }

  private static TrustedIssuer issuer(Issuer i, Path dir) {
    if (blank(i.issuer()) || blank(i.audience())) {
      throw new MedmineUserException(
          "Every entry of \"issuers\" needs \"issuer\" (the tokens' iss) and \"audience\""
              + " (the aud they carry for this server).");
    }
    return new TrustedIssuer(
        i.issuer(),
        i.audience(),
        PublicKeys.of("issuer " + i.issuer(), keys(i.keys()), file(dir, i.jwks())));
  }

  private static RegisteredClient client(Client c, Path dir) {
    if (blank(c.clientId()) || c.scopes() == null || c.scopes().isEmpty()) {
      throw new MedmineUserException(
          "Every entry of \"clients\" needs \"clientId\" and the \"scopes\" it may be granted.");
    }
    return new RegisteredClient(
        c.clientId(),
        PublicKeys.of("client " + c.clientId(), keys(c.keys()), file(dir, c.jwks())),
        Set.copyOf(c.scopes()));
  }

  private TokenServiceSettings tokenService(Duration skew) {
    TokenService t = tokenService == null ? new TokenService(null, null, null, null) : tokenService;
    Duration lifetime = Duration.ofSeconds(t.lifetimeSeconds() == null ? 300 : t.lifetimeSeconds());
    if (lifetime.toSeconds() < 30 || lifetime.toSeconds() > 3600) {
      throw new MedmineUserException(
          "\"lifetimeSeconds\" of the token service must be between 30 and 3600, not "
              + lifetime.toSeconds()
              + ".");
    }
    return new TokenServiceSettings(
        blank(t.issuer()) ? "medmine" : t.issuer(),
        blank(t.audience()) ? "medmine" : t.audience(),
        lifetime,
        skew,
        Optional.ofNullable(t.url()).filter(u -> !u.isBlank()));
  }

  private static List<Map<String, Object>> keys(List<Map<String, Object>> keys) {
    return keys == null ? List.of() : keys;
  }

  private static Optional<Path> file(Path dir, String name) {
    return blank(name) ? Optional.empty() : Optional.of(dir.resolve(name));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
