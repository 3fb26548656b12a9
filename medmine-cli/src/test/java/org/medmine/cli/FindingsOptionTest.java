package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, defect 8: Synthea's social-history findings (employment, stress) and care situations
 * dominated the top conditions and the association rules. stats, report and rules show disorders by
 * default (and conditions without a SNOMED CT semantic tag), and findings with {@code
 * --include-findings}.
 */
class FindingsOptionTest {
  @TempDir static Path dir;
  static Path warehouse;

  /**
   * Four patients: findings on everyone, disorders on some; a hand-made fixture where every count
   * is known.
   */
  @BeforeAll
  static void ingest() throws Exception {
    List<String> lines = new ArrayList<>();
    String[][] conditions = {
      {"p1", "73595000", "Stress (finding)"},
      {"p1", "160903007", "Full-time employment (finding)"},
      {"p1", "314529007", "Medication review due (situation)"},
      {"p1", "66383009", "Gingivitis (disorder)"},
      {"p1", "15777000", "Prediabetes"},
      {"p2", "73595000", "Stress (finding)"},
      {"p2", "160903007", "Full-time employment (finding)"},
      {"p2", "314529007", "Medication review due (situation)"},
      {"p2", "66383009", "Gingivitis (disorder)"},
      {"p2", "15777000", "Prediabetes"},
      {"p3", "73595000", "Stress (finding)"},
      {"p3", "160903007", "Full-time employment (finding)"},
      {"p3", "314529007", "Medication review due (situation)"},
      {"p3", "66383009", "Gingivitis (disorder)"},
      {"p4", "73595000", "Stress (finding)"},
      {"p4", "314529007", "Medication review due (situation)"},
      {"p4", "15777000", "Prediabetes"}
    };
    for (int p = 1; p <= 4; p++) {
      lines.add(
          "{\"resourceType\":\"Patient\",\"id\":\"p"
              + p
              + "\",\"gender\":\"female\",\"birthDate\":\"1970-05-04\"}");
    }
    for (int i = 0; i < conditions.length; i++) {
      String[] c = conditions[i];
      lines.add(
          "{\"resourceType\":\"Condition\",\"id\":\"c"
              + i
              + "\",\"subject\":{\"reference\":\"Patient/"
              + c[0]
              + "\"},"
              + "\"onsetDateTime\":\"2020-01-0"
              + (1 + i % 9)
              + "T10:00:00Z\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
              + "\"code\":\""
              + c[1]
              + "\",\"display\":\""
              + c[2]
              + "\"}]}}");
    }
    Path in = Files.writeString(dir.resolve("in.ndjson"), String.join("\n", lines) + "\n");
    warehouse = dir.resolve("w.duckdb");
    CliTest.Run r =
        CliTest.medmine("ingest", "--no-progress", "-w", warehouse.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void statsShowDisordersByDefaultAndFindingsWhenAsked() throws Exception {
    CliTest.Run disorders =
        CliTest.medmine("stats", "-w", warehouse.toString(), "--format", "json");
    assertThat(disorders.code()).as(disorders.err()).isZero();
    assertThat(codes(new ObjectMapper().readTree(disorders.out()).at("/topCodes/conditions")))
        .containsExactly("15777000", "66383009");
    CliTest.Run all =
        CliTest.medmine(
            "stats", "-w", warehouse.toString(), "--format", "json", "--include-findings");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(codes(new ObjectMapper().readTree(all.out()).at("/topCodes/conditions")))
        .containsExactly("314529007", "73595000", "15777000", "160903007", "66383009");
    assertThat(CliTest.medmine("stats", "-w", warehouse.toString()).out())
        .contains("Gingivitis (disorder)")
        .doesNotContain("Stress (finding)");
  }

  @Test
  void theReportShowsDisordersByDefault() throws Exception {
    Path page = dir.resolve("report.html");
    CliTest.Run r =
        CliTest.medmine(
            "report", "-w", warehouse.toString(), "--plaintext", "--out", page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String conditions =
        Files.readString(page).split("<section id=\"conditions\">")[1].split("</section>")[0];
    assertThat(conditions)
        .contains("Gingivitis (disorder)", "Prediabetes", "--include-findings")
        .doesNotContain("Stress (finding)");
  }

  @Test
  void rulesLeaveFindingsOutUnlessAsked() throws Exception {
    CliTest.Run disorders =
        CliTest.medmine(
            "rules",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--min-support",
            "0.5",
            "--min-confidence",
            "0.1",
            "--min-lift",
            "0",
            "--max-item-support",
            "1");
    assertThat(disorders.code()).as(disorders.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(disorders.out());
    assertThat(items(doc)).containsOnly("15777000", "66383009").contains("15777000", "66383009");
    assertThat(doc.at("/parameters/includeFindings").asBoolean()).isFalse();
    CliTest.Run all =
        CliTest.medmine(
            "rules",
            "-w",
            warehouse.toString(),
            "--format",
            "json",
            "--min-support",
            "0.5",
            "--min-confidence",
            "0.1",
            "--min-lift",
            "0",
            "--max-item-support",
            "1",
            "--include-findings");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(items(new ObjectMapper().readTree(all.out())))
        .contains("73595000", "160903007", "314529007");
  }

  private static List<String> codes(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(c -> out.add(c.get("code").asText()));
    return out;
  }

  private static List<String> items(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.get("itemsets").forEach(s -> s.get("items").forEach(i -> out.add(i.asText())));
    return out;
  }
}
