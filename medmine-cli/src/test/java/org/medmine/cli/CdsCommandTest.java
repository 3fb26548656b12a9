package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.apps.cds.IngredientResolver;
import org.medmine.apps.cds.InteractionKnowledgeBase;

/**
 * {@code medmine cds} on the shared 20-patient Synthea warehouse: a draft order that interacts with
 * a patient's active medication (as Synthea wrote it, an RxNorm clinical drug) gets its card from
 * the warehouse; without the warehouse there is nothing to interact with.
 */
class CdsCommandTest {
  @TempDir static Path dir;
  static Path warehouse;
  static String patientId;
  static String activeIngredient;
  static String partner;

  @BeforeAll
  static void ingestAndPickAnInteraction() throws Exception {
    warehouse = dir.resolve("w.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "ingest",
            "--no-progress",
            "-w",
            warehouse.toString(),
            TestPopulations.small().fhirDir().toString());
    assertThat(r.code()).as(r.err()).isZero();
    IngredientResolver resolver = IngredientResolver.shipped();
    InteractionKnowledgeBase kb = InteractionKnowledgeBase.shipped();
    String[] listed = oncDrugs();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT patient_id, code_system, code, code_display FROM medication"
                    + " WHERE status = 'active' ORDER BY patient_id, id")) {
      while (rs.next() && partner == null) {
        Set<String> ingredients =
            resolver.resolve(rs.getString(2), rs.getString(3), rs.getString(4), null);
        for (String i : ingredients) {
          for (String candidate : listed) {
            if (partner == null && kb.rule(i, candidate).isPresent()) {
              patientId = rs.getString(1);
              activeIngredient = i;
              partner = candidate;
            }
          }
        }
      }
    }
    assertThat(partner).as("an active medication that the lists pair with a drug").isNotNull();
  }

  private static String[] oncDrugs() throws IOException {
    try (InputStream in =
        IngredientResolver.class.getResourceAsStream("ddi/onc-non-interruptive.dsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .flatMap(l -> java.util.stream.Stream.of(l.split("\\$")[0], l.split("\\$")[2]))
          .map(IngredientResolver::rxnormName)
          .distinct()
          .sorted()
          .toArray(String[]::new);
    }
  }

  private static Path request() throws IOException {
    String name = partner.substring(0, 1).toUpperCase() + partner.substring(1);
    String body =
        "{\"hook\": \"order-sign\", \"hookInstance\": \"c0ffee00-0000-4000-8000-000000000001\","
            + " \"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \""
            + patientId
            + "\", \"encounterId\": \"e1\", \"draftOrders\": {\"resourceType\": \"Bundle\","
            + " \"entry\": [{\"resource\": {\"resourceType\": \"MedicationRequest\", \"id\": \"d1\","
            + " \"status\": \"draft\", \"intent\": \"order\", \"medicationCodeableConcept\":"
            + " {\"text\": \""
            + name
            + " 10 MG Oral Tablet\"}}}]}}}";
    Path file = dir.resolve("order-sign.json");
    Files.writeString(file, body);
    return file;
  }

  @Test
  void aDraftOrderInteractingWithAnActiveMedicationOfTheWarehouseGetsACard() throws Exception {
    CliTest.Run r =
        CliTest.medmine(
            "cds",
            "--hook",
            "order-sign",
            "--request",
            request().toString(),
            "-w",
            warehouse.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = new ObjectMapper().readTree(r.out()).get("cards").get(0);
    assertThat(card.get("summary").asText()).contains(activeIngredient, partner);
    assertThat(card.get("detail").asText()).contains("(active medication)");
  }

  @Test
  void aPatientWhoDeniesSecondaryUseHasNoMedicationsSeenByTheWarehouseCall() throws Exception {
    Path copy = dir.resolve("consent-copy.duckdb");
    Files.copy(warehouse, copy);
    String source;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy.toAbsolutePath());
        PreparedStatement s = c.prepareStatement("SELECT source FROM patient WHERE id = ?")) {
      s.setString(1, patientId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        source = rs.getString(1);
      }
    }
    List<String> cds =
        List.of("cds", "--hook", "order-sign", "--request", request().toString(), "-w", "W");
    CliTest.Run before =
        CliTest.medmine(
            cds.stream().map(a -> a.equals("W") ? copy.toString() : a).toArray(String[]::new));
    assertThat(before.out()).as("the card the test can lose").contains(activeIngredient);
    Path optOut = Files.writeString(dir.resolve("opt-out.txt"), patientId + "\n");
    CliTest.Run consent =
        CliTest.medmine(
            "consent", "-w", copy.toString(), "--opt-out", optOut.toString(), "--source", source);
    assertThat(consent.code()).as(consent.err()).isZero();
    CliTest.Run after =
        CliTest.medmine(
            cds.stream().map(a -> a.equals("W") ? copy.toString() : a).toArray(String[]::new));
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.out())
        .as("the access layer hides the denying patient's active medications")
        .isEqualTo("No cards.\n");
  }

  @Test
  void withoutTheWarehouseTheOrderAloneHasNothingToInteractWith() throws Exception {
    CliTest.Run r =
        CliTest.medmine("cds", "--hook", "order-sign", "--request", request().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("No cards.\n");
  }

  @Test
  void anUnknownHookIsOneSentenceAndExitTwo() throws Exception {
    CliTest.Run r =
        CliTest.medmine("cds", "--hook", "order-dispatch", "--request", request().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "medmine: No medmine CDS service answers the hook 'order-dispatch': use order-select,"
                + " order-sign or patient-view.");
  }
}
