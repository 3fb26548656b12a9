package org.medmine.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditKey;
import org.medmine.warehouse.WarehouseSettings;

/**
 * What {@code medmine serve} is asked on its command line: the warehouse, the address and port, the
 * TLS keystore and the environment variable holding its password, and the file of API tokens. A
 * front end turns them into {@link ServerSettings} with {@link #settings}, which says in one
 * sentence what is missing (no warehouse, no token file, no keystore, no password).
 */
public record ServeOptions(
    Path warehouse,
    String bind,
    int port,
    Optional<Path> tlsKeystore,
    String tlsPasswordEnv,
    Optional<Path> authConfig) {
  public ServeOptions {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(tlsKeystore, "tlsKeystore");
    Objects.requireNonNull(tlsPasswordEnv, "tlsPasswordEnv");
    Objects.requireNonNull(authConfig, "authConfig");
  }

  /**
   * The settings to serve with: the warehouse opened with {@code warehouseSettings}, the TLS
   * password and the audit key ({@link AuditKey#KEY_ENV}) from {@code env}, warnings to {@code
   * warnings}.
   */
  public ServerSettings settings(
      WarehouseSettings warehouseSettings, Map<String, String> env, Consumer<String> warnings) {
    if (!Files.isRegularFile(warehouse)) {
      throw new MedmineUserException(
          "No warehouse at " + warehouse + ": run 'medmine ingest' first or give --warehouse.");
    }
    Path tokens =
        authConfig.orElseThrow(
            () ->
                new MedmineUserException(
                    "medmine serve needs --auth-config FILE naming who may call: API tokens, token issuers or"
                        + " clients (docs/server.md"
                        + " shows the format)."));
    return new ServerSettings(
        warehouse,
        warehouseSettings,
        bind,
        port,
        tls(env),
        AuthConfig.load(tokens),
        AuditKey.from(null, env),
        warnings);
  }

  private Optional<ServerSettings.Tls> tls(Map<String, String> env) {
    if (tlsKeystore.isEmpty()) {
      return Optional.empty();
    }
    Path keystore = tlsKeystore.get();
    if (!Files.isRegularFile(keystore)) {
      throw new MedmineUserException(
          "No keystore at " + keystore + ": give the PKCS#12 file of --tls-keystore.");
    }
    String password = env.get(tlsPasswordEnv);
    if (password == null || password.isEmpty()) {
      throw new MedmineUserException(
          "Set "
              + tlsPasswordEnv
              + " to the password of "
              + keystore
              + " (or name another variable with --tls-password-env).");
    }
    return Optional.of(new ServerSettings.Tls(keystore, password.toCharArray()));
  }
}
