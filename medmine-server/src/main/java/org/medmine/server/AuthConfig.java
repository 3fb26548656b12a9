package org.medmine.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.Role;
import org.medmine.server.auth.RegisteredClient;
import org.medmine.server.auth.TokenServiceSettings;
import org.medmine.server.auth.TrustedIssuer;

/**
 * Who may call the server, and how much: the opaque API tokens (each stored only as the SHA-256 of
 * the token, hex, naming its user and medmine {@link Role}), the OAuth 2.0 issuers whose bearer
 * JWTs are accepted ({@link TrustedIssuer}; RFC 9068), the backend clients of the token endpoint
 * ({@link RegisteredClient}; SMART Backend Services), the token endpoint's own settings, the clock
 * skew allowed on token times, the {@link RequestLimits} and the origins allowed cross-origin
 * requests (none: no CORS header is ever sent). The file is JSON (docs/server.md, "The auth
 * config"); the oldest form still reads:
 *
 * <pre>{"tokens": [{"sha256": "9f86d0...", "user": "alice", "role": "analyst"}]}</pre>
 *
 * <p>An opaque token is sent as {@code Authorization: Bearer TOKEN} (RFC 6750); its hash is
 * compared with each entry in constant time ({@link MessageDigest#isEqual}).
 */
public record AuthConfig(
    List<Token> tokens,
    List<TrustedIssuer> issuers,
    List<RegisteredClient> clients,
    TokenServiceSettings tokenService,
    Duration clockSkew,
    RequestLimits limits,
    List<String> corsOrigins) {
  /** One token: the SHA-256 of its text (64 hex digits), its user and role. */
  public record Token(String sha256, String user, String role) {}

  /** Opaque tokens only, with the default limits and no CORS. */
  public AuthConfig(List<Token> tokens) {
    this(
        tokens,
        List.of(),
        List.of(),
        new TokenServiceSettings(
            "medmine", "medmine", Duration.ofMinutes(5), Duration.ofMinutes(1), Optional.empty()),
        Duration.ofMinutes(1),
        RequestLimits.DEFAULT,
        List.of());
  }

  public AuthConfig {
    tokens = List.copyOf(tokens);
    issuers = List.copyOf(issuers);
    clients = List.copyOf(clients);
    corsOrigins = List.copyOf(corsOrigins);
    Objects.requireNonNull(tokenService, "tokenService");
    Objects.requireNonNull(clockSkew, "clockSkew");
    Objects.requireNonNull(limits, "limits");
    for (Token t : tokens) {
      if (t.sha256() == null || !t.sha256().matches("[0-9a-fA-F]{64}")) {
        throw new MedmineUserException(
            "Every token of the auth config needs \"sha256\": the 64 hex digits of the"
                + " token's SHA-256 (e.g. printf %s TOKEN | sha256sum), not '"
                + t.sha256()
                + "'.");
      }
      if (t.user() == null || t.user().isBlank()) {
        throw new MedmineUserException(
            "Every token of the auth config needs a \"user\" (the audit log's actor).");
      }
      Role.parse(t.role() == null ? "" : t.role());
    }
    Set<String> issuerNames = new HashSet<>(Set.of(tokenService.issuer()));
    for (TrustedIssuer i : issuers) {
      if (!issuerNames.add(i.issuer())) {
        throw new MedmineUserException(
            "The issuer '"
                + i.issuer()
                + "' is listed twice or is the token service's own issuer: give each issuer once.");
      }
    }
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
        throw new MedmineUserException(
            "A CORS origin is scheme://host[:port] without a path or wildcard, not '"
                + origin
                + "'.");
      }
    }
  }

  /** Reads the JSON file at {@code file}, or says in one sentence what is wrong with it. */
  public static AuthConfig load(Path file) {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    AuthConfigFile parsed;
    try {
      parsed = mapper.readValue(Files.readString(file), AuthConfigFile.class);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the auth config "
              + file
              + " ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): give a JSON file {\"tokens\": [...], \"issuers\": [...], \"clients\": [...]}"
              + " (docs/server.md).",
          e);
    }
    Path dir = file.toAbsolutePath().getParent();
    AuthConfig c = parsed == null ? null : parsed.toConfig(dir);
    if (c == null || (c.tokens().isEmpty() && c.issuers().isEmpty() && c.clients().isEmpty())) {
      throw new MedmineUserException(
          "The auth config "
              + file
              + " lists no tokens, issuers or clients: add {\"sha256\", \"user\","
              + " \"role\"} entries under \"tokens\" (docs/server.md).");
    }
    return c;
  }

  /** The caller whose token this is, if any. */
  public Optional<Caller> authenticate(String token) {
    byte[] presented = HexFormat.of().parseHex(sha256(token));
    Caller found = null;
    for (Token t : tokens) {
      if (MessageDigest.isEqual(
          presented, HexFormat.of().parseHex(t.sha256().toLowerCase(Locale.ROOT)))) {
        found = new Caller(t.user(), Role.parse(t.role()));
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The SHA-256 of {@code token}'s UTF-8 bytes, as 64 lower-case hex digits (what the config
   * stores).
   */
  public static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
