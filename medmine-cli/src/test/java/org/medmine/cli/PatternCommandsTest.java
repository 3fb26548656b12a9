package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/** {@code medmine rules}, {@code fraud} and {@code segment} on the shared 20-patient population. */
class PatternCommandsTest {
  @TempDir static Path dir;
  static Path warehouse;

  @BeforeAll
  static void ingest() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    warehouse = dir.resolve("w.duckdb");
  }

  @Test
  void rulesJsonHasItemsetsAndRulesWithTheirMeasures() throws Exception {
    Path report = dir.resolve("rules.html");
    CliTest.Run r =
        CliTest.medmine(
            "rules",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--min-support",
            "0.3",
            "--min-confidence",
            "0.7",
            "--report",
            report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(r.out());
    long transactions = n.get("transactions").asLong();
    assertThat(transactions).isGreaterThan(15);
    assertThat(n.get("itemsets").size()).isGreaterThan(5);
    for (JsonNode s : n.get("itemsets")) {
      assertThat(s.get("support").asDouble())
          .isGreaterThanOrEqualTo(0.3)
          .isEqualTo((double) s.get("count").asLong() / transactions);
      assertThat(s.get("items").isArray()).isTrue();
    }
    assertThat(n.get("rules").size()).isPositive();
    for (JsonNode rule : n.get("rules")) {
      assertThat(rule.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.7);
      assertThat(rule.get("lift").asDouble()).isGreaterThan(1);
      assertThat(rule.has("leverage") && rule.has("conviction")).isTrue();
    }
    assertThat(Files.readString(report)).contains("Association rules", "lift");
    CliTest.Run table =
        CliTest.medmine(
            "rules",
            "-w",
            warehouse.toString(),
            "--transactions",
            "encounter-orders",
            "--min-support",
            "0.02",
            "--consequent",
            "rxnorm");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("transactions", "lift");
  }

  @Test
  void badRuleOptionsAreUserErrors() {
    CliTest.Run r = CliTest.medmine("rules", "-w", warehouse.toString(), "--min-support", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--min-support");
    CliTest.Run k =
        CliTest.medmine("rules", "-w", warehouse.toString(), "--transactions", "visits");
    assertThat(k.code()).isEqualTo(2);
    assertThat(k.err()).contains("Unknown transaction kind");
  }

  @Test
  void fraudJsonRanksProvidersWithScoresAndReasons() throws Exception {
    Path report = dir.resolve("fraud.html");
    // --plaintext deliberately: this test reads the report; EncryptedOutputTest covers the
    // encrypted default.
    CliTest.Run r =
        CliTest.medmine(
            "fraud",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--report",
            report.toString(),
            "--plaintext");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode providers = new ObjectMapper().readTree(r.out()).get("providers");
    assertThat(providers.size()).isGreaterThan(10);
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < providers.size(); i++) {
      JsonNode p = providers.get(i);
      assertThat(p.get("rank").asInt()).isEqualTo(i + 1);
      assertThat(p.get("score").asDouble()).isLessThanOrEqualTo(previous);
      previous = p.get("score").asDouble();
      assertThat(p.get("claims").asLong()).isGreaterThanOrEqualTo(10);
      assertThat(p.get("features").has("no-encounter")).isTrue();
      for (JsonNode reason : p.get("reasons")) {
        assertThat(reason.get("z").asDouble()).isGreaterThanOrEqualTo(3.5);
        assertThat(p.get("z").get(reason.get("feature").asText()).asDouble())
            .isEqualTo(reason.get("z").asDouble());
      }
    }
    // The per-claim ranking: the first --top-claims (default 100) of the claims with reasons, best
    // first.
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode claims = json.get("claims");
    assertThat(claims.size()).isEqualTo(Math.min(100, json.get("claimsWithReasons").asInt()));
    double previousClaim = Double.POSITIVE_INFINITY;
    for (int i = 0; i < claims.size(); i++) {
      JsonNode c = claims.get(i);
      assertThat(c.get("rank").asInt()).isEqualTo(i + 1);
      assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previousClaim).isPositive();
      previousClaim = c.get("score").asDouble();
      assertThat(c.get("reasons").size()).isPositive();
      assertThat(c.get("reasons").get(0).get("text").asText()).contains("suggests");
    }
    assertThat(Files.readString(report)).contains("Claims fraud and anomalies");
    CliTest.Run none =
        CliTest.medmine(
            "fraud", "-w", warehouse.toString(), "--format", "json", "--top-claims", "0");
    assertThat(new ObjectMapper().readTree(none.out()).get("claims").size()).isZero();
    CliTest.Run table = CliTest.medmine("fraud", "-w", warehouse.toString(), "--top", "5");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("providers screened", "rank");
  }

  @Test
  void segmentJsonProfilesEverySegmentForEachMethod() throws Exception {
    for (String method : new String[] {"kmeans", "dbscan", "gower", "kmedoids", "hdbscan"}) {
      Path report = dir.resolve(method + ".html");
      CliTest.Run r =
          CliTest.medmine(
              "segment",
              "-w",
              warehouse.toString(),
              "--format",
              "json",
              "--method",
              method,
              "--report",
              report.toString());
      assertThat(r.code()).as(method + ": " + r.err()).isZero();
      JsonNode n = new ObjectMapper().readTree(r.out());
      int patients = n.get("patients").asInt();
      assertThat(patients).isGreaterThan(15);
      int total = 0;
      int noise = 0;
      for (JsonNode s : n.get("segments")) {
        total += s.get("size").asInt();
        assertThat(s.has("meanAge") && s.has("costPerYear") && s.has("distinctive")).isTrue();
        double raceShares = 0;
        for (JsonNode d : s.get("demographics")) {
          raceShares += "race".equals(d.get("feature").asText()) ? d.get("share").asDouble() : 0;
        }
        assertThat(raceShares)
            .as(method + " race shares of a segment")
            .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        if (s.get("segment").asInt() < 0) {
          noise += s.get("size").asInt();
        }
      }
      assertThat(total).as(method).isEqualTo(patients);
      assertThat(n.get("noise").asInt()).as(method).isEqualTo(noise);
      assertThat(n.get("features").toString()).contains("\"race\"", "\"ethnicity\"");
      assertThat(n.get("assignments").size()).isEqualTo(patients);
      assertThat(Files.readString(report)).contains("Patient segments");
    }
    CliTest.Run bad =
        CliTest.medmine("segment", "-w", warehouse.toString(), "--method", "spectral");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("Unknown segmentation method");
  }

  @Test
  void helpListsThePatternCommands() {
    assertThat(CliTest.medmine("--help").out()).contains("rules", "fraud", "segment");
  }

  @Test
  void theDemoStepPrintsSummariesAndAddsTheThreeSections() {
    java.io.StringWriter console = new java.io.StringWriter();
    org.medmine.report.HtmlReport report;
    try (org.medmine.context.AnalysisContext context =
        org.medmine.context.AnalysisContext.open(
            org.medmine.context.ContextRequest.of(warehouse))) {
      report =
          org.medmine.report.HtmlReport.empty(new org.medmine.report.ReportOptions("t", "0", null));
      java.io.PrintWriter printer = new java.io.PrintWriter(console);
      org.medmine.demo.DemoHost host =
          new org.medmine.demo.DemoHost(
              printer, org.medmine.context.ContextRequest::of, java.util.Map.of());
      for (org.medmine.demo.DemoSteps.Step step :
          org.medmine.demo.DemoSteps.READING.subList(1, 4)) { // rules, fraud, segments
        report = step.run(context, host, warehouse.getParent(), report);
      }
      printer.flush();
    }
    assertThat(report.sections().stream().map(org.medmine.report.ReportSection::id))
        .contains("association-rules", "claims-fraud", "patient-segments");
    assertThat(console.toString())
        .contains("association rules:", "claims fraud screen:", "patient segments:");
  }
}
