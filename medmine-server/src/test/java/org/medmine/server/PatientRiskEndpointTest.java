package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.prediction.PredictApp;
import org.medmine.apps.prediction.PredictOptions;
import org.medmine.apps.prediction.SavedModel;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.server.cds.CdsSettings;

/**
 * {@code /api/v1/patients/{id}/risk}: a patient's risk is that of their latest index event as
 * {@code medmine predict} scores it with the same saved model, with the same top factors; a
 * clinician may read it from an identified warehouse, an analyst and an auditor may not; a patient
 * who denied consent and an unknown patient get the same 404, with no data; the audit entry names
 * the patient.
 */
class PatientRiskEndpointTest {
  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aPatientsRiskIsTheirLatestScoredEventUnderTheRolesAndConsent() throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    Path model = SavedStudyModel.train(dir, warehouse);
    SavedModel.Scored expected = latestScoredEventOfSomePatient(warehouse, model);
    String patient = expected.event().patientId();
    List<String> warnings = ServedWarehouse.warnings();
    CdsSettings cds =
        new CdsSettings(AlertPolicy.DEFAULT, Optional.of(model), PgxAdvisor.NONE, true);
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), warnings), cds)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/patients/";
      String url = base + patient + "/risk?study=" + SavedStudyModel.STUDY;
      List<String> before = AuditTrail.entries(warehouse);
      for (String token : List.of(ServedWarehouse.ADMIN, ServedWarehouse.CLINICIAN)) {
        HttpResponse<String> r = ServedWarehouse.get(client, url, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = ServedWarehouse.json(r);
        assertThat(doc.get("patient").asText()).isEqualTo(patient);
        assertThat(doc.get("index_time").asText())
            .isEqualTo(expected.event().indexTime().toString());
        assertThat(doc.get("risk").asDouble()).isEqualTo(expected.risk());
        assertThat(doc.get("factors").findValuesAsText("feature"))
            .containsExactlyElementsOf(
                expected.topFactors().stream().map(f -> f.feature()).toList());
      }
      assertThat(AuditTrail.since(warehouse, before))
          .hasSize(2)
          .allSatisfy(e -> assertThat(e).contains("|GET /api/v1/patients/" + patient + "/risk|"));

      assertThat(ServedWarehouse.get(client, url, ServedWarehouse.ANALYST).statusCode())
          .as("an analyst reads no identified warehouse")
          .isEqualTo(403);
      assertThat(ServedWarehouse.get(client, url, ServedWarehouse.AUDITOR).statusCode())
          .isEqualTo(403);
      assertThat(ServedWarehouse.get(client, url, null).statusCode()).isEqualTo(401);
      HttpResponse<String> otherStudy =
          ServedWarehouse.get(
              client, base + patient + "/risk?study=t2d-onset-1y", ServedWarehouse.ADMIN);
      assertThat(otherStudy.statusCode()).isEqualTo(400);
      assertThat(ServedWarehouse.json(otherStudy).get("detail").asText())
          .isEqualTo(
              "Name the study to score with study=readmission-365d, the study this server serves.");

      HttpResponse<String> unknown =
          ServedWarehouse.get(
              client,
              base + "no-such-patient/risk?study=" + SavedStudyModel.STUDY,
              ServedWarehouse.ADMIN);
      assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
      assertThat(ServedWarehouse.json(unknown).get("detail").asText())
          .isEqualTo(
              "No readmission-365d risk for this patient: the study scores none of their visits here.");
      ServedWarehouse.denyConsent(warehouse, patient);
      HttpResponse<String> denied = ServedWarehouse.get(client, url, ServedWarehouse.CLINICIAN);
      assertThat(denied.statusCode()).as(denied.body()).isEqualTo(404);
      assertThat(denied.headers().firstValue("Content-Type").orElse(""))
          .startsWith(ApiErrors.PROBLEM_JSON);
      assertThat(denied.body())
          .as("the same answer as for an unknown patient")
          .isEqualTo(unknown.body())
          .doesNotContain(patient, "factors", "index_time");
    }
    assertThat(warnings).isEmpty();
  }

  /** What 'medmine predict' scores for the patient of the highest risk: their latest event. */
  private static SavedModel.Scored latestScoredEventOfSomePatient(Path warehouse, Path model) {
    List<SavedModel.Scored> scored;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(warehouse))) {
      scored = c.run(new PredictApp(), new PredictOptions(model, 0, 3)).scored();
    }
    String patient = scored.get(0).event().patientId();
    return scored.stream()
        .filter(s -> s.event().patientId().equals(patient))
        .max(Comparator.comparing(s -> s.event().indexTime()))
        .orElseThrow();
  }
}
