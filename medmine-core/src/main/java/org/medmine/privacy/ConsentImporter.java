package org.medmine.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.JsonInputError;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.Warehouse;

/**
 * Loads consent into the {@code consent} table: FHIR R4 Consent resources (a resource, a Bundle, or
 * NDJSON; decision from {@code provision.type}) and a simple opt-out list (one patient id per line,
 * {@code #} comments): each listed patient denies secondary use. A de-identified warehouse refuses
 * consent, which names identified patients ({@link DeidentifiedStatus#refuseInput}).
 */
public final class ConsentImporter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsentImporter() {}

  /**
   * Reads FHIR Consent resources from a JSON file (resource or Bundle) or NDJSON; returns rows
   * stored.
   */
  public static int importFhir(Connection c, String source, Path file)
      throws IOException, SQLException {
    DeidentifiedStatus.refuseInput(c, Warehouse.fileOf(c), "load consent");
    List<JsonNode> resources = new ArrayList<>();
    String text = readText(file).strip();
    List<String> docs =
        text.startsWith("{") && !text.contains("}\n{")
            ? List.of(text)
            : text.lines().filter(l -> !l.isBlank()).toList();
    for (String doc : docs) {
      JsonNode n;
      try {
        n = JSON.readTree(doc);
      } catch (JsonProcessingException e) {
        throw new MedmineUserException(
            file
                + " is not valid JSON ("
                + JsonInputError.describe(e)
                + "): give FHIR Consent"
                + " resources as a resource, a Bundle or NDJSON.",
            e);
      }
      if (n.path("resourceType").asText().equals("Bundle")) {
        n.path("entry").forEach(e -> resources.add(e.path("resource")));
      } else {
        resources.add(n);
      }
    }
    int stored = 0;
    for (JsonNode r : resources) {
      if (!r.path("resourceType").asText().equals("Consent")) {
        continue;
      }
      String patient =
          r.path("patient").path("reference").asText("").replaceFirst("^(Patient/|urn:uuid:)", "");
      if (patient.isEmpty()) {
        throw new MedmineUserException(
            "Consent "
                + r.path("id").asText()
                + " in "
                + file
                + " names no patient: give Consent.patient.");
      }
      store(
          c,
          source,
          r.path("id").asText(),
          patient,
          r.path("status").asText(null),
          r.path("scope").path("coding").path(0).path("code").asText(null),
          r.path("category").path(0).path("coding").path(0).path("code").asText(null),
          r.path("provision").path("type").asText("permit"));
      stored++;
    }
    return stored;
  }

  /** Reads an opt-out list: every patient id listed denies secondary use. Returns rows stored. */
  public static int importOptOut(Connection c, String source, Path file)
      throws IOException, SQLException {
    DeidentifiedStatus.refuseInput(c, Warehouse.fileOf(c), "load consent");
    int stored = 0;
    for (String line : readText(file).lines().toList()) {
      String id = line.strip();
      if (id.isEmpty() || id.startsWith("#")) {
        continue;
      }
      store(c, source, "opt-out:" + id, id, "active", "research", "opt-out", "deny");
      stored++;
    }
    return stored;
  }

  private static String readText(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new MedmineUserException(file + " is not UTF-8 text: give consent files in UTF-8.", e);
    }
  }

  private static void store(
      Connection c,
      String source,
      String id,
      String patient,
      String status,
      String scope,
      String category,
      String decision)
      throws SQLException {
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM consent WHERE source = ? AND id = ?")) {
      del.setString(1, source);
      del.setString(2, id);
      del.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO consent (source, id, patient_id, status, scope_code,"
                + " category_code, decision) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, source);
      p.setString(2, id);
      p.setString(3, patient);
      p.setString(4, status);
      p.setString(5, scope);
      p.setString(6, category);
      p.setString(7, decision);
      p.executeUpdate();
    }
  }
}
