package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * Issue 29, defect 10: files are encrypted in authenticated segments (a streaming AEAD), so
 * decryption needs memory for one segment, not for the file; the file key comes from a real KDF
 * (HKDF for a random key, PBKDF2 for a passphrase); a changed, dropped or reordered segment fails.
 */
class FileEncryptionStreamingTest {
  /** A random key as {@code openssl rand -hex 32} prints it. */
  static final String HEX_KEY = "7f3a9c1e5b2d48f6a0c4e8d2b6f1a3c57e9d0b4f2a6c8e1d3b5f7a9c0e2d4b6f";

  static final String PASSPHRASE = "correct horse battery staple";
  @TempDir Path dir;

  private static Path patterned(Path file, long bytes) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      byte[] block = new byte[1 << 16];
      for (long written = 0; written < bytes; written += block.length) {
        ByteBuffer.wrap(block).putLong(0, written).putLong(8, written * 31);
        out.write(block, 0, (int) Math.min(block.length, bytes - written));
      }
    }
    return file;
  }

  @Test
  void aFileOfSeveralHundredMegabytesDecryptsInAJvmWithA64MegabyteHeap() throws Exception {
    Path plain = patterned(dir.resolve("big.bin"), 300L * 1024 * 1024 + 12_345);
    Path enc = dir.resolve("big.bin.enc");
    new FileEncryption(HEX_KEY.getBytes(StandardCharsets.UTF_8)).encrypt(plain, enc);
    Path back = dir.resolve("back.bin");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                DecryptInChildJvm.class.getName(),
                enc.toString(),
                back.toString(),
                HEX_KEY));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.txt").toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the child finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.txt"))).isZero();
    assertThat(Files.mismatch(plain, back)).isEqualTo(-1L);
  }

  @Test
  void aRandomKeyIsExpandedWithHkdfAndAPassphraseWithPbkdf2OfManyIterations() throws Exception {
    Path plain = patterned(dir.resolve("p.bin"), 10_000);
    Path withKey = dir.resolve("key.enc");
    Path withPassphrase = dir.resolve("pass.enc");
    new FileEncryption(HEX_KEY.getBytes(StandardCharsets.UTF_8)).encrypt(plain, withKey);
    new FileEncryption(PASSPHRASE.getBytes(StandardCharsets.UTF_8)).encrypt(plain, withPassphrase);
    byte[] k = Files.readAllBytes(withKey);
    byte[] p = Files.readAllBytes(withPassphrase);
    assertThat(new String(k, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("MEDMINE2");
    assertThat(k[8]).as("HKDF").isEqualTo(FileEncryption.Kdf.HKDF_SHA256.id());
    assertThat(new String(p, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("MEDMINE2");
    assertThat(p[8]).as("PBKDF2").isEqualTo(FileEncryption.Kdf.PBKDF2_HMAC_SHA256.id());
    assertThat(ByteBuffer.wrap(p, 9, 4).getInt()).as("iterations").isGreaterThanOrEqualTo(600_000);
    for (Path enc : List.of(withKey, withPassphrase)) {
      Path back = dir.resolve(enc.getFileName() + ".back");
      new FileEncryption((enc == withKey ? HEX_KEY : PASSPHRASE).getBytes(StandardCharsets.UTF_8))
          .decrypt(enc, back);
      assertThat(Files.mismatch(plain, back)).isEqualTo(-1L);
    }
  }

  @Test
  void aChangedDroppedOrReorderedSegmentFailsAndLeavesNoOutput() throws Exception {
    int segment = FileEncryption.SEGMENT_BYTES;
    Path plain = patterned(dir.resolve("p.bin"), 3L * segment + 1000);
    Path enc = dir.resolve("p.enc");
    FileEncryption crypto = new FileEncryption(HEX_KEY.getBytes(StandardCharsets.UTF_8));
    crypto.encrypt(plain, enc);
    byte[] good = Files.readAllBytes(enc);
    int header = 9; // "MEDMINE2" and the KDF byte; segment i > 0 starts at header + i * segment
    byte[] changed = good.clone();
    changed[header + segment + 100] ^= 1;
    byte[] dropped = java.util.Arrays.copyOf(good, header + 3 * segment);
    byte[] reordered = good.clone();
    System.arraycopy(good, header + segment, reordered, header + 2 * segment, segment);
    System.arraycopy(good, header + 2 * segment, reordered, header + segment, segment);
    for (byte[] bad : List.of(changed, dropped, reordered)) {
      Path tampered = dir.resolve("tampered.enc");
      Files.write(tampered, bad);
      Path out = dir.resolve("out.bin");
      assertThatThrownBy(() -> crypto.decrypt(tampered, out))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("the key is wrong or the file was altered");
      assertThat(out).doesNotExist();
      assertThat(out.resolveSibling("out.bin.partial")).doesNotExist();
    }
  }
}
