package org.medmine.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditKey;
import org.medmine.warehouse.WarehouseSettings;

/**
 * How {@code medmine serve} runs, given by its front end: the warehouse and how it is opened, the
 * address and port (0: any free port), the TLS keystore (PKCS#12 or JKS) and its password, the
 * tokens, the audit key, and where warnings go. A bind address that is not loopback is refused
 * without TLS: tokens and health data never cross a network in the clear.
 */
public record ServerSettings(
    Path warehouse,
    WarehouseSettings warehouseSettings,
    String bind,
    int port,
    Optional<Tls> tls,
    AuthConfig auth,
    Optional<AuditKey> auditKey,
    Consumer<String> warnings) {

  /** A TLS keystore and its password. */
  public record Tls(Path keystore, char[] password) {
    public Tls {
      Objects.requireNonNull(keystore, "keystore");
      Objects.requireNonNull(password, "password");
    }
  }

  public ServerSettings {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(warehouseSettings, "warehouseSettings");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(auditKey, "auditKey");
    Objects.requireNonNull(warnings, "warnings");
    if (port < 0 || port > 65535) {
      throw new MedmineUserException("--port must be between 0 and 65535, not " + port + ".");
    }
    if (tls.isEmpty() && !isLoopback(bind)) {
      throw new MedmineUserException(
          "Refusing to serve on "
              + bind
              + " without TLS: give --tls-keystore (and"
              + " --tls-password-env) or bind to 127.0.0.1.");
    }
  }

  /** Whether {@code host} names only this machine's loopback interface. */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new MedmineUserException(
          "Cannot resolve --bind " + host + ": give an IP address such as 127.0.0.1.", e);
    }
  }
}
