package org.medmine.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.Role;

/**
 * The server's API tokens: each is stored only as the SHA-256 of the token (hex), so the file
 * discloses no token, and names the user (the audit log's actor) and the medmine {@link Role} its
 * requests run as. The file is JSON:
 *
 * <pre>{"tokens": [{"sha256": "9f86d0...", "user": "alice", "role": "analyst"}]}</pre>
 *
 * <p>A token is sent as {@code Authorization: Bearer TOKEN} (RFC 6750); its hash is compared with
 * each entry in constant time ({@link MessageDigest#isEqual}).
 */
public record AuthConfig(List<Token> tokens) {
  /** One token: the SHA-256 of its text (64 hex digits), its user and role. */
  public record Token(String sha256, String user, String role) {}

  public AuthConfig {
    tokens = List.copyOf(tokens);
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
  }

  /** Reads the JSON file at {@code file}, or says in one sentence what is wrong with it. */
  public static AuthConfig load(Path file) {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      AuthConfig c = mapper.readValue(Files.readString(file), AuthConfig.class);
      if (c == null || c.tokens().isEmpty()) {
        throw new MedmineUserException(
            "The auth config "
                + file
                + " lists no tokens: add {\"sha256\", \"user\","
                + " \"role\"} entries under \"tokens\".");
      }
      return c;
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the auth config "
              + file
              + " ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): give a JSON file {\"tokens\": [{\"sha256\", \"user\", \"role\"}]}.",
          e);
    }
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
