package org.medmine.apps.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A CDS service as discovery lists it (CDS Hooks 2.0, "Discovery"): the hook it answers, its title,
 * description and id (its URL is {@code /cds-services/ID}), its prefetch templates and what using
 * it requires.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CdsService(
    String hook,
    String title,
    String description,
    String id,
    Map<String, String> prefetch,
    String usageRequirements) {
  /** The prefetch key of the patient's active medications. */
  public static final String MEDICATIONS = "medications";

  /** The prefetch key of the patient. */
  public static final String PATIENT = "patient";

  /** The templates every medmine service declares; each is honoured when the EHR sends it. */
  static final Map<String, String> TEMPLATES =
      Map.of(
          PATIENT, "Patient/{{context.patientId}}",
          MEDICATIONS, "MedicationRequest?patient={{context.patientId}}&status=active");

  /** medmine's services. */
  public static final List<CdsService> ALL =
      List.of(
          new CdsService(
              "order-select",
              "medmine drug interactions and pharmacogenomics (order-select)",
              "Drug-drug interaction cards (ONC high-priority and non-interruptive lists) and"
                  + " pharmacogenomic cards for the selected draft orders.",
              "medmine-order-select",
              TEMPLATES,
              "Send MedicationRequest draft orders coded with RxNorm."),
          new CdsService(
              "order-sign",
              "medmine drug interactions and pharmacogenomics (order-sign)",
              "Drug-drug interaction cards and pharmacogenomic cards for the orders about to be"
                  + " signed, against each other and the patient's active medications.",
              "medmine-order-sign",
              TEMPLATES,
              "Send MedicationRequest draft orders coded with RxNorm."),
          new CdsService(
              "patient-view",
              "medmine risk (patient-view)",
              "The patient's risk from a saved medmine study model, with its top factors and a"
                  + " link to the model card.",
              "medmine-patient-risk",
              Map.of(PATIENT, "Patient/{{context.patientId}}"),
              null));

  /** The service with {@code id}, if medmine has one. */
  public static java.util.Optional<CdsService> byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
