package org.medmine.privacy;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * Encryption of files that carry identified data outside the warehouse, as a streaming AEAD: Google
 * Tink's AES-256-GCM-HKDF streaming encryption (the STREAM construction of Hoang, Reyhanitabar,
 * Rogaway and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance",
 * CRYPTO 2015) in segments of {@value #SEGMENT_BYTES} bytes, each with its own 128-bit GCM tag
 * (NIST SP 800-38D), a per-file key derived with HKDF (RFC 5869) from the file key and a random
 * salt, and nonces that bind each segment's position and whether it is the last. A segment that is
 * changed, dropped, moved or cut off fails, and decryption holds one segment in memory whatever the
 * file's size.
 *
 * <p>File layout ({@link FileHeader}): the 8-byte magic {@code MEDMINE2}, the KDF that turned the
 * secret into the file key, its parameters, then Tink's ciphertext, with the header as associated
 * data. The secret ({@link SecretKeySource}) is a <em>random key</em> when it is at least 32 hex
 * digits ({@code openssl rand -hex 32}): the file key is HKDF-SHA256 of its bytes. Anything else is
 * a <em>passphrase</em>: the file key is PBKDF2-HMAC-SHA256 with {@value
 * FileKeys#PBKDF2_ITERATIONS} iterations (OWASP's 2023 figure) and a random 16-byte salt written in
 * the header. Files of the first format ({@code MEDMINE1}: one GCM message under SHA-256 of the
 * secret) are still decrypted ({@link LegacyFileDecryption}).
 */
public final class FileEncryption {
  /** The size of one ciphertext segment (Tink's AES256_GCM_HKDF_1MB). */
  public static final int SEGMENT_BYTES = 1 << 20;

  /** How the secret became the file key; its id is the header's ninth byte. */
  public enum Kdf {
    /** HKDF-SHA256 (RFC 5869) of a random key's bytes. */
    HKDF_SHA256(1),
    /**
     * PBKDF2-HMAC-SHA256 (RFC 8018) of a passphrase, with the salt and iterations in the header.
     */
    PBKDF2_HMAC_SHA256(2);

    private final byte id;

    Kdf(int id) {
      this.id = (byte) id;
    }

    public byte id() {
      return id;
    }
  }

  /** The format of a file that was decrypted. */
  public enum Format {
    /** {@code MEDMINE2}: segmented streaming AEAD. */
    CURRENT,
    /** {@code MEDMINE1}: one AES-GCM message under SHA-256 of the secret; re-encrypt it. */
    LEGACY
  }

  /** The environment variable holding the file key. */
  public static final String KEY_ENV = "MEDMINE_FILE_KEY";

  private final FileKeys keys;

  /**
   * The encryption under the key in {@code keyFile} when given, else in {@value #KEY_ENV} of {@code
   * env}; without either, a user error: "No file-encryption key: {@code why}", how to set one, and
   * any {@code alternative} (e.g. ", or pass --plaintext to write it in the clear").
   */
  public static FileEncryption fromKeySource(
      Path keyFile, Map<String, String> env, String why, String alternative) {
    String secret = env.get(KEY_ENV);
    if (keyFile == null && (secret == null || secret.isBlank())) {
      throw new MedmineUserException(
          "No file-encryption key: "
              + why
              + "; set "
              + KEY_ENV
              + " to a long random secret (e.g. export "
              + KEY_ENV
              + "=$(openssl rand -hex 32)) or give"
              + " --key-file FILE"
              + alternative
              + ".");
    }
    return new FileEncryption(SecretKeySource.load(keyFile, KEY_ENV, env));
  }

  public FileEncryption(byte[] secret) {
    this.keys = new FileKeys(secret);
  }

  /** Whether {@code file} starts with the magic of a medmine-encrypted file (either format). */
  public static boolean isEncrypted(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(FileHeader.MAGIC.length);
      return Arrays.equals(magic, FileHeader.MAGIC)
          || Arrays.equals(magic, LegacyFileDecryption.MAGIC);
    }
  }

  /**
   * {@code medmine encrypt IN --out OUT}: encrypts {@code in} into {@code out}, or one sentence if
   * {@code in} is not a file; returns the sentence that says what was done.
   */
  public String encryptFile(Path in, Path out) throws IOException {
    requireFile(in);
    encrypt(in, out);
    return "Encrypted " + in + " to " + out;
  }

  /**
   * {@code medmine decrypt IN --out OUT}: decrypts {@code in} into {@code out}, or one sentence if
   * {@code in} is not a file; returns the sentence that says what was done (and when {@code in} was
   * in medmine's first format).
   */
  public String decryptFile(Path in, Path out) throws IOException {
    requireFile(in);
    Format format = decrypt(in, out);
    return "Decrypted "
        + in
        + " to "
        + out
        + (format == Format.LEGACY
            ? " (medmine's first encryption format: 'medmine encrypt' writes the current, streamed"
                + " one)"
            : "");
  }

  private static void requireFile(Path in) {
    if (!Files.isRegularFile(in)) {
      throw new MedmineUserException("Input " + in + " does not exist: check the path.");
    }
  }

  /**
   * Encrypts {@code plain} into {@code encrypted}, streaming (a fresh random salt and nonce prefix
   * per file).
   */
  public void encrypt(Path plain, Path encrypted) throws IOException {
    FileHeader header = keys.newHeader();
    AesGcmHkdfStreaming aead = streaming(keys.fileKey(header));
    try (InputStream in = Files.newInputStream(plain);
        OutputStream file = Files.newOutputStream(encrypted)) {
      file.write(header.bytes());
      try (OutputStream out = aead.newEncryptingStream(file, header.bytes())) {
        in.transferTo(out);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM-HKDF streaming encryption failed", e);
    }
  }

  /**
   * Decrypts {@code encrypted} into {@code plain}, one segment at a time, through {@code
   * plain.partial}, which is renamed into place only when every segment verified; returns the
   * file's format.
   *
   * @throws MedmineUserException when the file is not medmine-encrypted, or the key is wrong or the
   *     file altered
   */
  public Format decrypt(Path encrypted, Path plain) throws IOException {
    Path partial = plain.resolveSibling(plain.getFileName() + ".partial");
    try (InputStream file = Files.newInputStream(encrypted)) {
      byte[] magic = file.readNBytes(FileHeader.MAGIC.length);
      if (Arrays.equals(magic, LegacyFileDecryption.MAGIC)) {
        LegacyFileDecryption.decrypt(keys.secret(), encrypted, partial);
      } else if (Arrays.equals(magic, FileHeader.MAGIC)) {
        FileHeader header = FileHeader.read(file, encrypted);
        decryptSegments(streaming(keys.fileKey(header)), header, file, partial, encrypted);
      } else {
        throw new MedmineUserException(
            encrypted + " is not a medmine-encrypted file: give a file written with encryption.");
      }
      Files.move(
          partial, plain, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Arrays.equals(magic, FileHeader.MAGIC) ? Format.CURRENT : Format.LEGACY;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static void decryptSegments(
      AesGcmHkdfStreaming aead, FileHeader header, InputStream file, Path partial, Path encrypted)
      throws IOException {
    try (InputStream in = aead.newDecryptingStream(file, header.bytes());
        OutputStream out = Files.newOutputStream(partial)) {
      byte[] buffer = new byte[1 << 16];
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException e) {
          throw altered(encrypted, e);
        }
        if (n < 0) {
          return;
        }
        out.write(buffer, 0, n);
      }
    } catch (GeneralSecurityException e) {
      throw altered(encrypted, e);
    }
  }

  static MedmineUserException altered(Path encrypted, Exception cause) {
    return new MedmineUserException(
        "Cannot decrypt "
            + encrypted
            + ": the key is wrong or the file was altered; give the key it was encrypted with.",
        cause);
  }

  private static AesGcmHkdfStreaming streaming(byte[] fileKey) {
    try {
      return new AesGcmHkdfStreaming(fileKey, "HmacSha256", 32, SEGMENT_BYTES, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM-HKDF streaming is part of Tink", e);
    }
  }
}
