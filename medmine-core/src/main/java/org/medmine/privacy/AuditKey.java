package org.medmine.privacy;

import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that makes the audit log tamper-evident: each entry carries HMAC-SHA256 (RFC 2104) of its
 * fields and the previous entry's MAC, under a key derived with HKDF-SHA256 (RFC 5869) from a
 * secret kept outside the warehouse (shared/DESIGN.md: the environment or a key file, never the
 * code). Whoever can write the table but does not hold the secret cannot change, insert or re-forge
 * an entry that verifies.
 */
public final class AuditKey {
  /** The environment variable holding the audit secret. */
  public static final String KEY_ENV = "MEDMINE_AUDIT_KEY";

  /** The environment variable naming a file that holds the audit secret. */
  public static final String KEY_FILE_ENV = "MEDMINE_AUDIT_KEY_FILE";

  /** The prefix of a keyed entry's hash; a plain SHA-256 hash is 64 hex digits without prefix. */
  public static final String PREFIX = "hmac-sha256:";

  private final SecretKeySpec macKey;

  private AuditKey(byte[] secret) {
    try {
      byte[] derived =
          Hkdf.computeHkdf(
              "HmacSha256",
              secret,
              "medmine-audit-log-v1".getBytes(StandardCharsets.UTF_8),
              "entry mac".getBytes(StandardCharsets.UTF_8),
              32);
      this.macKey = new SecretKeySpec(derived, "HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HKDF-SHA256 is part of Tink", e);
    }
  }

  /** The key from a secret of at least 16 bytes ({@link SecretKeySource}). */
  public static AuditKey of(byte[] secret) {
    return new AuditKey(secret);
  }

  /**
   * The audit key from {@code keyFile} when given, else {@value #KEY_ENV}, else the file named by
   * {@value #KEY_FILE_ENV}; empty when none is set (the log is then chained with plain SHA-256 and
   * anchored only by its head file).
   */
  public static Optional<AuditKey> from(Path keyFile, Map<String, String> env) {
    if (keyFile != null) {
      return Optional.of(of(SecretKeySource.load(keyFile, KEY_ENV, env)));
    }
    String secret = env.get(KEY_ENV);
    if (secret != null && !secret.isBlank()) {
      return Optional.of(of(SecretKeySource.load(null, KEY_ENV, env)));
    }
    String file = env.get(KEY_FILE_ENV);
    if (file != null && !file.isBlank()) {
      return Optional.of(of(SecretKeySource.load(Path.of(file), KEY_ENV, env)));
    }
    return Optional.empty();
  }

  /**
   * {@value #PREFIX} and the hex HMAC of {@code fields}, each length-prefixed so no two lists
   * collide.
   */
  public String mac(String... fields) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      for (String field : fields) {
        byte[] b = field.getBytes(StandardCharsets.UTF_8);
        mac.update(Integer.toString(b.length).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) ':');
        mac.update(b);
      }
      return PREFIX + HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "AuditKey[<redacted>]";
  }
}
