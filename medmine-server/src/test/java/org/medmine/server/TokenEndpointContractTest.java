package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMART Backend Services contract of issue 18 against a server on a loopback port: a registered
 * client trades a signed assertion for an access token that the API then serves (its client id the
 * audit actor), a replayed, long-lived or misdirected assertion is invalid_client, a scope the
 * client may not have is invalid_scope (RFC 6749 section 5.2), each refusal is audited; and the
 * request limits: an oversized body is 413, too many requests 429, as problem documents.
 */
class TokenEndpointContractTest {
  static final int PER_MINUTE = 30;
  static final String ADMIN_AND_MORE = "system/medmine.admin system/Patient.rs";

  @TempDir static Path dir;
  static Path warehouse;
  static MedmineServer server;
  static String base;
  static String tokenUrl;
  static TestAuthority idp;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    warehouse = ServedWarehouse.warehouse(dir);
    idp = new TestAuthority();
    Path auth = Files.writeString(dir.resolve("auth.json"), idp.authConfigJson(PER_MINUTE));
    server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, AuthConfig.load(auth), ServedWarehouse.warnings()));
    base = "http://127.0.0.1:" + server.port();
    tokenUrl = base + "/auth/token";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aClientTradesItsAssertionForAnAccessTokenThatTheApiServes() throws Exception {
    HttpResponse<String> r =
        postToken(idp.assertion(tokenUrl, Duration.ofMinutes(4)), ADMIN_AND_MORE);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode answer = ServedWarehouse.json(r);
    assertThat(answer.get("token_type").asText()).isEqualTo("bearer");
    assertThat(answer.get("expires_in").asLong()).isEqualTo(300);
    assertThat(answer.get("scope").asText()).isEqualTo("system/medmine.admin");
    String accessToken = answer.get("access_token").asText();

    SignedJWT jwt = SignedJWT.parse(accessToken);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
    JWKSet published =
        JWKSet.parse(ServedWarehouse.get(CLIENT, base + "/auth/jwks.json", null).body());
    assertThat(published.getKeys()).singleElement().matches(k -> !k.isPrivate());
    assertThat(jwt.verify(new ECDSAVerifier((ECKey) published.getKeys().get(0)))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(TestAuthority.CLIENT_ID);

    List<String> before = AuditTrail.entries(warehouse);
    HttpResponse<String> stats = ServedWarehouse.get(CLIENT, base + "/api/v1/stats", accessToken);
    assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
    assertThat(ServedWarehouse.json(stats).get("run").get("role").asText()).isEqualTo("admin");
    assertThat(AuditTrail.since(warehouse, before))
        .singleElement()
        .asString()
        .startsWith(TestAuthority.CLIENT_ID + "|admin|GET /api/v1/stats|access=read");
  }

  @Test
  void aReplayedAssertionIsInvalidClientAndAudited() throws Exception {
    String assertion = idp.assertion(tokenUrl, Duration.ofMinutes(4));
    assertThat(postToken(assertion, "system/medmine.auditor").statusCode()).isEqualTo(200);
    List<String> before = AuditTrail.entries(warehouse);
    assertOAuthError(postToken(assertion, "system/medmine.auditor"), 401, "invalid_client");
    assertThat(AuditTrail.since(warehouse, before))
        .containsExactly(
            "unknown|none|POST /auth/token|outcome=refused status=401 reason=assertion-replayed");
  }

  @Test
  void badAssertionsAreInvalidClient() throws Exception {
    assertOAuthError(
        postToken(idp.assertion(tokenUrl, Duration.ofMinutes(10)), ADMIN_AND_MORE),
        401,
        "invalid_client");
    assertOAuthError(
        postToken(idp.assertion(base + "/elsewhere", Duration.ofMinutes(4)), ADMIN_AND_MORE),
        401,
        "invalid_client");
    TestAuthority intruder = new TestAuthority();
    assertOAuthError(
        postToken(intruder.assertion(tokenUrl, Duration.ofMinutes(4)), ADMIN_AND_MORE),
        401,
        "invalid_client");
    String anIdpToken = idp.rs256(TestAuthority.claims(TestAuthority.CLIENT_ID, "x"));
    assertOAuthError(postToken(anIdpToken, ADMIN_AND_MORE), 401, "invalid_client");
  }

  @Test
  void aScopeTheClientMayNotHaveIsInvalidScope() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    HttpResponse<String> r =
        postToken(idp.assertion(tokenUrl, Duration.ofMinutes(4)), "system/medmine.analyst");
    assertOAuthError(r, 400, "invalid_scope");
    assertThat(AuditTrail.since(warehouse, before))
        .containsExactly(
            TestAuthority.CLIENT_ID
                + "|none|POST /auth/token|outcome=refused status=400 reason=invalid-scope");
    HttpResponse<String> two =
        postToken(
            idp.assertion(tokenUrl, Duration.ofMinutes(4)),
            "system/medmine.admin system/medmine.auditor");
    assertOAuthError(two, 400, "invalid_scope");
  }

  @Test
  void anotherGrantTypeIsUnsupported() throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("username", "alice");
    assertOAuthError(post(tokenUrl, form), 400, "unsupported_grant_type");
  }

  @Test
  void anOversizedBodyIs413WhetherDeclaredOrStreamed() throws Exception {
    byte[] big = ("scope=" + "a".repeat(4096)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> declared =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    BearerTokenContractTest.assertProblem(declared, 413);
    HttpResponse<String> streamed =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    BearerTokenContractTest.assertProblem(streamed, 413);
    HttpResponse<String> toTheApi =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/stats"))
                .header("Authorization", "Bearer " + ServedWarehouse.ADMIN)
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    BearerTokenContractTest.assertProblem(toTheApi, 413);
  }

  @Test
  void aCallerOverTheRateLimitIs429() throws Exception {
    String token = idp.es256(TestAuthority.claims("rate-probe", "system/medmine.auditor"));
    for (int i = 0; i < PER_MINUTE; i++) {
      assertThat(ServedWarehouse.get(CLIENT, base + "/api/v1/version", token).statusCode())
          .as("request %d of %d", i + 1, PER_MINUTE)
          .isEqualTo(200);
    }
    // The window is a fixed minute: should it turn over during the loop above, the limit is
    // reached again within as many requests more.
    int status = 0;
    for (int i = 0; i <= PER_MINUTE && status != 429; i++) {
      status = ServedWarehouse.get(CLIENT, base + "/api/v1/version", token).statusCode();
    }
    assertThat(status).isEqualTo(429);
    HttpResponse<String> limited = ServedWarehouse.get(CLIENT, base + "/api/v1/version", token);
    BearerTokenContractTest.assertProblem(limited, 429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(
            ServedWarehouse.get(CLIENT, base + "/api/v1/version", ServedWarehouse.ADMIN)
                .statusCode())
        .as("another caller is not limited")
        .isEqualTo(200);
  }

  private static void assertOAuthError(HttpResponse<String> r, int status, String error)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode doc = ServedWarehouse.json(r);
    assertThat(doc.get("error").asText()).isEqualTo(error);
    assertThat(doc.get("error_description").asText()).endsWith(".");
    assertThat(doc.has("access_token")).isFalse();
  }

  private static HttpResponse<String> postToken(String assertion, String scope) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.put("client_assertion", assertion);
    form.put("scope", scope);
    return post(tokenUrl, form);
  }

  private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
