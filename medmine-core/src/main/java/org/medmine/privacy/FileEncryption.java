package org.medmine.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.medmine.model.MedmineUserException;

/**
 * AES-256-GCM encryption of files that carry identified data outside the warehouse (NIST SP 800-38D), with
 * the JDK's {@code javax.crypto}. File layout: the 8-byte magic {@code MEDMINE1}, a random 96-bit nonce, then
 * the ciphertext with its 128-bit tag. The AES key is SHA-256 over a domain label and the secret (a secret of
 * at least 16 random bytes, {@link SecretKeySource}); the magic is authenticated as associated data.
 */
public final class FileEncryption {
  private static final byte[] MAGIC = "MEDMINE1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public FileEncryption(byte[] secret) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("medmine-file-encryption-v1".getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      this.key = new SecretKeySpec(d.digest(secret), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether {@code file} starts with the magic of a medmine-encrypted file. */
  public static boolean isEncrypted(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** Encrypts {@code plain} into {@code encrypted} (a fresh random nonce per file). */
  public void encrypt(Path plain, Path encrypted) throws IOException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
    try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(encrypted)) {
      out.write(MAGIC);
      out.write(nonce);
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        byte[] c = cipher.update(buf, 0, n);
        if (c != null) {
          out.write(c);
        }
      }
      out.write(cipher.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts {@code encrypted} into {@code plain}; nothing is written unless the tag verifies.
   *
   * @throws MedmineUserException when the file is not medmine-encrypted, or the key is wrong or the file altered
   */
  public void decrypt(Path encrypted, Path plain) throws IOException {
    byte[] all = Files.readAllBytes(encrypted);
    if (all.length < MAGIC.length + NONCE_BYTES + TAG_BITS / 8
        || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
      throw new MedmineUserException(encrypted + " is not a medmine-encrypted file: give a file written with encryption.");
    }
    byte[] nonce = Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + NONCE_BYTES);
    Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
    byte[] clear;
    try {
      clear = cipher.doFinal(all, MAGIC.length + NONCE_BYTES, all.length - MAGIC.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new MedmineUserException(
          "Cannot decrypt " + encrypted + ": the key is wrong or the file was altered; give the key it was encrypted with.", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
    Files.write(plain, clear);
  }

  private Cipher cipher(int mode, byte[] nonce) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(MAGIC);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is part of every JDK", e);
    }
  }
}
