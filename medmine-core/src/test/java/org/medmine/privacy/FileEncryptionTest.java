package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * Encrypted files: no plaintext name inside, round trip with the right key, clean failure
 * otherwise; files of the first format (MEDMINE1) still decrypt.
 */
class FileEncryptionTest {
  @TempDir Path dir;
  static final byte[] KEY = "the-right-secret-0123456789".getBytes(StandardCharsets.UTF_8);

  @Test
  void anEncryptedExportHoldsNoPlaintextNameAndRoundTrips() throws Exception {
    Path plain = dir.resolve("export.csv");
    Files.writeString(plain, "id,given,family\np1,Rosalind,Okafor\n".repeat(2000));
    Path enc = dir.resolve("export.csv.enc");
    new FileEncryption(KEY).encrypt(plain, enc);
    String raw = new String(Files.readAllBytes(enc), StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("Okafor").doesNotContain("Rosalind").startsWith("MEDMINE2");
    assertThat(FileEncryption.isEncrypted(enc)).isTrue();
    assertThat(FileEncryption.isEncrypted(plain)).isFalse();
    Path back = dir.resolve("back.csv");
    new FileEncryption(KEY).decrypt(enc, back);
    assertThat(Files.mismatch(plain, back)).isEqualTo(-1L);
    Path enc2 = dir.resolve("again.enc");
    new FileEncryption(KEY).encrypt(plain, enc2);
    assertThat(Files.mismatch(enc, enc2)).as("a fresh nonce per file").isNotEqualTo(-1L);
  }

  @Test
  void aWrongKeyOrAnAlteredFileFailsCleanlyAndWritesNothing() throws Exception {
    Path plain = dir.resolve("p.txt");
    Files.writeString(plain, "Okafor");
    Path enc = dir.resolve("p.enc");
    new FileEncryption(KEY).encrypt(plain, enc);
    Path out = dir.resolve("out.txt");
    assertThatThrownBy(
            () ->
                new FileEncryption("a-wrong-secret-0123456789".getBytes(StandardCharsets.UTF_8))
                    .decrypt(enc, out))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("the key is wrong");
    assertThat(out).doesNotExist();
    byte[] bytes = Files.readAllBytes(enc);
    bytes[bytes.length - 3] ^= 1;
    Files.write(enc, bytes);
    assertThatThrownBy(() -> new FileEncryption(KEY).decrypt(enc, out))
        .isInstanceOf(MedmineUserException.class);
    assertThatThrownBy(() -> new FileEncryption(KEY).decrypt(plain, out))
        .hasMessageContaining("not a medmine-encrypted file");
  }

  @Test
  void aFileOfTheFirstFormatStillDecryptsAndSaysSo() throws Exception {
    byte[] clear = "id,given\np1,Rosalind\n".getBytes(StandardCharsets.UTF_8);
    java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
    d.update("medmine-file-encryption-v1".getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    byte[] nonce = new byte[12];
    javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    c.init(
        javax.crypto.Cipher.ENCRYPT_MODE,
        new javax.crypto.spec.SecretKeySpec(d.digest(KEY), "AES"),
        new javax.crypto.spec.GCMParameterSpec(128, nonce));
    c.updateAAD("MEDMINE1".getBytes(StandardCharsets.US_ASCII));
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.writeBytes("MEDMINE1".getBytes(StandardCharsets.US_ASCII));
    file.writeBytes(nonce);
    file.writeBytes(c.doFinal(clear));
    Path old = Files.write(dir.resolve("old.enc"), file.toByteArray());
    assertThat(FileEncryption.isEncrypted(old)).isTrue();
    Path back = dir.resolve("old.csv");
    assertThat(new FileEncryption(KEY).decrypt(old, back)).isEqualTo(FileEncryption.Format.LEGACY);
    assertThat(Files.readAllBytes(back)).isEqualTo(clear);
    assertThatThrownBy(
            () ->
                new FileEncryption("a-wrong-secret-0123456789".getBytes(StandardCharsets.UTF_8))
                    .decrypt(old, dir.resolve("x")))
        .hasMessageContaining("the key is wrong");
  }
}
