package org.medmine.privacy;

import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the secret of {@link SecretKeySource} into the 32-byte key from which Tink's streaming AEAD
 * derives each file's own key. A secret of at least 32 hex digits is a random key: its bytes go
 * through HKDF-SHA256 (RFC 5869; extract with the label as salt, expand to 32 bytes). Any other
 * secret is a passphrase: PBKDF2-HMAC-SHA256 (RFC 8018) with {@value #PBKDF2_ITERATIONS} iterations
 * and a random salt. The slow derivation runs once per salt: the files one command encrypts share
 * this object's salt, and decryption remembers each salt it derived.
 */
final class FileKeys {
  static final int PBKDF2_ITERATIONS = 600_000;
  private static final byte[] LABEL = "medmine-file-encryption-v2".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secret;
  private final boolean randomKey;
  private final byte[] runSalt = new byte[FileHeader.SALT_BYTES];
  private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

  FileKeys(byte[] secret) {
    this.secret = secret.clone();
    this.randomKey = isRandomKey(this.secret);
    RANDOM.nextBytes(runSalt);
  }

  /**
   * Whether {@code secret} is written as a random key: hex digits only, at least 32 of them (128
   * bits).
   */
  static boolean isRandomKey(byte[] secret) {
    String s = new String(secret, StandardCharsets.UTF_8);
    return s.length() >= 32
        && s.length() % 2 == 0
        && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  byte[] secret() {
    return secret.clone();
  }

  /** The header of a file this object encrypts now. */
  FileHeader newHeader() {
    return randomKey
        ? new FileHeader(FileEncryption.Kdf.HKDF_SHA256, 0, new byte[0])
        : new FileHeader(FileEncryption.Kdf.PBKDF2_HMAC_SHA256, PBKDF2_ITERATIONS, runSalt);
  }

  /** The key that {@code header} names, derived from the secret. */
  byte[] fileKey(FileHeader header) {
    try {
      if (header.kdf() == FileEncryption.Kdf.HKDF_SHA256) {
        byte[] ikm =
            randomKey
                ? HexFormat.of().parseHex(new String(secret, StandardCharsets.UTF_8))
                : secret;
        return Hkdf.computeHkdf(
            "HmacSha256", ikm, LABEL, "file key".getBytes(StandardCharsets.UTF_8), 32);
      }
      String id = header.iterations() + ":" + HexFormat.of().formatHex(header.salt());
      return derived.computeIfAbsent(id, k -> pbkdf2(header.salt(), header.iterations())).clone();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HKDF-SHA256 is part of Tink", e);
    }
  }

  private byte[] pbkdf2(byte[] salt, int iterations) {
    char[] passphrase = new String(secret, StandardCharsets.UTF_8).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
      java.util.Arrays.fill(passphrase, '\0');
    }
  }
}
