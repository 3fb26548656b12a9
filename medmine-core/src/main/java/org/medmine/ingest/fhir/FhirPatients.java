package org.medmine.ingest.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Row;

/**
 * Reads the FHIR R4 Patient resources of one JSON file (a Patient, or a Bundle holding Patients)
 * into patient rows with the same mapping ingestion uses, for a lookup that stores nothing (the
 * {@code $match} of {@code medmine link match}).
 */
public final class FhirPatients {
  private FhirPatients() {}

  /**
   * The patient rows of {@code file}; a user error, naming the file, when it holds none or is
   * malformed.
   */
  public static List<Row> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new MedmineUserException(
          file
              + " is not JSON (line "
              + e.getLocation().getLineNr()
              + "): give a FHIR Patient resource or a Bundle of them.");
    } catch (IOException e) {
      throw new MedmineUserException("Cannot read " + file + ": check the path.");
    }
    List<JsonNode> patients = new ArrayList<>();
    if (root != null && "Patient".equals(root.path("resourceType").asText())) {
      patients.add(root);
    } else if (root != null && "Bundle".equals(root.path("resourceType").asText())) {
      for (JsonNode entry : root.path("entry")) {
        if ("Patient".equals(entry.path("resource").path("resourceType").asText())) {
          patients.add(entry.path("resource"));
        }
      }
    }
    if (patients.isEmpty()) {
      throw new MedmineUserException(
          file + " holds no FHIR Patient: give a Patient resource or a Bundle with one.");
    }
    List<Row> out = new ArrayList<>();
    FhirAdministrativeMapper mapper = new FhirAdministrativeMapper();
    for (int i = 0; i < patients.size(); i++) {
      JsonNode p = patients.get(i);
      String id = p.hasNonNull("id") ? p.get("id").asText() : "entry-" + i;
      try {
        out.add(mapper.patient(id, p));
      } catch (FhirFormatException e) {
        throw new MedmineUserException(
            file + ", Patient " + id + ": " + e.getMessage() + ". Correct the resource.");
      }
    }
    return out;
  }
}
