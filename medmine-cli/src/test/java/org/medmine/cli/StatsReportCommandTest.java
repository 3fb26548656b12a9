package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.cli.CliTest.medmine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cli.CliTest.Run;

/** {@code medmine stats} and {@code medmine report} as a user meets them. */
class StatsReportCommandTest {
  @TempDir Path dir;

  /** A warehouse of two patients, three encounters and one quarantined line. */
  private Path warehouse() throws IOException {
    Path in = dir.resolve("in.ndjson");
    Files.writeString(
        in,
        String.join(
                "\n",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\",\"birthDate\":\"1970-05-04\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"male\",\"birthDate\":\"2001-01-01\"}",
                "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"subject\":{\"reference\":\"Patient/p1\"},\"class\":{\"code\":\"AMB\"},"
                    + "\"period\":{\"start\":\"2020-01-02T10:00:00Z\"}}",
                "{\"resourceType\":\"Encounter\",\"id\":\"e2\",\"subject\":{\"reference\":\"Patient/p2\"},\"class\":{\"code\":\"EMER\"},"
                    + "\"period\":{\"start\":\"2020-01-20T10:00:00Z\"}}",
                "{\"resourceType\":\"Encounter\",\"id\":\"e3\",\"subject\":{\"reference\":\"Patient/p2\"},\"class\":{\"code\":\"AMB\"},"
                    + "\"period\":{\"start\":\"2020-03-05T10:00:00Z\"}}",
                "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/p2\"},"
                    + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\",\"display\":\"Diabetes <type 2>\"}]}}",
                "{broken")
            + "\n");
    Path w = dir.resolve("w.duckdb");
    Run r = medmine("ingest", "--no-progress", "-w", w.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return w;
  }

  @Test
  void helpListsStatsAndReport() {
    assertThat(medmine("--help").out()).contains("stats", "report");
    assertThat(medmine("stats", "--help").out())
        .contains("Usage: medmine stats", "--format", "--warehouse");
    assertThat(medmine("report", "--help").out()).contains("Usage: medmine report", "--out");
  }

  @Test
  void aMissingWarehouseIsOneSentenceAndExitTwo() {
    Path w = dir.resolve("nope.duckdb");
    for (String command : new String[] {"stats", "report"}) {
      Run r = medmine(command, "-w", w.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err().strip())
          .as(command)
          .startsWith("medmine: No warehouse at " + w)
          .doesNotContain("\n", "Exception");
    }
    assertThat(w).doesNotExist();
    assertThat(dir.resolve("medmine-report.html")).doesNotExist();
  }

  @Test
  void statsPrintsTablesAndJsonForScripts() throws IOException {
    Path w = warehouse();
    Run table = medmine("stats", "-w", w.toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out())
        .containsPattern("patient +2 +1970-05-04 +2001-01-01")
        .containsPattern("encounter +3 +2020-01-02 +2020-03-05")
        .contains("Quarantine: 1 records", "malformed JSON", "in.ndjson", "Diabetes <type 2>");
    Run json = medmine("stats", "-w", w.toString(), "--format", "json", "--top", "1");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.at("/tables/0/rows").asLong()).isEqualTo(2);
    assertThat(n.at("/population/living").asLong()).isEqualTo(2);
    assertThat(n.at("/encountersPerMonth")).hasSize(3);
    assertThat(n.at("/encountersPerMonth/0/month").asText()).isEqualTo("2020-01");
    assertThat(n.at("/topCodes/conditions/0/code").asText()).isEqualTo("44054006");
    assertThat(n.at("/quarantine/records").asLong()).isEqualTo(1);
    assertThat(n.at("/quarantine/byReason/0/reason").asText()).isEqualTo("malformed JSON");
    assertThat(n.at("/ingestRuns/0/quarantined").asLong()).isEqualTo(1);
    assertThat(medmine("stats", "-w", w.toString(), "--top", "0").code()).isEqualTo(2);
  }

  @Test
  void reportWritesOneSelfContainedHtmlFile() throws IOException {
    Path w = warehouse();
    Path out = dir.resolve("out/r.html");
    Run r = medmine("report", "-w", w.toString(), "--out", out.toString(), "--plaintext");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + out, "9 sections");
    String html = Files.readString(out);
    assertThat(html)
        .contains(
            "<section id=\"population\">",
            "<section id=\"quarantine\">",
            "Diabetes &lt;type 2&gt;",
            "Quarantined records by reason",
            "generated at (UTC)");
    assertThat(html).doesNotContain("Diabetes <type", "<link", "src=\"http");
  }

  @Test
  void reportWithQualityAddsTheDataQualitySection() throws IOException {
    Path w = warehouse();
    Path out = dir.resolve("q.html");
    Run r =
        medmine("report", "-w", w.toString(), "--out", out.toString(), "--quality", "--plaintext");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("10 sections");
    String html = Files.readString(out);
    assertThat(html)
        .contains("<section id=\"data-quality\">", "Verdict:", "<section id=\"population\">");
  }
}
