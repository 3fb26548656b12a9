package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * Requests built from the CDS Hooks 2.0 specification's examples (the HTTP request example and the
 * R4 examples of the order-sign and order-select hooks), with {@code fhirServer} pointing at a
 * small FHIR endpoint on 127.0.0.1 that holds the patient's active medications.
 */
class CdsSpecExamplesTest {
  private static final String TOKEN = "some-opaque-fhir-access-token";

  private static String example(String name, String fhirServer) throws IOException {
    try (InputStream in = CdsSpecExamplesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("FHIR_SERVER", fhirServer);
    }
  }

  private static String activeBundle(String ingredient) {
    return OrderRequests.medicationsBundle(
            List.of(OrderRequests.medicationRequest("active-1", ingredient, "active")))
        .toString();
  }

  @Test
  void theOrderSignExampleIsAnsweredWithTheFhirServersMedications() throws IOException {
    CdsHookService service =
        new CdsHookService(AlertPolicy.DEFAULT, PgxAdvisor.NONE, PatientRisk.Source.NONE);
    try (LoopbackFhirServer fhir = new LoopbackFhirServer(TOKEN, activeBundle("amoxicillin"))) {
      CdsResponse r =
          service.call(
              "medmine-order-sign",
              CdsRequest.parse(example("spec-order-sign-r4.json", fhir.base())),
              PatientRecords.NONE);
      CardSchema.assertValid(CdsHookServiceTest.json(r));
      assertThat(r.cards()).isEmpty();
      assertThat(fhir.queries).containsExactly("patient=1288992&status=active");
    }
  }

  @Test
  void anInteractionWithAnActiveMedicationOnTheFhirServerMakesACard() throws IOException {
    CdsHookService service =
        new CdsHookService(AlertPolicy.DEFAULT, PgxAdvisor.NONE, PatientRisk.Source.NONE);
    // the R4 example's draft order, with an active methotrexate... here: a drug the KB pairs
    String body =
        example("spec-order-select-r4.json", "http://127.0.0.1:1/unused")
            .replace("617993", "309309")
            .replace(
                "Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension",
                "ciprofloxacin 500 MG Oral Tablet");
    try (LoopbackFhirServer fhir = new LoopbackFhirServer(TOKEN, activeBundle("tizanidine"))) {
      CdsResponse r =
          service.call(
              "medmine-order-select",
              CdsRequest.parse(body.replace("http://127.0.0.1:1/unused", fhir.base())),
              PatientRecords.NONE);
      CardSchema.assertValid(CdsHookServiceTest.json(r));
      assertThat(r.cards())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.indicator()).isEqualTo("critical");
                assertThat(c.source().topic().code()).isEqualTo("tizanidine-cyp1a2-inhibitor");
              });
    }
  }

  @Test
  void aFhirServerThatRefusesTheTokenIsAUserError() throws IOException {
    CdsHookService service =
        new CdsHookService(AlertPolicy.DEFAULT, PgxAdvisor.NONE, PatientRisk.Source.NONE);
    try (LoopbackFhirServer fhir = new LoopbackFhirServer("another-token", activeBundle("x"))) {
      String body = example("spec-order-sign-r4.json", fhir.base());
      assertThatThrownBy(
              () -> service.call("medmine-order-sign", CdsRequest.parse(body), PatientRecords.NONE))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("answered 401");
    }
  }

  @Test
  void thePatientViewExampleGetsTheRiskCard() throws IOException {
    PatientRisk risk =
        new PatientRisk(
            "readmission-30d",
            "30-day readmission",
            0.27,
            List.of(new PatientRisk.Factor("prior_admissions_365d", true)),
            "http://127.0.0.1:8080/api/v1/studies/readmission-30d");
    CdsHookService service =
        new CdsHookService(
            AlertPolicy.DEFAULT,
            PgxAdvisor.NONE,
            patient -> patient.equals("1288992") ? Optional.of(risk) : Optional.empty());
    CdsResponse r =
        service.call(
            "medmine-patient-risk",
            CdsRequest.parse(example("spec-patient-view.json", "http://127.0.0.1:1/unused")),
            PatientRecords.NONE);
    CardSchema.assertValid(CdsHookServiceTest.json(r));
    assertThat(r.cards())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary())
                  .isEqualTo(
                      "30-day readmission: 27% predicted risk (medmine study readmission-30d)");
              assertThat(c.indicator()).isEqualTo("info");
              assertThat(c.links())
                  .singleElement()
                  .satisfies(l -> assertThat(l.url()).endsWith("readmission-30d"));
              assertThat(c.detail()).contains("prior_admissions_365d (raises the risk)");
            });
  }

  @Test
  void theSchemaRejectsWhatTheSpecificationForbids() {
    var bad =
        OrderRequests.JSON
            .createObjectNode()
            .set(
                "cards",
                OrderRequests.JSON
                    .createArrayNode()
                    .add(
                        OrderRequests.JSON
                            .createObjectNode()
                            .put("summary", "x".repeat(140))
                            .put("indicator", "hard-stop")));
    assertThat(CardSchema.violations(bad)).hasSizeGreaterThanOrEqualTo(3);
  }
}
