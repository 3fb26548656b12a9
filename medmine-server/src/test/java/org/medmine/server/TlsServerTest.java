package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.WarehouseSettings;

/**
 * HTTPS from a keystore made by the JDK's keytool (an EC key for 127.0.0.1): a client that trusts
 * the certificate is served over TLS, plain HTTP to the same port gets no data.
 */
class TlsServerTest {
  @TempDir Path dir;

  @Test
  void theServerAnswersOverTlsWithTheKeystoresCertificate() throws Exception {
    Path keystore = dir.resolve("server.p12");
    char[] password = "changeit-test".toCharArray();
    keytool(keystore, new String(password));
    Path warehouse = ServedWarehouse.warehouse(dir);
    ServerSettings settings =
        new ServerSettings(
            warehouse,
            WarehouseSettings.defaults(),
            "127.0.0.1",
            0,
            Optional.of(new ServerSettings.Tls(keystore, password)),
            ServedWarehouse.auth(dir),
            Optional.empty(),
            w -> {});
    try (MedmineServer server = MedmineServer.start(settings)) {
      HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore, password)).build();
      HttpResponse<String> r =
          ServedWarehouse.get(
              client,
              "https://127.0.0.1:" + server.port() + "/api/v1/stats",
              ServedWarehouse.ADMIN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
      assertThat(ServedWarehouse.json(r).get("population").get("patients").asLong()).isPositive();
      HttpClient plain = HttpClient.newHttpClient();
      String http = "http://127.0.0.1:" + server.port() + "/api/v1/stats";
      try {
        HttpResponse<String> p = ServedWarehouse.get(plain, http, ServedWarehouse.ADMIN);
        assertThat(p.statusCode()).as("plain HTTP to the TLS port").isNotEqualTo(200);
        assertThat(p.body()).doesNotContain("population");
      } catch (java.io.IOException refused) {
        assertThat(refused).isNotNull();
      }
    }
  }

  private static void keytool(Path keystore, String password) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "medmine",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=ip:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    password,
                    "-keypass",
                    password))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(Files.size(keystore)).isPositive();
  }

  private static SSLContext trusting(Path keystore, char[] password) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, password);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, tmf.getTrustManagers(), null);
    return ssl;
  }
}
