package org.medmine.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * Where a secret comes from (shared/DESIGN.md: the environment or a key file, never the code). A
 * key file holds the secret as text (trailing whitespace ignored); it must carry at least 16 bytes.
 */
public final class SecretKeySource {
  private SecretKeySource() {}

  /**
   * The secret from {@code keyFile} when given, else from the environment variable {@code envName}.
   *
   * @throws MedmineUserException when neither is set, the file is unreadable, or the secret is
   *     short
   */
  public static byte[] load(Path keyFile, String envName, Map<String, String> env) {
    String secret;
    String from;
    if (keyFile != null) {
      try {
        secret = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new MedmineUserException(
            "Cannot read key file " + keyFile + ": give a readable file with the secret.", e);
      }
      from = "key file " + keyFile;
    } else {
      secret = env.get(envName);
      if (secret == null || secret.isBlank()) {
        throw new MedmineUserException(
            "No secret: set the environment variable " + envName + " or give --key-file FILE.");
      }
      secret = secret.strip();
      from = "environment variable " + envName;
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw new MedmineUserException(
          "The secret in the "
              + from
              + " is shorter than 16 bytes: use a long random value (e.g. 'openssl rand -hex 32').");
    }
    return bytes;
  }
}
