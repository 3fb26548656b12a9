package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.server.AuthConfig;
import org.medmine.server.MedmineServer;
import org.medmine.server.ServerSettings;
import org.medmine.warehouse.WarehouseSettings;

/**
 * {@code medmine serve} against the command line on the shared Synthea warehouse: the API's
 * statistics are the very document of {@code medmine stats --format json}; the command refuses, in
 * one sentence, a bind beyond loopback without TLS and a start without tokens.
 */
class ServeCommandTest {
  @TempDir static Path dir;
  static Path warehouse;
  static Path auth;

  @BeforeAll
  static void ingest() throws Exception {
    warehouse = dir.resolve("w.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "ingest",
            "--no-progress",
            "-w",
            warehouse.toString(),
            TestPopulations.small().fhirDir().toString());
    assertThat(r.code()).as(r.err()).isZero();
    auth = dir.resolve("auth.json");
    Files.writeString(
        auth,
        "{\"tokens\": [{\"sha256\": \""
            + AuthConfig.sha256("admin-token")
            + "\", \"user\": \"alice\", \"role\": \"admin\"}]}");
  }

  @Test
  void theApisStatisticsAreTheCommandsJson() throws Exception {
    CliTest.Run cli = CliTest.medmine("stats", "-w", warehouse.toString(), "--format", "json");
    assertThat(cli.code()).as(cli.err()).isZero();
    ServerSettings settings =
        new ServerSettings(
            warehouse,
            WarehouseSettings.defaults(),
            "127.0.0.1",
            0,
            Optional.empty(),
            AuthConfig.load(auth),
            Optional.empty(),
            w -> {});
    String body;
    try (MedmineServer server = MedmineServer.start(settings)) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/api/v1/stats"))
                      .header("Authorization", "Bearer admin-token")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      body = r.body();
    }
    JsonNode fromCli = withoutRunTime(cli.out());
    JsonNode fromApi = withoutRunTime(body);
    assertThat(fromApi.get("population").get("patients").asLong()).isPositive();
    assertThat(fromApi).isEqualTo(fromCli);
  }

  /** The document without the second its run started at, the one field two runs cannot share. */
  private static JsonNode withoutRunTime(String json) throws Exception {
    JsonNode doc = new ObjectMapper().readTree(json);
    ((ObjectNode) doc.get("run")).remove("ranAt");
    return doc;
  }

  @Test
  void aBindBeyondLoopbackWithoutTlsIsRefusedInOneSentence() {
    CliTest.Run r =
        CliTest.medmine(
            "serve",
            "-w",
            warehouse.toString(),
            "--bind",
            "0.0.0.0",
            "--auth-config",
            auth.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "medmine: Refusing to serve on 0.0.0.0 without TLS: give --tls-keystore (and"
                + " --tls-password-env) or bind to 127.0.0.1.");
  }

  @Test
  void aServerWithoutTokensIsRefusedInOneSentence() {
    CliTest.Run r = CliTest.medmine("serve", "-w", warehouse.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--auth-config FILE").doesNotContain("Exception");
  }
}
