package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.first;
import static org.medmine.ingest.fhir.FhirValues.money;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.periodEnd;
import static org.medmine.ingest.fhir.FhirValues.periodStart;
import static org.medmine.ingest.fhir.FhirValues.reference;
import static org.medmine.ingest.fhir.FhirValues.referenceValue;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.fhir.FhirValues.Coding;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps Claim and ExplanationOfBenefit (FHIR R4 §13) to one {@code claim} row and one {@code
 * claim_line} row per item and per diagnosis. Diagnoses given by reference to a Condition get their
 * code in the warehouse, after the run, from the condition they name.
 */
final class FhirClaimMapper {

  List<Row> claim(String id, JsonNode r, String patient, boolean eob) {
    String t = eob ? "ExplanationOfBenefit" : "Claim";
    Row claim = header(id, r, patient, eob, t);
    List<Row> rows = new ArrayList<>();
    rows.add(claim);
    int d = 0;
    for (JsonNode diagnosis : array(r, "diagnosis", t)) {
      rows.add(diagnosisLine(claim, id, patient, diagnosis, d, t + ".diagnosis[" + d + "]"));
      d++;
    }
    int i = 0;
    for (JsonNode item : array(r, "item", t)) {
      rows.add(itemLine(claim, id, patient, item, t + ".item[" + i + "]"));
      i++;
    }
    return rows;
  }

  /**
   * The {@code claim} row: type, status, use, billable period, provider, facility, payer and
   * amounts.
   */
  private static Row header(String id, JsonNode r, String patient, boolean eob, String t) {
    Row claim =
        new Row(Table.CLAIM)
            .set("id", id)
            .set("patient_id", patient)
            .set("kind", eob ? "eob" : "claim");
    claim
        .set("type_code", coding(r, "type", t).code())
        .set("status", text(r, "status", t))
        .set("use", text(r, "use", t));
    claim
        .set("start_time", periodStart(r, "billablePeriod", t))
        .set("end_time", periodEnd(r, "billablePeriod", t));
    claim.set("created_time", dateTime(r, "created", t));
    String provider = reference(r, "provider", t);
    if (provider != null && provider.startsWith("Organization")) {
      claim.set("organization_id", provider);
    } else {
      claim.set("provider_id", provider);
    }
    claim.set("location_id", reference(r, "facility", t));
    JsonNode insurer = object(r, "insurer", t);
    JsonNode insurance = first(r, "insurance", t);
    JsonNode coverage = insurance == null ? null : object(insurance, "coverage", t + ".insurance");
    String payer = insurer != null ? text(insurer, "display", t + ".insurer") : null;
    if (payer == null && coverage != null) {
      payer = text(coverage, "display", t + ".insurance.coverage");
    }
    claim.set("payer_name", payer);
    if (eob) {
      claim.set("claim_ref", reference(r, "claim", t));
      claim.set("total", eobTotal(r, t));
      JsonNode payment = object(r, "payment", t);
      if (payment != null) {
        claim.set(
            "payment", money(object(payment, "amount", t + ".payment"), t + ".payment.amount"));
      }
    } else {
      JsonNode total = object(r, "total", t);
      claim.set("total", money(total, t + ".total"));
      claim.set("currency", total == null ? null : text(total, "currency", t + ".total"));
    }
    return claim;
  }

  /**
   * The line of the {@code d}th diagnosis (at {@code p}); the first four codes also go on the claim
   * row.
   */
  private static Row diagnosisLine(
      Row claim, String id, String patient, JsonNode diagnosis, int d, String p) {
    Row line = line(id, patient, "d", diagnosis, p).set("line_kind", "diagnosis");
    JsonNode ref = object(diagnosis, "diagnosisReference", p);
    if (ref != null) {
      line.set("diagnosis_ref", referenceValue(ref, p + ".diagnosisReference"));
    }
    Coding c = coding(diagnosis, "diagnosisCodeableConcept", p);
    line.set("code_system", c.system()).set("code", c.code()).set("code_display", c.display());
    if (d < 4 && c.code() != null) {
      claim.set("diagnosis_" + (d + 1) + "_code", c.code());
    }
    return line;
  }

  /** The line of an item (at {@code p}); the first item's encounter is also the claim row's. */
  private static Row itemLine(Row claim, String id, String patient, JsonNode item, String p) {
    Row line = line(id, patient, "i", item, p).set("line_kind", "item");
    Coding c = coding(item, "productOrService", p);
    line.set("code_system", c.system()).set("code", c.code()).set("code_display", c.display());
    JsonNode enc = first(item, "encounter", p);
    if (enc != null) {
      String encounter = referenceValue(enc, p + ".encounter");
      line.set("encounter_id", encounter);
      if (claim.get("encounter_id") == null) {
        claim.set("encounter_id", encounter);
      }
    }
    LocalDateTime served = dateTime(item, "servicedDate", p);
    line.set("service_start", served != null ? served : periodStart(item, "servicedPeriod", p));
    line.set("service_end", served != null ? served : periodEnd(item, "servicedPeriod", p));
    JsonNode quantity = object(item, "quantity", p);
    if (quantity != null) {
      line.set("quantity", FhirValues.number(quantity, "value", p + ".quantity"));
    }
    line.set("unit_price", money(object(item, "unitPrice", p), p + ".unitPrice"));
    line.set("net", money(object(item, "net", p), p + ".net"));
    line.set(
        "payment",
        adjudicated(item, "http://terminology.hl7.org/CodeSystem/adjudication", "benefit", p));
    return line;
  }

  private static Row line(String claimId, String patient, String kind, JsonNode node, String path) {
    Double seq = FhirValues.number(node, "sequence", path);
    Row line = new Row(Table.CLAIM_LINE).set("claim_id", claimId).set("patient_id", patient);
    int sequence = seq == null ? 0 : seq.intValue();
    return line.set("id", claimId + "#" + kind + sequence).set("sequence", sequence);
  }

  private static BigDecimal eobTotal(JsonNode r, String t) {
    BigDecimal first = null;
    for (JsonNode total : array(r, "total", t)) {
      BigDecimal amount = money(object(total, "amount", t + ".total"), t + ".total.amount");
      String category = coding(total, "category", t + ".total").code();
      if ("submitted".equals(category)) {
        return amount;
      }
      if (first == null) {
        first = amount;
      }
    }
    return first;
  }

  private static BigDecimal adjudicated(
      JsonNode item, String system, String category, String path) {
    for (JsonNode adj : array(item, "adjudication", path)) {
      Coding c = coding(adj, "category", path + ".adjudication");
      if (category.equals(c.code()) && (c.system() == null || c.system().equals(system))) {
        return money(object(adj, "amount", path + ".adjudication"), path + ".adjudication.amount");
      }
    }
    return null;
  }
}
