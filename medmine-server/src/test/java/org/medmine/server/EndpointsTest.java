package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.deid.DeidOptions;
import org.medmine.apps.deid.Deidentification;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.privacy.ConsentImporter;
import org.medmine.warehouse.Warehouse;

/**
 * Every app endpoint on the shared Synthea warehouse answers the admin with its app's document; on
 * a de-identified copy the analyst is served (as its role) and the clinician gets the lists of
 * patients it is refused on identified data.
 */
class EndpointsTest {
  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyAppEndpointAnswersTheAdminWithItsAppsDocument() throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    Map<String, String> appOf = new LinkedHashMap<>();
    appOf.put("/api/v1/stats", "stats");
    appOf.put("/api/v1/quality", "quality");
    appOf.put("/api/v1/surveillance?region=state&methods=ears-c2,cusum", "surveil");
    appOf.put("/api/v1/forecast?horizon=7", "forecast");
    appOf.put("/api/v1/spc?measures=ed-visits", "spc");
    appOf.put("/api/v1/rules?minSupport=0.3", "rules");
    appOf.put("/api/v1/segments?kMax=4", "segment");
    appOf.put("/api/v1/fraud?minClaims=5", "fraud");
    appOf.put("/api/v1/studies/readmission-30d", "study");
    appOf.put("/api/v1/ask?q=how%20many%20patients%20are%20there", "ask");
    List<String> warnings = ServedWarehouse.warnings();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), warnings))) {
      for (Map.Entry<String, String> e : appOf.entrySet()) {
        HttpResponse<String> r =
            ServedWarehouse.get(
                client, "http://127.0.0.1:" + server.port() + e.getKey(), ServedWarehouse.ADMIN);
        assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(200);
        JsonNode run = ServedWarehouse.json(r).get("run");
        assertThat(run.get("app").asText()).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(run.get("role").asText()).isEqualTo("admin");
      }
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aPatientWhoseConsentDeniesUseIsInNoResponse() throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    String denied;
    long patients;
    try (Warehouse w = Warehouse.open(warehouse);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT min(id), count(*) FROM patient")) {
      rs.next();
      denied = rs.getString(1);
      patients = rs.getLong(2);
      Path optOut = dir.resolve("optout.txt");
      Files.writeString(optOut, denied + "\n");
      ConsentImporter.importOptOut(w.connection(), "synthea", optOut);
    }
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(
                warehouse, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> stats =
          ServedWarehouse.get(client, base + "/api/v1/stats", ServedWarehouse.ADMIN);
      assertThat(ServedWarehouse.json(stats).get("population").get("patients").asLong())
          .isEqualTo(patients - 1);
      assertThat(ServedWarehouse.json(stats).get("run").get("excludedByConsent").asInt())
          .isEqualTo(1);
      for (String path :
          List.of(
              "/api/v1/segments?kMax=3", "/api/v1/surveillance?region=county", "/api/v1/fraud")) {
        HttpResponse<String> r = ServedWarehouse.get(client, base + path, ServedWarehouse.ADMIN);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.body()).as(path).doesNotContain(denied);
      }
      assertThat(
              ServedWarehouse.get(client, base + "/api/v1/segments?kMax=3", ServedWarehouse.ADMIN)
                  .body())
          .as("the segments list patients, so the check above could fail")
          .contains("assignments");
    }
  }

  @Test
  void onADeidentifiedCopyTheAnalystIsServedAndTheClinicianGetsSegments() throws Exception {
    Path source = ServedWarehouse.warehouse(dir);
    Path deid = dir.resolve("deid.duckdb");
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(source).withAction("deid"))) {
      Deidentification.run(
          context,
          DeidOptions.of(deid, "safe-harbor", LocalDate.of(2026, 1, 1)),
          new DeidKeys(
              "a test secret of enough length".getBytes(StandardCharsets.UTF_8),
              Optional.empty(),
              Optional.empty()));
    }
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(
                deid, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> stats =
          ServedWarehouse.get(client, base + "/api/v1/stats", ServedWarehouse.ANALYST);
      assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
      assertThat(ServedWarehouse.json(stats).get("run").get("role").asText()).isEqualTo("analyst");
      HttpResponse<String> segments =
          ServedWarehouse.get(client, base + "/api/v1/segments?kMax=3", ServedWarehouse.CLINICIAN);
      assertThat(segments.statusCode()).as(segments.body()).isEqualTo(200);
      assertThat(ServedWarehouse.json(segments).has("assignments")).isTrue();
    }
  }
}
