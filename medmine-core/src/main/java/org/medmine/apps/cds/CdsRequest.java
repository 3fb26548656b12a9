package org.medmine.apps.cds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.medmine.model.MedmineUserException;

/**
 * A CDS Hooks 2.0 request (https://cds-hooks.hl7.org/2.0/#http-request-1): the hook, the hook
 * instance, the EHR's FHIR server and the access token it grants for it, the hook's context and the
 * prefetched data, keyed as the service's prefetch templates name them.
 *
 * @param hook the hook ({@code order-sign}, ...)
 * @param hookInstance the UUID of this call of the hook
 * @param fhirServer the EHR's FHIR base URL, or null
 * @param accessToken {@code fhirAuthorization.access_token}, or null
 * @param context the hook's context ({@code patientId}, {@code encounterId}, {@code
 *     draftOrders}...)
 * @param prefetch the prefetched data by template key (an empty object when none was sent)
 */
public record CdsRequest(
    String hook,
    String hookInstance,
    String fhirServer,
    String accessToken,
    JsonNode context,
    JsonNode prefetch) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses a request body; a body that is not one is a user error naming what is missing. */
  public static CdsRequest parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new MedmineUserException(
          "The CDS Hooks request is not JSON (line "
              + e.getLocation().getLineNr()
              + "): send a JSON object with hook, hookInstance and context.");
    }
    if (root == null || !root.isObject()) {
      throw new MedmineUserException(
          "The CDS Hooks request is not a JSON object: send one with hook, hookInstance and"
              + " context.");
    }
    for (String field : new String[] {"hook", "hookInstance", "context"}) {
      if (!root.hasNonNull(field)) {
        throw new MedmineUserException(
            "The CDS Hooks request has no \"" + field + "\": the specification requires it.");
      }
    }
    if (root.hasNonNull("fhirAuthorization") && !root.hasNonNull("fhirServer")) {
      throw new MedmineUserException(
          "The CDS Hooks request sends fhirAuthorization without fhirServer: send both or"
              + " neither.");
    }
    return new CdsRequest(
        root.get("hook").asText(),
        root.get("hookInstance").asText(),
        root.path("fhirServer").asText(null),
        root.path("fhirAuthorization").path("access_token").asText(null),
        root.get("context"),
        root.path("prefetch").isObject() ? root.get("prefetch") : JSON.createObjectNode());
  }

  /** The context's {@code patientId}, or a user error. */
  public String patientId() {
    String id = context.path("patientId").asText("");
    if (id.isBlank()) {
      throw new MedmineUserException(
          "The CDS Hooks request's context has no patientId: the " + hook + " hook requires it.");
    }
    return id;
  }

  /** The context's {@code encounterId}, or null. */
  public String encounterId() {
    return context.path("encounterId").asText(null);
  }
}
