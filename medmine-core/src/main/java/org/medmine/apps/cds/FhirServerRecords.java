package org.medmine.apps.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * Reads a patient's active medications from the EHR's FHIR server named by a CDS Hooks request,
 * with the bearer token of its {@code fhirAuthorization} (CDS Hooks 2.0, "FHIR Resource Access"):
 * the same search as the {@code medications} prefetch template, {@code
 * MedicationRequest?patient=ID&status=active}, one page. A server that cannot be reached or refuses
 * is a user error naming the status, so the hook answers it rather than showing no card as if there
 * were nothing to see.
 */
public final class FhirServerRecords implements PatientRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client;
  private final String base;
  private final String accessToken;
  private final IngredientResolver resolver;

  /** Reads from {@code fhirServer} with {@code accessToken} (null: no Authorization header). */
  public FhirServerRecords(
      HttpClient client, String fhirServer, String accessToken, IngredientResolver resolver) {
    this.client = client;
    this.base = fhirServer.endsWith("/") ? fhirServer : fhirServer + "/";
    this.accessToken = accessToken;
    this.resolver = resolver;
  }

  /** A client fit for the hooks: short connect timeout, no redirects to other hosts. */
  public static HttpClient newClient() {
    return HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public List<MedicationOrder> activeMedications(String patientId) {
    URI uri =
        URI.create(
            base
                + "MedicationRequest?patient="
                + URLEncoder.encode(patientId, StandardCharsets.UTF_8)
                + "&status=active");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/fhir+json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new MedmineUserException(
          "The EHR's FHIR server " + base + " cannot be reached: check fhirServer.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the FHIR server", e);
    }
    if (response.statusCode() != 200) {
      throw new MedmineUserException(
          "The EHR's FHIR server answered "
              + response.statusCode()
              + " to "
              + uri.getPath()
              + ": check fhirServer and fhirAuthorization.");
    }
    JsonNode bundle;
    try {
      bundle = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new MedmineUserException(
          "The EHR's FHIR server sent a body that is not JSON for " + uri.getPath() + ".", e);
    }
    return MedicationOrder.fromResources(MedicationOrder.resources(bundle), resolver);
  }
}
