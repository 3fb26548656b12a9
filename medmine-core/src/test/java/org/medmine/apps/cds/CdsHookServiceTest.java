package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmine.apps.cds.OrderRequests.medicationRequest;
import static org.medmine.apps.cds.OrderRequests.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medmine.context.ResultJson;
import org.medmine.model.MedmineUserException;

class CdsHookServiceTest {
  private final CdsHookService service =
      new CdsHookService(AlertPolicy.DEFAULT, PgxAdvisor.NONE, PatientRisk.Source.NONE);

  private CdsResponse sign(ObjectNode request) {
    CdsResponse response =
        service.call(
            "medmine-order-sign", CdsRequest.parse(request.toString()), PatientRecords.NONE);
    CardSchema.assertValid(json(response));
    return response;
  }

  static JsonNode json(CdsResponse response) {
    try {
      return OrderRequests.JSON.readTree(ResultJson.write(response));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyHighPriorityPairOrderedTogetherYieldsAnInterruptiveCard() {
    List<String> silent = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int coded = 0;
    int n = 0;
    for (String[] p : KnowledgeBaseFiles.oncPairs("onc-high-priority.dsv")) {
      String a = IngredientResolver.rxnormName(p[0]);
      String b = IngredientResolver.rxnormName(p[2]);
      if (!seen.add(a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a)) {
        continue;
      }
      coded += (OrderRequests.coded(a) ? 1 : 0) + (OrderRequests.coded(b) ? 1 : 0);
      n++;
      CdsResponse r =
          sign(
              request(
                  "order-sign",
                  "hp-" + n,
                  "enc-" + n,
                  List.of(medicationRequest("a", a, "draft"), medicationRequest("b", b, "draft"))));
      boolean carded =
          r.cards().stream()
              .anyMatch(
                  c ->
                      c.indicator().equals("critical")
                          && c.summary().contains(a)
                          && c.summary().contains(b));
      if (!carded) {
        silent.add(a + "+" + b);
      }
    }
    assertThat(n).isEqualTo(1150);
    assertThat(silent).isEmpty();
    assertThat(coded).isGreaterThan(400);
  }

  @Test
  void pairsListedAsNonInteractingYieldNoCard() {
    int n = 0;
    for (String[] p : InteractionKnowledgeBaseTest.NON_INTERACTING) {
      CdsResponse r =
          sign(
              request(
                  "order-sign",
                  "none-" + n++,
                  "enc-none",
                  List.of(
                      medicationRequest("a", p[0], "draft"),
                      medicationRequest("b", p[1], "draft"))));
      assertThat(r.cards()).as("%s + %s", p[0], p[1]).isEmpty();
    }
  }

  @Test
  void aRepeatedOrderInOneEncounterYieldsOneCard() {
    List<ObjectNode> drafts =
        List.of(
            medicationRequest("s1", "simvastatin", "draft"),
            medicationRequest("c1", "clarithromycin", "draft"),
            medicationRequest("c2", "clarithromycin", "draft"));
    assertThat(sign(request("order-sign", "i1", "enc-7", drafts)).cards()).hasSize(1);
    assertThat(sign(request("order-sign", "i2", "enc-7", drafts)).cards()).isEmpty();
    assertThat(sign(request("order-sign", "i3", "enc-8", drafts)).cards()).hasSize(1);
  }

  @Test
  void aHighSeverityFloorDropsNonInterruptiveCardsAndTheyNeverInterrupt() {
    List<ObjectNode> drafts =
        List.of(
            medicationRequest("w", "warfarin", "draft"),
            medicationRequest("d", "dexamethasone", "draft"));
    CdsResponse moderate = sign(request("order-sign", "m1", "enc-m", drafts));
    assertThat(moderate.cards())
        .singleElement()
        .satisfies(c -> assertThat(c.indicator()).isEqualTo("info"));
    CdsHookService strict =
        new CdsHookService(
            new AlertPolicy(Severity.HIGH), PgxAdvisor.NONE, PatientRisk.Source.NONE);
    CdsResponse high =
        strict.call(
            "medmine-order-sign",
            CdsRequest.parse(request("order-sign", "m2", "enc-m2", drafts).toString()),
            PatientRecords.NONE);
    assertThat(high.cards()).isEmpty();
  }

  @Test
  void aCardCarriesDetailSourceSuggestionsAndOverrideReasons() {
    Card card =
        sign(request(
                "order-sign",
                "x1",
                "enc-x",
                List.of(
                    medicationRequest("s1", "simvastatin", "draft"),
                    medicationRequest("c1", "clarithromycin", "draft"))))
            .cards()
            .get(0);
    assertThat(card.summary()).hasSizeLessThan(140);
    assertThat(card.detail()).contains("Mechanism", "Management", "myopathy");
    assertThat(card.source().label()).contains("ONC high-priority");
    assertThat(card.source().topic().code()).isEqualTo("statin-cyp3a4-inhibitor");
    assertThat(card.suggestions())
        .extracting(Card.Suggestion::label)
        .anyMatch(l -> l.startsWith("Remove"));
    assertThat(card.suggestions())
        .anySatisfy(
            s -> assertThat(s.actions()).anySatisfy(a -> assertThat(a.resource()).isNotNull()));
    assertThat(card.overrideReasons()).isNotEmpty();
  }

  @Test
  void theMedicationsPrefetchIsHonouredAgainstActiveMedications() {
    ObjectNode req =
        request(
            "order-sign",
            "p1",
            "enc-p",
            List.of(medicationRequest("c1", "clarithromycin", "draft")));
    req.putObject("prefetch")
        .set(
            CdsService.MEDICATIONS,
            OrderRequests.medicationsBundle(
                List.of(medicationRequest("old", "simvastatin", "active"))));
    Card card = sign(req).cards().get(0);
    assertThat(card.detail()).contains("(active medication)");
    assertThat(card.suggestions().get(0).actions().get(0).resourceId())
        .containsExactly("MedicationRequest/c1");
  }

  @Test
  void orderSelectOnlyCardsTheSelectedOrders() {
    ObjectNode req =
        request(
            "order-select",
            "sel",
            "enc-s",
            List.of(
                medicationRequest("a", "methadone", "draft"),
                medicationRequest("b", "ondansetron", "draft"),
                medicationRequest("c", "amoxicillin", "draft")));
    ((ObjectNode) req.get("context")).putArray("selections").add("MedicationRequest/c");
    CdsResponse none =
        service.call("medmine-order-select", CdsRequest.parse(req.toString()), PatientRecords.NONE);
    assertThat(none.cards()).isEmpty();
    ((ObjectNode) req.get("context")).putArray("selections").add("MedicationRequest/a");
    CdsResponse one =
        service.call("medmine-order-select", CdsRequest.parse(req.toString()), PatientRecords.NONE);
    assertThat(one.cards()).hasSize(1);
  }

  @Test
  void pgxAdviceBecomesACardThroughTheAdvisor() {
    PgxAdvisor advisor =
        (patient, ingredient) ->
            ingredient.equals("clopidogrel")
                ? List.of(
                    new PgxAdvisor.PgxRecommendation(
                        "CYP2C19",
                        "Poor Metabolizer",
                        "Avoid clopidogrel; use prasugrel or ticagrelor if not contraindicated.",
                        "Strong",
                        true,
                        "CPIC clopidogrel and CYP2C19 (2022)"))
                : List.of();
    CdsHookService withPgx =
        new CdsHookService(AlertPolicy.DEFAULT, advisor, PatientRisk.Source.NONE);
    ObjectNode req =
        request(
            "order-sign", "g1", "enc-g", List.of(medicationRequest("c", "clopidogrel", "draft")));
    CdsResponse r =
        withPgx.call("medmine-order-sign", CdsRequest.parse(req.toString()), PatientRecords.NONE);
    CardSchema.assertValid(json(r));
    assertThat(r.cards())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.indicator()).isEqualTo("critical");
              assertThat(c.summary()).startsWith("CYP2C19 Poor Metabolizer: clopidogrel");
            });
  }

  @Test
  void aRequestWithoutItsRequiredFieldsIsAUserError() {
    assertThatThrownBy(() -> CdsRequest.parse("{\"hook\":\"order-sign\",\"context\":{}}"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("hookInstance");
    assertThatThrownBy(() -> CdsRequest.parse("not json")).isInstanceOf(MedmineUserException.class);
    ObjectNode wrongHook = request("patient-view", "w", null, List.of());
    assertThatThrownBy(
            () ->
                service.call(
                    "medmine-order-sign",
                    CdsRequest.parse(wrongHook.toString()),
                    PatientRecords.NONE))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("answers the order-sign hook");
  }
}
