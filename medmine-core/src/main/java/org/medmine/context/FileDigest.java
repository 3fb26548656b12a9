package org.medmine.context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * The fingerprint of input files that stand where a warehouse would in a run's provenance: the
 * SHA-256 (hex) of one file, or of several files' SHA-256 digests in order.
 */
final class FileDigest {
  private FileDigest() {}

  static String of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = sha256();
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read " + file + " (" + e.getMessage() + "): check the path.", e);
    }
  }

  static String ofAll(List<Path> files) {
    StringBuilder digests = new StringBuilder();
    files.forEach(f -> digests.append(of(f)));
    return HexFormat.of()
        .formatHex(sha256().digest(digests.toString().getBytes(StandardCharsets.US_ASCII)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
