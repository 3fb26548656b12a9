package org.medmine.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * The shared 20-patient Synthea population ingested into a DuckDB warehouse, an auth config with
 * one token per role, and a client for a server on a loopback port.
 */
final class ServedWarehouse {
  static final String ADMIN = "admin-token-0123456789";
  static final String ANALYST = "analyst-token-0123456789";
  static final String AUDITOR = "auditor-token-0123456789";
  static final String CLINICIAN = "clinician-token-0123456789";

  private ServedWarehouse() {}

  /** Ingests the shared small population into {@code dir}/w.duckdb. */
  static Path warehouse(Path dir) {
    Path w = dir.resolve("w.duckdb");
    try (Warehouse wh = Warehouse.open(w)) {
      Ingestor.ingest(
          wh,
          new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
          IngestListener.NONE);
    }
    return w;
  }

  /**
   * The auth config of the four test tokens (their hashes only), written to {@code dir}/auth.json.
   */
  static AuthConfig auth(Path dir) throws IOException {
    Path file = dir.resolve("auth.json");
    Files.writeString(
        file,
        "{\"tokens\": ["
            + entry(ADMIN, "alice", "admin")
            + ","
            + entry(ANALYST, "bob", "analyst")
            + ","
            + entry(AUDITOR, "carol", "auditor")
            + ","
            + entry(CLINICIAN, "dave", "clinician")
            + "]}");
    return AuthConfig.load(file);
  }

  private static String entry(String token, String user, String role) {
    return "{\"sha256\": \""
        + AuthConfig.sha256(token)
        + "\", \"user\": \""
        + user
        + "\", \"role\": \""
        + role
        + "\"}";
  }

  /**
   * Settings for {@code warehouse} on 127.0.0.1, any free port, no TLS; warnings into {@code
   * warnings}.
   */
  static ServerSettings settings(Path warehouse, AuthConfig auth, List<String> warnings) {
    return new ServerSettings(
        warehouse,
        WarehouseSettings.defaults(),
        "127.0.0.1",
        0,
        Optional.empty(),
        auth,
        Optional.empty(),
        warnings::add);
  }

  static List<String> warnings() {
    return new ArrayList<>();
  }

  /** A response: status, headers and body. */
  static HttpResponse<String> get(HttpClient client, String url, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return new ObjectMapper().readTree(r.body());
  }

  /** Records that {@code patient} denies secondary use of their data in {@code warehouse}. */
  static void denyConsent(Path warehouse, String patient) throws Exception {
    try (Warehouse w = Warehouse.open(warehouse);
        Statement s = w.connection().createStatement()) {
      s.execute(
          "INSERT INTO consent (source, id, patient_id, status, scope_code, decision)"
              + " SELECT source, 'deny-1', id, 'active', 'research', 'deny' FROM patient"
              + " WHERE id = '"
              + patient
              + "'");
    }
  }
}
