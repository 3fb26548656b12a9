package org.medmine.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.medmine.model.MedmineUserException;

/**
 * Decrypts files of medmine's first encryption format, {@code MEDMINE1}: the magic, a 96-bit nonce,
 * then ONE AES-256-GCM message with its 128-bit tag, under SHA-256 of a domain label and the
 * secret. A GCM message is checked only at its end, so the file is decrypted in memory: files over
 * 1 GiB are refused with how to proceed. medmine no longer writes this format ({@link
 * FileEncryption} writes {@code MEDMINE2}).
 */
final class LegacyFileDecryption {
  static final byte[] MAGIC = "MEDMINE1".getBytes(StandardCharsets.US_ASCII);
  static final long MAX_BYTES = 1L << 30;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BYTES = 16;

  private LegacyFileDecryption() {}

  static void decrypt(byte[] secret, Path encrypted, Path plain) throws IOException {
    if (Files.size(encrypted) > MAX_BYTES) {
      throw new MedmineUserException(
          encrypted
              + " is in medmine's first encryption format, which decrypts in memory, and"
              + " is larger than 1 GiB: decrypt it with the medmine that wrote it and encrypt it again with 'medmine encrypt'.");
    }
    byte[] all = Files.readAllBytes(encrypted);
    if (all.length < MAGIC.length + NONCE_BYTES + TAG_BYTES) {
      throw new MedmineUserException(
          encrypted + " is not a medmine-encrypted file: give a file written with encryption.");
    }
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("medmine-file-encryption-v1".getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(d.digest(secret), "AES"),
          new GCMParameterSpec(
              TAG_BYTES * 8, Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + NONCE_BYTES)));
      c.updateAAD(MAGIC);
      Files.write(
          plain,
          c.doFinal(all, MAGIC.length + NONCE_BYTES, all.length - MAGIC.length - NONCE_BYTES));
    } catch (AEADBadTagException e) {
      throw FileEncryption.altered(encrypted, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }
}
