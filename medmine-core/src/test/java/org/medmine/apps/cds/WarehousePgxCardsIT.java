package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.pgx.PgxApp;
import org.medmine.apps.pgx.PgxOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * Pharmacogenomic cards from the warehouse: a Synthea patient whose VCF says CYP2C19 *2/*2 (a poor
 * metabolizer, stored by the pgx app) gets a CPIC card when clopidogrel is ordered; simvastatin (no
 * actionable result for this patient) and a patient with no stored genotype get none.
 */
class WarehousePgxCardsIT {
  @TempDir Path dir;

  @Test
  void aStoredPoorMetabolizerGetsAClopidogrelCardAndNothingElseDoes() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path wh = dir.resolve("w.duckdb");
    List<String> patients = twoPatients(wh);
    String poor = patients.get(0);
    PgxOptions pgx = new PgxOptions(cyp2c19PoorMetabolizer(), poor, null, null);
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(wh).withResultTables(PgxApp.forOptions(pgx).writes()))) {
      c.run(PgxApp.forOptions(pgx), pgx);
    }
    List<Card> clopidogrel = cards(wh, poor, "clopidogrel", "e1");
    assertThat(clopidogrel)
        .singleElement()
        .satisfies(
            card -> {
              assertThat(card.summary()).startsWith("CYP2C19 Poor Metabolizer: clopidogrel.");
              assertThat(card.summary().length()).isLessThan(140);
              assertThat(card.indicator()).isEqualTo("critical");
              assertThat(card.source().label()).startsWith("CPIC: ").contains("CYP2C19");
            });
    assertThat(cards(wh, poor, "clopidogrel", "e1"))
        .as("one card per drug and gene per encounter")
        .isEmpty();
    assertThat(cards(wh, poor, "simvastatin", "e2")).as("no SLCO1B1 result stored").isEmpty();
    assertThat(cards(wh, patients.get(1), "clopidogrel", "e3"))
        .as("no genotype stored for this patient: no guess")
        .isEmpty();
  }

  private static final CdsHookService SERVICE = CdsHookService.standalone("moderate");

  private static List<Card> cards(Path wh, String patient, String ingredient, String encounter)
      throws Exception {
    ObjectNode request =
        OrderRequests.request(
            "order-sign",
            "pgx-" + encounter,
            encounter,
            List.of(OrderRequests.medicationRequest("d1", ingredient, "draft")));
    ((ObjectNode) request.get("context")).put("patientId", patient);
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(wh))) {
      CdsHookResult result =
          c.run(
              new CdsHookApp(SERVICE),
              new CdsHookOptions(
                  "medmine-order-sign", OrderRequests.JSON.writeValueAsString(request)));
      return result.response().cards().stream()
          .filter(card -> card.source().label().startsWith("CPIC"))
          .toList();
    }
  }

  private static List<String> twoPatients(Path wh) throws Exception {
    try (Warehouse w = Warehouse.openExisting(wh, true);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM patient ORDER BY id LIMIT 2")) {
      rs.next();
      String first = rs.getString(1);
      rs.next();
      return List.of(first, rs.getString(1));
    }
  }

  private Path cyp2c19PoorMetabolizer() throws Exception {
    String vcf =
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
            + "chr10\t94775367\trs12769205\tA\tG\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94781859\trs4244285\tG\tA\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1/1\n";
    return Files.writeString(dir.resolve("s1.vcf"), vcf);
  }
}
