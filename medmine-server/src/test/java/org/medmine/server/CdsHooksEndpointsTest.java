package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.CardSchema;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.prediction.PredictApp;
import org.medmine.apps.prediction.PredictOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.server.cds.CdsSettings;

/**
 * The CDS Hooks endpoints of a real server on a loopback port, over the shared Synthea warehouse,
 * called with a real HTTP client: discovery, order-sign with a CDS client's JWT (RS384, addressed
 * to the service URL), replay and audience refusals, feedback into the audit log, and patient-view
 * from a study model trained on the warehouse, with its model card served.
 */
class CdsHooksEndpointsTest {
  @TempDir static Path dir;
  static Path warehouse;
  static TestAuthority authority;
  static MedmineServer server;
  static String base;
  static String patientWithRisk;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve() throws Exception {
    warehouse = ServedWarehouse.warehouse(dir);
    authority = new TestAuthority();
    Path model = trainModel();
    Path auth = dir.resolve("auth.json");
    Files.writeString(
        auth,
        authority.authConfigJson(0).replace("\"maxBodyBytes\": 2048", "\"maxBodyBytes\": 262144"));
    server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, AuthConfig.load(auth), ServedWarehouse.warnings()),
            new CdsSettings(AlertPolicy.DEFAULT, Optional.of(model), PgxAdvisor.NONE, true));
    base = "http://127.0.0.1:" + server.port();
  }

  /** Trains the widened readmission study on the warehouse, as 'medmine study run' would. */
  static Path trainModel() throws Exception {
    Path model = SavedStudyModel.train(dir, warehouse);
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(warehouse))) {
      patientWithRisk =
          c.run(new PredictApp(), new PredictOptions(model, 0, 3))
              .scored()
              .get(0)
              .event()
              .patientId();
    }
    return model;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String cdsJwt(String audience) throws JOSEException {
    Instant now = Instant.now();
    return authority.rs384(
        new JWTClaimsSet.Builder()
            .issuer(TestAuthority.ISSUER)
            .audience(audience)
            .subject("ehr-user-17")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .jwtID(UUID.randomUUID().toString()));
  }

  static HttpResponse<String> post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String orderSign(String instance, String encounter) {
    return "{\"hook\": \"order-sign\", \"hookInstance\": \""
        + instance
        + "\", \"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \"no-such-patient\","
        + " \"encounterId\": \""
        + encounter
        + "\", \"draftOrders\": {\"resourceType\": \"Bundle\", \"entry\": ["
        + order("s1", "312961", "Simvastatin 20 MG Oral Tablet")
        + ", "
        + order("c1", "", "Clarithromycin 500 MG Oral Tablet")
        + "]}}}";
  }

  static String order(String id, String code, String display) {
    return "{\"resource\": {\"resourceType\": \"MedicationRequest\", \"id\": \""
        + id
        + "\", \"status\": \"draft\", \"intent\": \"order\", \"medicationCodeableConcept\":"
        + " {\"coding\": [{\"system\": \"http://www.nlm.nih.gov/research/umls/rxnorm\", \"code\": \""
        + code
        + "\", \"display\": \""
        + display
        + "\"}]}}}";
  }

  @Test
  void discoveryListsTheServicesWithTheirPrefetchTemplates() throws Exception {
    JsonNode doc = ServedWarehouse.json(ServedWarehouse.get(HTTP, base + "/cds-services", null));
    assertThat(doc.get("services").findValuesAsText("id"))
        .containsExactly("medmine-order-select", "medmine-order-sign", "medmine-patient-risk");
    assertThat(doc.get("services").get(1).get("prefetch").get("medications").asText())
        .isEqualTo("MedicationRequest?patient={{context.patientId}}&status=active");
  }

  @Test
  void orderSignWithACdsClientJwtAnswersAValidCardAndAuditsTheCall() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String url = base + "/cds-services/medmine-order-sign";
    HttpResponse<String> r =
        post(
            "/cds-services/medmine-order-sign",
            cdsJwt(url),
            orderSign(UUID.randomUUID().toString(), "e-1"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = JSON.readTree(r.body());
    CardSchema.assertValid(doc);
    assertThat(doc.get("cards")).hasSize(1);
    assertThat(doc.get("cards").get(0).get("indicator").asText()).isEqualTo("critical");
    assertThat(AuditTrail.since(warehouse, before))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .startsWith("ehr-user-17|clinician|POST /cds-services/medmine-order-sign|"));
  }

  @Test
  void aCallThatBringsItsMedicationsStillReadsTheStoredGenotypesUnderOneAuditEntry()
      throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String body =
        orderSign("pf-1", "e-pf")
            .replace(
                "\"context\":",
                "\"prefetch\": {\"medications\": {\"resourceType\": \"Bundle\", \"entry\": []}},"
                    + " \"context\":");
    HttpResponse<String> r =
        post(
            "/cds-services/medmine-order-sign",
            cdsJwt(base + "/cds-services/medmine-order-sign"),
            body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    CardSchema.assertValid(JSON.readTree(r.body()));
    assertThat(JSON.readTree(r.body()).get("cards")).hasSize(1);
    assertThat(AuditTrail.since(warehouse, before))
        .as("the patient's genotypes are read from the warehouse: one context, one entry")
        .hasSize(1);
  }

  @Test
  void aReplayedJwtAndOneForAnotherServiceAreRefused() throws Exception {
    String url = base + "/cds-services/medmine-order-sign";
    String jwt = cdsJwt(url);
    assertThat(post("/cds-services/medmine-order-sign", jwt, orderSign("r-1", "e-r")).statusCode())
        .isEqualTo(200);
    HttpResponse<String> replay =
        post("/cds-services/medmine-order-sign", jwt, orderSign("r-2", "e-r"));
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("used before");
    String other = cdsJwt(base + "/cds-services/medmine-order-select");
    assertThat(
            post("/cds-services/medmine-order-sign", other, orderSign("r-3", "e-r")).statusCode())
        .isEqualTo(401);
    assertThat(post("/cds-services/medmine-order-sign", null, orderSign("r-4", "e-r")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void feedbackIsRecordedInTheAuditLog() throws Exception {
    List<String> before = AuditTrail.entries(warehouse);
    String url = base + "/cds-services/medmine-order-sign";
    String body =
        "{\"feedback\": [{\"card\": \"9b2e0d8a-7c51-4f0e-9b1b-0c3a3e5d6f70\", \"outcome\":"
            + " \"overridden\", \"overrideReason\": {\"reason\": {\"code\": \"will-monitor\","
            + " \"system\": \"https://medmine.org/cds/override-reason\"}}, \"outcomeTimestamp\":"
            + " \"2026-12-07T10:00:00Z\"}]}";
    HttpResponse<String> r = post("/cds-services/medmine-order-sign/feedback", cdsJwt(url), body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("recorded").asInt()).isEqualTo(1);
    assertThat(AuditTrail.since(warehouse, before))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .contains(
                        "cds-feedback=9b2e0d8a-7c51-4f0e-9b1b-0c3a3e5d6f70:overridden:will-monitor"));
    HttpResponse<String> bad =
        post(
            "/cds-services/medmine-order-sign/feedback",
            ServedWarehouse.ADMIN,
            "{\"feedback\": [{}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void patientViewShowsTheStudyRiskAndLinksTheModelCard() throws Exception {
    String patient = patientWithRisk;
    String body =
        "{\"hook\": \"patient-view\", \"hookInstance\": \"pv-1\", \"context\": {\"userId\":"
            + " \"Practitioner/1\", \"patientId\": \""
            + patient
            + "\"}}";
    HttpResponse<String> r =
        post("/cds-services/medmine-patient-risk", ServedWarehouse.ADMIN, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = JSON.readTree(r.body());
    CardSchema.assertValid(doc);
    JsonNode card = doc.get("cards").get(0);
    assertThat(card.get("summary").asText())
        .contains("predicted risk (medmine study readmission-365d)");
    String link = card.get("links").get(0).get("url").asText();
    assertThat(link).isEqualTo(base + "/cds-services/model-card");
    HttpResponse<String> page = ServedWarehouse.get(HTTP, link, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html");
  }
}
