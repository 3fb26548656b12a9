package org.medmine.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.medmine.model.MedmineUserException;

/**
 * The clear header of a {@link FileEncryption} file, authenticated as associated data of every
 * segment: the magic {@code MEDMINE2}, one byte naming the {@link FileEncryption.Kdf}, and for
 * PBKDF2 the iteration count (4 bytes, big-endian) and the 16-byte salt.
 *
 * @param kdf how the secret became the file key
 * @param iterations PBKDF2's iteration count (0 for HKDF)
 * @param salt PBKDF2's salt (empty for HKDF)
 */
record FileHeader(FileEncryption.Kdf kdf, int iterations, byte[] salt) {
  static final byte[] MAGIC = "MEDMINE2".getBytes(StandardCharsets.US_ASCII);
  static final int SALT_BYTES = 16;

  /**
   * Iteration counts a file may ask for: enough to matter, not so many that a crafted file hangs
   * decryption.
   */
  static final int MIN_ITERATIONS = 100_000;

  static final int MAX_ITERATIONS = 10_000_000;

  FileHeader {
    salt = salt.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  /** The header as written. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC);
    out.write(kdf.id());
    if (kdf == FileEncryption.Kdf.PBKDF2_HMAC_SHA256) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(iterations).array());
      out.writeBytes(salt);
    }
    return out.toByteArray();
  }

  /** Reads the rest of a header from {@code in}, whose magic was read already. */
  static FileHeader read(InputStream in, Path file) throws IOException {
    int id = in.read();
    if (id == FileEncryption.Kdf.HKDF_SHA256.id()) {
      return new FileHeader(FileEncryption.Kdf.HKDF_SHA256, 0, new byte[0]);
    }
    if (id == FileEncryption.Kdf.PBKDF2_HMAC_SHA256.id()) {
      byte[] params = in.readNBytes(4 + SALT_BYTES);
      int iterations = params.length == 4 + SALT_BYTES ? ByteBuffer.wrap(params).getInt() : -1;
      if (iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS) {
        return new FileHeader(
            FileEncryption.Kdf.PBKDF2_HMAC_SHA256,
            iterations,
            java.util.Arrays.copyOfRange(params, 4, params.length));
      }
    }
    throw new MedmineUserException(
        file + " has a damaged medmine encryption header: give the file as medmine wrote it.");
  }
}
