package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/** AES-256-GCM files: no plaintext name inside, round trip with the right key, clean failure otherwise. */
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
    assertThat(raw).doesNotContain("Okafor").doesNotContain("Rosalind").startsWith("MEDMINE1");
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
    assertThatThrownBy(() -> new FileEncryption("a-wrong-secret-0123456789".getBytes(StandardCharsets.UTF_8)).decrypt(enc, out))
        .isInstanceOf(MedmineUserException.class).hasMessageContaining("the key is wrong");
    assertThat(out).doesNotExist();
    byte[] bytes = Files.readAllBytes(enc);
    bytes[bytes.length - 3] ^= 1;
    Files.write(enc, bytes);
    assertThatThrownBy(() -> new FileEncryption(KEY).decrypt(enc, out)).isInstanceOf(MedmineUserException.class);
    assertThatThrownBy(() -> new FileEncryption(KEY).decrypt(plain, out)).hasMessageContaining("not a medmine-encrypted file");
  }
}
