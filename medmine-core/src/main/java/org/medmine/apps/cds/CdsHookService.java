package org.medmine.apps.cds;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/**
 * Answers CDS Hooks 2.0 calls of medmine's services ({@link CdsService#ALL}): {@code order-select}
 * and {@code order-sign} with interaction cards ({@link InteractionCards}) and pharmacogenomic
 * cards ({@link PgxAdvisor}), {@code patient-view} with the patient's risk ({@link PatientRisk}).
 * The patient's active medications come from the request's {@code medications} prefetch when the
 * EHR sent it, else from its {@code fhirServer} with its {@code fhirAuthorization} token, else from
 * the {@link PatientRecords} the caller gives (the warehouse). One service is shared by every call
 * of a server, since its {@link AlertLedger} remembers what each encounter was shown.
 */
public final class CdsHookService {
  private final IngredientResolver resolver;
  private final InteractionCards interactions;
  private final PgxCards pgx;
  private final PatientRisk.Source risks;
  private final HttpClient http;

  /**
   * The service as {@code medmine cds} runs it: interaction cards at or above {@code severityFloor}
   * (a {@link Severity} name), no pharmacogenomic advisor and no risk model.
   */
  public static CdsHookService standalone(String severityFloor) {
    return new CdsHookService(
        new AlertPolicy(Severity.parse(severityFloor)), PgxAdvisor.NONE, PatientRisk.Source.NONE);
  }

  /** A service over the shipped knowledge base with {@code policy}, {@code advisor} and risks. */
  public CdsHookService(AlertPolicy policy, PgxAdvisor advisor, PatientRisk.Source risks) {
    AlertLedger ledger = new AlertLedger(100_000);
    this.resolver = IngredientResolver.shipped();
    this.interactions =
        new InteractionCards(
            InteractionKnowledgeBase.shipped(), policy, ledger, Replacements.shipped());
    this.pgx = new PgxCards(advisor, ledger);
    this.risks = risks;
    this.http = FhirServerRecords.newClient();
  }

  /** Answers {@code request} sent to the service {@code serviceId}. */
  public CdsResponse call(String serviceId, CdsRequest request, PatientRecords warehouse) {
    return call(serviceId, request, warehouse, PgxAdvisor.NONE);
  }

  /**
   * Answers {@code request} sent to the service {@code serviceId}, with {@code genotypes}' advice
   * beside the service's own advisor (the warehouse's stored genotypes, {@link CdsHookApp}).
   */
  public CdsResponse call(
      String serviceId, CdsRequest request, PatientRecords warehouse, PgxAdvisor genotypes) {
    CdsService service =
        CdsService.byId(serviceId)
            .orElseThrow(
                () ->
                    new MedmineUserException(
                        "No CDS service '"
                            + serviceId
                            + "': GET /cds-services lists medmine's services."));
    if (!service.hook().equals(request.hook())) {
      throw new MedmineUserException(
          "The service "
              + serviceId
              + " answers the "
              + service.hook()
              + " hook, not "
              + request.hook()
              + ".");
    }
    String patientId = request.patientId();
    if (service.hook().equals("patient-view")) {
      return new CdsResponse(
          risks.risk(patientId).map(r -> List.of(RiskCard.of(request, r))).orElse(List.of()));
    }
    return orderCards(request, patientId, warehouse, genotypes);
  }

  private CdsResponse orderCards(
      CdsRequest request, String patientId, PatientRecords warehouse, PgxAdvisor genotypes) {
    List<MedicationOrder> drafts =
        MedicationOrder.fromResources(
            MedicationOrder.resources(request.context().get("draftOrders")), resolver);
    if (drafts.isEmpty()) {
      return new CdsResponse(List.of());
    }
    Set<String> selected = new HashSet<>();
    request.context().path("selections").forEach(s -> selected.add(s.asText()));
    List<MedicationOrder> focus = new ArrayList<>();
    List<MedicationOrder> others = new ArrayList<>();
    for (MedicationOrder d : drafts) {
      boolean inFocus = !request.hook().equals("order-select") || selected.contains(d.reference());
      (inFocus ? focus : others).add(d);
    }
    List<MedicationOrder> active = activeMedications(request, patientId, warehouse);
    List<Card> cards = new ArrayList<>();
    cards.addAll(
        interactions.cards(
            request.hookInstance(),
            patientId,
            request.encounterId(),
            new InteractionCards.OrderSet(focus, others, active)));
    cards.addAll(
        pgx.cards(request.hookInstance(), patientId, request.encounterId(), focus, genotypes));
    cards.sort(Comparator.comparing(c -> !c.indicator().equals("critical")));
    return new CdsResponse(cards);
  }

  private List<MedicationOrder> activeMedications(
      CdsRequest request, String patientId, PatientRecords warehouse) {
    if (request.prefetch().hasNonNull(CdsService.MEDICATIONS)) {
      return MedicationOrder.fromResources(
          MedicationOrder.resources(request.prefetch().get(CdsService.MEDICATIONS)), resolver);
    }
    if (request.fhirServer() != null) {
      return new FhirServerRecords(http, request.fhirServer(), request.accessToken(), resolver)
          .activeMedications(patientId);
    }
    return warehouse.activeMedications(patientId);
  }

  /** The resolver the service uses (the warehouse reader resolves its rows with it too). */
  public IngredientResolver resolver() {
    return resolver;
  }
}
