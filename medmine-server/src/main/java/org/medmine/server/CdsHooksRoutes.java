package org.medmine.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.medmine.apps.cds.CdsFeedbackApp;
import org.medmine.apps.cds.CdsHookApp;
import org.medmine.apps.cds.CdsHookOptions;
import org.medmine.apps.cds.CdsHookResult;
import org.medmine.apps.cds.CdsHookService;
import org.medmine.apps.cds.CdsRequest;
import org.medmine.apps.cds.CdsResponse;
import org.medmine.apps.cds.CdsService;
import org.medmine.apps.cds.PatientRecords;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.context.RefusedRequest;
import org.medmine.context.ResultJson;
import org.medmine.privacy.Role;
import org.medmine.server.auth.BearerJwtVerifier;
import org.medmine.server.auth.TokenRefused;
import org.medmine.server.cds.CdsClientVerifier;
import org.medmine.server.cds.CdsSettings;

/**
 * The CDS Hooks 2.0 endpoints of {@code medmine serve} (docs/cds-hooks.md): discovery at {@code GET
 * /cds-services}, the services at {@code POST /cds-services/{id}} and their feedback at {@code POST
 * /cds-services/{id}/feedback}, and the model card the risk card links to. A call is trusted by the
 * CDS client's JWT ({@link CdsClientVerifier}) or, failing that, by the API's own bearer tokens
 * ({@link ApiAuthentication}); it runs as an app through the {@link AppRunner}, so it is consent
 * filtered and writes one audit entry (feedback is recorded in that entry).
 */
final class CdsHooksRoutes {
  private static final String CALLER = "medmine.cds.caller";

  private final AppRunner runner;
  private final ApiAuthentication api;
  private final CdsClientVerifier clients;
  private final CallerRateLimit limit;
  private final StudyRisk risk;
  private final CdsHookService service;
  private final boolean advisorReadsWarehouse;
  private final boolean storedGenotypes;

  CdsHooksRoutes(
      ServerSettings settings,
      CdsSettings cds,
      AppRunner runner,
      ApiAuthentication api,
      CallerRateLimit limit) {
    this.runner = runner;
    this.api = api;
    this.limit = limit;
    this.clients =
        new CdsClientVerifier(
            settings.auth().issuers(), settings.auth().clockSkew(), Clock.systemUTC());
    this.risk = new StudyRisk(cds.riskModel(), runner);
    this.service = new CdsHookService(cds.policy(), cds.advisor(), risk);
    this.storedGenotypes = cds.storedGenotypes();
    this.advisorReadsWarehouse = cds.advisor() != PgxAdvisor.NONE || storedGenotypes;
  }

  void register(JavalinConfig config) {
    config.routes.before("/cds-services/{id}", this::authenticate);
    config.routes.before("/cds-services/{id}/feedback", this::authenticate);
    config.routes.get(
        "/cds-services",
        ctx ->
            ctx.contentType("application/json")
                .result(ResultJson.write(Map.of("services", CdsService.ALL))));
    config.routes.get(StudyRisk.MODEL_CARD_PATH, risk::modelCard);
    config.routes.post("/cds-services/{id}", this::call);
    config.routes.post("/cds-services/{id}/feedback", this::feedback);
  }

  private void authenticate(Context ctx) {
    if (!ctx.method().name().equals("POST")) {
      return;
    }
    String header = ctx.header("Authorization");
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    String serviceUrl = ctx.url().replaceFirst("/feedback$", "");
    if (!BearerJwtVerifier.looksLikeJwt(token) || !clients.addressedTo(token, serviceUrl)) {
      ctx.attribute(CALLER, api.authenticate(ctx));
      return;
    }
    try {
      Map.Entry<String, Role> who =
          clients
              .verify(token, serviceUrl)
              .orElseThrow(() -> TokenRefused.invalid("malformed-token", "The JWT is malformed."));
      limit.charge(ctx, "user " + who.getKey());
      ctx.attribute(CALLER, new Caller(who.getKey(), who.getValue()));
    } catch (TokenRefused e) {
      limit.charge(ctx, "address " + ctx.ip());
      runner.recordRefusal(
          new RefusedRequest(
              "cds-client", Optional.empty(), "POST " + ctx.path(), e.status(), e.reason()));
      throw e;
    }
  }

  private void call(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    String id = ctx.pathParam("id");
    String body = ctx.body();
    if (id.equals("medmine-patient-risk")) {
      risk.prepare(caller, ctx.url().replaceFirst("/cds-services/.*$", ""));
    }
    CdsRequest request = CdsRequest.parse(body);
    if (!id.equals("medmine-patient-risk") && bringsItsData(request)) {
      CdsResponse response = service.call(id, request, PatientRecords.NONE);
      ctx.contentType("application/json").result(ResultJson.write(response));
      return;
    }
    Object answer =
        runner.run(
            caller,
            "POST /cds-services/" + id,
            false,
            new CdsHookApp(service, storedGenotypes),
            new CdsHookOptions(id, body),
            CdsHookResult::toJson);
    ctx.contentType("application/json").result(ResultJson.write(answer));
  }

  /**
   * Whether an order hook call needs nothing from the warehouse: its active medications are
   * prefetched or on the EHR's FHIR server, and no pharmacogenomic advisor reads genotypes. Such a
   * call opens no analysis context (it reads no warehouse row, so it writes no audit entry), and
   * calls answer in parallel instead of taking turns.
   */
  private boolean bringsItsData(CdsRequest request) {
    return !advisorReadsWarehouse
        && (request.prefetch().hasNonNull(CdsService.MEDICATIONS) || request.fhirServer() != null);
  }

  private void feedback(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    String id = ctx.pathParam("id");
    Object answer =
        runner.run(
            caller,
            "POST /cds-services/" + id + "/feedback",
            false,
            new CdsFeedbackApp(),
            new CdsFeedbackApp.Options(id, ctx.body()));
    ctx.contentType("application/json").result(ResultJson.write(answer));
  }
}
