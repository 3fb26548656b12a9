package org.medmine.apps.cds;

import java.util.List;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * The answer of one CDS Hooks call: the response (its JSON document is the CDS Hooks response
 * itself, {@code {"cards": [...]}}, so an EHR reads it as is) and where it came from.
 */
public record CdsHookResult(CdsResponse response, RunProvenance provenance) implements AppResult {
  /**
   * Answers {@code options} with {@code service} and no warehouse: the patient's records come only
   * from the request (its prefetch or its FHIR server); there is no provenance to stamp.
   */
  public static CdsHookResult withoutWarehouse(CdsHookService service, CdsHookOptions options) {
    return new CdsHookResult(
        service.call(options.serviceId(), CdsRequest.parse(options.request()), PatientRecords.NONE),
        null);
  }

  @Override
  public Object toJson() {
    return response;
  }

  @Override
  public String toText() {
    if (response.cards().isEmpty()) {
      return "No cards.\n";
    }
    StringBuilder text = new StringBuilder();
    for (Card c : response.cards()) {
      text.append(c.indicator()).append(": ").append(c.summary()).append('\n');
    }
    return text.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
