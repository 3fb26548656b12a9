package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a loopback port over the shared Synthea warehouse: tokens and roles (401, 403), one
 * audit entry per request naming the token's user, user errors as 400 with one sentence and no
 * stack trace, the dashboard.
 */
class MedmineServerTest {
  @TempDir static Path dir;
  static Path warehouse;
  static MedmineServer server;
  static String base;
  static final List<String> WARNINGS = ServedWarehouse.warnings();
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    warehouse = ServedWarehouse.warehouse(dir);
    server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), WARNINGS));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return ServedWarehouse.get(CLIENT, base + path, token);
  }

  @Test
  void aRequestWithoutATokenOrWithAnUnknownOneIs401() throws Exception {
    HttpResponse<String> none = get("/api/v1/stats", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"medmine\"");
    assertThat(ServedWarehouse.json(none).get("error").asText()).contains("Authorization: Bearer");
    HttpResponse<String> unknown = get("/api/v1/stats", "not-a-token");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/version", "Basic xyz").statusCode()).isEqualTo(401);
  }

  @Test
  void noCorsHeaderIsSentWhenNoOriginIsConfigured() throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/version"))
                .header("Authorization", "Bearer " + ServedWarehouse.ADMIN)
                .header("Origin", "https://evil.test")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
  }

  @Test
  void everyRefusalByRoleWritesOneAuditEntryMarkedRefused() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    assertThat(get("/api/v1/stats", ServedWarehouse.AUDITOR).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/stats", ServedWarehouse.ANALYST).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/quality", ServedWarehouse.CLINICIAN).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/segments", ServedWarehouse.CLINICIAN).statusCode()).isEqualTo(403);
    List<String> entries = AuditTrail.since(warehouse, before);
    assertThat(entries).hasSize(4).allMatch(e -> e.contains("outcome=refused status=403"));
    assertThat(entries.stream().map(e -> e.substring(0, e.indexOf("|", e.indexOf("|") + 1))))
        .containsExactly("carol|auditor", "bob|analyst", "dave|clinician", "dave|clinician");
    assertThat(entries.get(2))
        .contains("GET /api/v1/quality|")
        .contains("reason=role-may-not-write");
  }

  @Test
  void theAdminReadsTheStatisticsAsItsRole() throws Exception {
    HttpResponse<String> r = get("/api/v1/stats", ServedWarehouse.ADMIN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode doc = ServedWarehouse.json(r);
    assertThat(doc.get("population").get("patients").asLong()).isPositive();
    assertThat(doc.get("run").get("role").asText()).isEqualTo("admin");
    assertThat(doc.get("run").get("app").asText()).isEqualTo("stats");
  }

  @Test
  void anAnalystGetsNothingFromAnIdentifiedWarehouse() throws Exception {
    HttpResponse<String> r = get("/api/v1/stats", ServedWarehouse.ANALYST);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(ServedWarehouse.json(r).get("error").asText()).contains("de-identified");
    assertThat(r.body()).doesNotContain("population", "patients\"");
  }

  @Test
  void theAuditorAndTheClinicianAreRefusedWhatTheirRolesMayNotDo() throws Exception {
    assertThat(get("/api/v1/stats", ServedWarehouse.AUDITOR).statusCode()).isEqualTo(403);
    HttpResponse<String> quality = get("/api/v1/quality", ServedWarehouse.CLINICIAN);
    assertThat(quality.statusCode()).isEqualTo(403);
    assertThat(ServedWarehouse.json(quality).get("error").asText()).contains("clinician");
    HttpResponse<String> segments = get("/api/v1/segments", ServedWarehouse.CLINICIAN);
    assertThat(segments.statusCode()).isEqualTo(403);
    assertThat(segments.body()).doesNotContain("assignments");
    assertThat(get("/api/v1/stats", ServedWarehouse.CLINICIAN).statusCode()).isEqualTo(200);
  }

  @Test
  void eachRequestWritesOneAuditEntryNamingTheTokensUser() throws Exception {
    List<String> before = auditEntries();
    assertThat(get("/api/v1/stats?top=3", ServedWarehouse.ADMIN).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/stats", ServedWarehouse.CLINICIAN).statusCode()).isEqualTo(200);
    List<String> after = auditEntries();
    assertThat(after.subList(before.size(), after.size()))
        .containsExactly("alice|admin|GET /api/v1/stats", "dave|clinician|GET /api/v1/stats");
  }

  private static List<String> auditEntries() throws Exception {
    List<String> entries = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT actor, role, action FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        entries.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
      }
    }
    return entries;
  }

  @Test
  void aBadParameterIs400AsAProblemDocumentWithOneSentenceAndNoStackTrace() throws Exception {
    for (String path :
        List.of(
            "/api/v1/stats?top=0",
            "/api/v1/stats?top=ten",
            "/api/v1/stats?verbose=true",
            "/api/v1/stats?top=1&top=2",
            "/api/v1/studies/..%2F..%2Fetc%2Fpasswd",
            "/api/v1/surveillance?region=planet",
            "/api/v1/forecast?until=yesterday")) {
      HttpResponse<String> r = get(path, ServedWarehouse.ADMIN);
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
      JsonNode doc = ServedWarehouse.json(r);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(doc.get("status").asInt()).as(path).isEqualTo(400);
      assertThat(doc.get("title").asText()).as(path).isEqualTo("Bad Request");
      assertThat(doc.get("detail").asText()).as(path).isEqualTo(doc.get("error").asText());
      assertThat(doc.get("error").asText())
          .as(path)
          .endsWith(".")
          .doesNotContain("\n", "at org.", "Exception");
    }
    assertThat(WARNINGS).as("user errors are no internal failures").isEmpty();
  }

  @Test
  void anUnknownPathUnderTheApiIs404InJson() throws Exception {
    HttpResponse<String> r = get("/api/v1/nothing-here", ServedWarehouse.ADMIN);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(ServedWarehouse.json(r).get("error").asText()).contains("openapi.json");
  }

  @Test
  void theDashboardIsServedFromTheJarWithoutOutsideAssets() throws Exception {
    HttpResponse<String> page = get("/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<script src=\"/dashboard.js\"",
            "id=\"kpis\"",
            "id=\"alarms\"",
            "id=\"scan-map\"",
            "id=\"clusters\"");
    assertThat(page.body()).doesNotContain("http://", "https://");
    HttpResponse<String> script = get("/dashboard.js", null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body())
        .contains("/api/v1/", "Authorization", "scan/map", "image/svg+xml")
        .doesNotContain("innerHTML", "http://", "https://");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'self'; frame-ancestors 'none'");
  }
}
