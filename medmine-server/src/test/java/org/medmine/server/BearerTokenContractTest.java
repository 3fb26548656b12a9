package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bearer-JWT contract of issue 18 with a real HTTP client against a server on a loopback port:
 * every forged, stale or misdirected token is a 401 problem document (a token without a role scope
 * a 403), each refusal writes one audit entry, and valid RS256 and ES256 tokens are served with
 * their subject as the audit actor. Keys are generated for the run ({@link TestAuthority}).
 */
class BearerTokenContractTest {
  @TempDir static Path dir;
  static Path warehouse;
  static MedmineServer server;
  static String base;
  static TestAuthority idp;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    warehouse = ServedWarehouse.warehouse(dir);
    idp = new TestAuthority();
    Path auth = Files.writeString(dir.resolve("auth.json"), idp.authConfigJson(1000));
    server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, AuthConfig.load(auth), ServedWarehouse.warnings()));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aValidRs256TokenIsServedAndItsSubjectIsTheAuditActor() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String token = idp.rs256(TestAuthority.claims("svc-rsa", "openid system/medmine.admin"));
    HttpResponse<String> r = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(ServedWarehouse.json(r).get("run").get("role").asText()).isEqualTo("admin");
    assertThat(AuditTrail.since(warehouse, before))
        .singleElement()
        .asString()
        .startsWith("svc-rsa|admin|GET /api/v1/stats|access=read");
  }

  @Test
  void aValidEs256TokenWithScpIsServedAsItsRole() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String token =
        idp.es256(
            TestAuthority.claims("nurse-7", null).claim("scp", List.of("user/medmine.clinician")));
    HttpResponse<String> r = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(ServedWarehouse.json(r).get("run").get("role").asText()).isEqualTo("clinician");
    assertThat(AuditTrail.since(warehouse, before))
        .singleElement()
        .asString()
        .startsWith("nurse-7|clinician|GET /api/v1/stats|");
  }

  @Test
  void noTokenIs401WithoutAnErrorCodeAndIsAudited() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    HttpResponse<String> r = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", null);
    assertProblem(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"medmine\"");
    assertThat(AuditTrail.since(warehouse, before))
        .containsExactly(
            "unknown|none|GET /api/v1/stats|outcome=refused status=401 reason=no-token");
  }

  @Test
  void everyBadTokenIs401AndWritesOneRefusalEntry() throws Exception {
    Instant now = Instant.now();
    String admin = "system/medmine.admin";
    assertRefused(
        idp.rs256(
            TestAuthority.claims("a", admin)
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(2))))),
        401,
        "token-expired");
    assertRefused(
        idp.es256(
            TestAuthority.claims("a", admin)
                .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))),
        401,
        "token-not-yet-valid");
    assertRefused(
        idp.rs256(TestAuthority.claims("a", admin).audience("https://other.test")),
        401,
        "wrong-audience");
    assertRefused(
        idp.rs256(TestAuthority.claims("a", admin).issuer("https://evil.test")),
        401,
        "unknown-issuer");
    assertRefused(idp.forgedRs256(TestAuthority.claims("a", admin)), 401, "bad-signature");
    assertRefused(TestAuthority.algNone(TestAuthority.claims("a", admin)), 401, "alg-none");
    assertRefused(
        idp.hs256WithThePublicKey(TestAuthority.claims("a", admin)), 401, "algorithm-refused");
    assertRefused(idp.rs384(TestAuthority.claims("a", admin)), 401, "algorithm-refused");
    assertRefused(
        idp.rs256(TestAuthority.claims("a", admin).expirationTime(null)), 401, "missing-claims");
    try (java.sql.Connection c =
        java.sql.DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
      assertThat(org.medmine.privacy.AuditLog.verify(c).problems())
          .as("the refusals extend the audit chain intact")
          .isEmpty();
    }
  }

  @Test
  void theClockSkewIsAllowedButNoMore() throws Exception {
    Instant now = Instant.now();
    String justExpired =
        idp.rs256(
            TestAuthority.claims("skewed", "system/medmine.admin")
                .expirationTime(Date.from(now.minusSeconds(10))));
    assertThat(ServedWarehouse.get(CLIENT, base + "/api/v1/version", justExpired).statusCode())
        .isEqualTo(200);
    assertRefused(
        idp.rs256(
            TestAuthority.claims("skewed", "system/medmine.admin")
                .expirationTime(Date.from(now.minusSeconds(45)))),
        401,
        "token-expired");
  }

  @Test
  void aTokenWhoseScopesGrantNoRoleIs403AndNamesItsSubject() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String token = idp.rs256(TestAuthority.claims("reader", "system/Patient.rs openid"));
    HttpResponse<String> r = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", token);
    assertProblem(r, 403);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("error=\"insufficient_scope\"");
    assertThat(AuditTrail.since(warehouse, before))
        .containsExactly(
            "reader|none|GET /api/v1/stats|outcome=refused status=403 reason=no-role-scope");
    String two = idp.rs256(TestAuthority.claims("x", "medmine/admin medmine/analyst"));
    assertProblem(ServedWarehouse.get(CLIENT, base + "/api/v1/stats", two), 403);
  }

  @Test
  void corsHeadersGoOnlyToTheConfiguredOrigin() throws Exception {
    String token = idp.rs256(TestAuthority.claims("svc", "system/medmine.admin"));
    for (String origin : List.of("https://dashboard.test", "https://evil.test")) {
      HttpResponse<String> r =
          CLIENT.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/version"))
                  .header("Authorization", "Bearer " + token)
                  .header("Origin", origin)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // Javalin's CORS plugin answers another origin 400; what matters is the missing header,
      // without which a browser shows the page nothing.
      assertThat(r.statusCode())
          .as(origin)
          .isEqualTo(origin.equals("https://dashboard.test") ? 200 : 400);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
          .as(origin)
          .isEqualTo(
              origin.equals("https://dashboard.test")
                  ? java.util.Optional.of(origin)
                  : java.util.Optional.empty());
    }
  }

  private static void assertRefused(String token, int status, String reason) throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    HttpResponse<String> r = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", token);
    assertProblem(r, status);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElse(""))
        .as(reason)
        .contains("error=\"invalid_token\"");
    assertThat(r.body()).doesNotContain(token.substring(0, 20));
    assertThat(AuditTrail.since(warehouse, before))
        .as(reason)
        .containsExactly(
            "unknown|none|GET /api/v1/stats|outcome=refused status="
                + status
                + " reason="
                + reason);
  }

  static void assertProblem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode doc = ServedWarehouse.json(r);
    assertThat(doc.get("status").asInt()).isEqualTo(status);
    assertThat(doc.get("detail").asText()).endsWith(".").doesNotContain("Exception", "at org.");
    assertThat(r.body()).doesNotContain("population");
  }
}
