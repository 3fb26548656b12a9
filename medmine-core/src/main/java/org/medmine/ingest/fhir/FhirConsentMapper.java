package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.firstCoding;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.periodEnd;
import static org.medmine.ingest.fhir.FhirValues.periodStart;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps an R4 Consent (FHIR R4 §6.2, Consent) to a {@code consent} row: the patient, the status, the
 * scope (e.g. {@code research}, {@code patient-privacy}) and first category, and the decision of
 * its base provision ({@code provision.type} permit or deny) with the provision's period. The
 * access layer excludes the patients of active deny consents of research or privacy scope within
 * their period. A Consent it cannot read as a decision is quarantined: no patient, a status or
 * provision type outside R4's value sets, no scope (required in R4), or no provision type.
 */
final class FhirConsentMapper {
  private static final Set<String> STATUSES =
      Set.of("draft", "proposed", "active", "rejected", "inactive", "entered-in-error");

  private FhirConsentMapper() {}

  static Row consent(String id, JsonNode r) {
    String t = "Consent";
    Row row =
        FhirResourceMapper.row(
            Table.CONSENT, id, FhirResourceMapper.subject(r, "patient", t), r, null, t);
    String status = text(r, "status", t);
    if (status == null || !STATUSES.contains(status)) {
      throw new FhirFormatException(
          t
              + ".status is "
              + (status == null ? "missing" : "'" + status + "'")
              + ": expected one of draft, proposed, active, rejected, inactive, entered-in-error");
    }
    String scope = coding(r, "scope", t).code();
    if (scope == null) {
      throw new FhirFormatException(
          t + ".scope is missing: R4 requires it (e.g. research or patient-privacy)");
    }
    JsonNode provision = object(r, "provision", t);
    String decision = provision == null ? null : text(provision, "type", t + ".provision");
    if (decision == null || !(decision.equals("permit") || decision.equals("deny"))) {
      throw new FhirFormatException(
          t
              + ".provision.type is "
              + (decision == null ? "missing" : "'" + decision + "'")
              + ": expected permit or deny");
    }
    row.set("status", status)
        .set("scope_code", scope)
        .set("category_code", firstCoding(r, "category", t).code());
    row.set("decision", decision);
    row.set("start_time", periodStart(provision, "period", t + ".provision"));
    row.set("end_time", periodEnd(provision, "period", t + ".provision"));
    return row;
  }
}
