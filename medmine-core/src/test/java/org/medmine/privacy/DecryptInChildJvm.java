package org.medmine.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * TEST HELPER: decrypts one file in a JVM of its own, so a test can give it a small heap ({@code
 * -Xmx}) and prove that decryption streams. Arguments: the encrypted file, the output file, the
 * secret.
 */
public final class DecryptInChildJvm {
  private DecryptInChildJvm() {}

  public static void main(String[] args) throws Exception {
    new FileEncryption(args[2].getBytes(StandardCharsets.UTF_8))
        .decrypt(Path.of(args[0]), Path.of(args[1]));
  }
}
