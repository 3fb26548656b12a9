package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medmine deid}, {@code deid verify}, {@code scrub} and {@code audit verify} as a user meets
 * them.
 */
class PrivacyCliTest {
  @TempDir Path dir;

  private Path identifiedWarehouse() throws Exception {
    String note =
        Base64.getEncoder()
            .encodeToString(
                "2021-03-04\nRosalind Okafor is a 52 year-old. Call 617-555-0134. Lives at 12 Maple Street, Quincy, MA 02169."
                    .getBytes(StandardCharsets.UTF_8));
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04",
            "name":[{"given":["Rosalind"],"family":"Okafor"}],
            "identifier":[{"type":{"coding":[{"code":"SS"}]},"system":"http://hl7.org/fhir/sid/us-ssn","value":"999-12-7983"}],
            "telecom":[{"system":"phone","value":"617-555-0134"}],
            "address":[{"line":["12 Maple Street"],"city":"Quincy","state":"MA","postalCode":"02169"}]}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"urn:uuid:p1"},
            "class":{"code":"AMB"},"period":{"start":"2021-03-04T10:00:00Z","end":"2021-03-04T11:00:00Z"}}},
          {"resource":{"resourceType":"DocumentReference","id":"n1","subject":{"reference":"urn:uuid:p1"},"status":"current",
            "context":{"encounter":[{"reference":"urn:uuid:e1"}]},
            "content":[{"attachment":{"contentType":"text/plain","data":"%s"}}]}}
        ]}"""
            .formatted(note));
    Path w = dir.resolve("w.duckdb");
    assertThat(CliTest.medmine("ingest", "-w", w.toString(), bundle.toString()).code()).isZero();
    return w;
  }

  @Test
  void deidThenVerifyIsCleanAPlantedNameFailsWithExitThreeAndTheAuditChainHolds() throws Exception {
    Path w = identifiedWarehouse();
    Path out = dir.resolve("deid.duckdb");
    CliTest.Run noKey =
        CliTest.medmine(
            "deid",
            "-w",
            w.toString(),
            "--out",
            out.toString(),
            "--key-file",
            dir.resolve("none").toString());
    assertThat(noKey.code()).isEqualTo(2);
    assertThat(noKey.err()).startsWith("medmine: Cannot read key file").doesNotContain("Exception");
    Path key = dir.resolve("key");
    Files.writeString(key, "a-long-enough-test-secret-0123456789");
    CliTest.Run deid =
        CliTest.medmine(
            "deid",
            "-w",
            w.toString(),
            "--out",
            out.toString(),
            "--key-file",
            key.toString(),
            "--policy",
            "safe-harbor",
            "--as-of",
            "2025-01-01",
            "--format",
            "json");
    assertThat(deid.code()).as(deid.err()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(deid.out()).path("manifest");
    assertThat(manifest.path("rows").path("note").asLong()).isEqualTo(1);
    assertThat(manifest.path("phiReplaced").path("NAME").asLong())
        .isEqualTo(1); // "Rosalind Okafor": one span
    assertThat(manifest.path("phiReplaced").path("DATE").asLong()).isEqualTo(1);

    CliTest.Run clean =
        CliTest.medmine("deid", "verify", "-w", out.toString(), "--against", w.toString());
    assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
    assertThat(clean.out()).contains("No identifier found");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("UPDATE note SET text = text || ' Okafor'");
    }
    CliTest.Run leak =
        CliTest.medmine("deid", "verify", "-w", out.toString(), "--against", w.toString());
    assertThat(leak.code()).isEqualTo(3);
    assertThat(leak.out())
        .contains("note.text row ")
        .contains("source NAME")
        .doesNotContain("Okafor");

    CliTest.Run audit = CliTest.medmine("audit", "verify", "-w", w.toString());
    assertThat(audit.code()).as(audit.out()).isZero();
    assertThat(audit.out()).startsWith("3 audit entries").contains("intact");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1");
    }
    CliTest.Run broken = CliTest.medmine("audit", "verify", "-w", w.toString());
    assertThat(broken.code()).isEqualTo(3);
    assertThat(broken.out()).contains("entry 1 was changed").contains("BROKEN");
  }

  @Test
  void theDemoStepDeidentifiesScansAndAddsThePrivacySection() throws Exception {
    Path w = identifiedWarehouse();
    java.io.StringWriter console = new java.io.StringWriter();
    org.medmine.report.HtmlReport report;
    org.medmine.demo.DemoHost host =
        new org.medmine.demo.DemoHost(
            new java.io.PrintWriter(console, true),
            org.medmine.context.ContextRequest::of,
            java.util.Map.of());
    try (org.medmine.context.AnalysisContext context =
        org.medmine.context.AnalysisContext.open(org.medmine.context.ContextRequest.of(w))) {
      report =
          org.medmine.demo.DemoSteps.PRIVACY.run(
              context,
              host,
              dir,
              org.medmine.report.HtmlReport.empty(
                  org.medmine.report.ReportOptions.defaults("test")));
    }
    assertThat(console.toString())
        .contains("Leak scan: no identifier found")
        .contains("Re-identification risk (k=5)");
    assertThat(report.render())
        .contains("id=\"privacy\"")
        .contains("no identifier found")
        .contains("<td>NAME</td><td>1</td>");
    assertThat(dir.resolve("medmine-deid.duckdb")).exists();
  }

  @Test
  void riskReportsTheSingleRecordAsItsOwnClass() throws Exception {
    Path w = identifiedWarehouse();
    CliTest.Run r =
        CliTest.medmine(
            "risk",
            "-w",
            w.toString(),
            "--k",
            "2",
            "--generalize",
            "--max-suppression",
            "1",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("as_recorded").path("classes").asInt()).isEqualTo(1);
    assertThat(json.path("as_recorded").path("shareBelowK").asDouble()).isEqualTo(1.0);
    assertThat(json.path("generalized").path("suppressed").asInt()).isEqualTo(1);
    assertThat(CliTest.medmine("risk", "-w", w.toString(), "--qi", "shoe_size").code())
        .isEqualTo(2);
  }

  @Test
  void scrubWritesScrubbedTextAndSpansForTextAndJsonLines() throws Exception {
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, "Seen by Dr. Okafor on 2021-03-04.");
    Path jsonl = dir.resolve("b.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"x1\",\"text\":\"\uD83D\uDE00 Call 617-555-0134 é\"}\n\"SSN 123-45-6789\"\n");
    Path outDir = dir.resolve("out");
    CliTest.Run r =
        CliTest.medmine("scrub", "--out", outDir.toString(), txt.toString(), jsonl.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(outDir.resolve("a.scrubbed.txt")))
        .isEqualTo("Seen by Dr. [NAME] on [DATE].");
    assertThat(Files.readAllLines(outDir.resolve("b.scrubbed.jsonl")))
        .containsExactly(
            "{\"id\":\"x1\",\"text\":\"\uD83D\uDE00 Call [PHONE] é\"}", "\"SSN [SSN]\"");
    JsonNode spans = new ObjectMapper().readTree(outDir.resolve("b.spans.json").toFile());
    assertThat(spans.get(0).path("note").asText()).isEqualTo("x1");
    assertThat(spans.get(0).path("spans").get(0).toString())
        .isEqualTo(
            "{\"detector\":\"phone\",\"end\":19,\"start\":7,\"type\":\"PHONE\"}"); // code points
    assertThat(spans.get(1).path("spans").get(0).path("type").asText()).isEqualTo("SSN");
    assertThat(CliTest.medmine("scrub", dir.resolve("missing.txt").toString()).code()).isEqualTo(2);
  }

  @Test
  void scrubSurrogatesKeepOneFakeNamePerPersonAndShiftDatesByThePatientsOffset() throws Exception {
    Path key = dir.resolve("deid.key");
    Files.writeString(key, "a-test-secret-of-enough-length");
    Path notes = dir.resolve("notes.jsonl");
    Files.writeString(
        notes,
        String.join(
                "\n",
                "{\"patient_id\":\"p1\",\"text\":\"Seen by Dr. Okafor on 03/04/2021 with wife Mary.\"}",
                "{\"patient_id\":\"p1\",\"text\":\"Dr. Okafor called Mary at home.\"}",
                "{\"patient_id\":\"p2\",\"text\":\"BP 120/80. Dr. Okafor aware.\"}")
            + "\n");
    Path out = dir.resolve("surrogates");
    CliTest.Run r =
        CliTest.medmine(
            "scrub",
            "--mode",
            "surrogate",
            "--key-file",
            key.toString(),
            "--out",
            out.toString(),
            notes.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> texts = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("notes.scrubbed.jsonl"))) {
      texts.add(new ObjectMapper().readTree(line).path("text").asText());
    }
    assertThat(String.join(" ", texts)).doesNotContain("Okafor", "Mary", "03/04/2021");
    String fakeDoctor = texts.get(0).replaceFirst("^Seen by Dr\\. (\\S+) on .*", "$1");
    assertThat(texts.get(1)).startsWith("Dr. " + fakeDoctor + " called ");
    int shift =
        new org.medmine.privacy.Pseudonymizer(
                Files.readString(key).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .dateShiftDays("p1");
    String shifted =
        java.time.LocalDate.of(2021, 3, 4)
            .plusDays(shift)
            .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    assertThat(texts.get(0)).contains(" on " + shifted + " with wife ");
    assertThat(texts.get(2)).startsWith("BP 120/80. Dr. ");

    Path spansOnly = dir.resolve("spans");
    assertThat(
            CliTest.medmine(
                    "scrub", "--mode", "spans", "--out", spansOnly.toString(), notes.toString())
                .code())
        .isZero();
    assertThat(spansOnly.resolve("notes.scrubbed.jsonl")).doesNotExist();
    JsonNode spans = new ObjectMapper().readTree(spansOnly.resolve("notes.spans.json").toFile());
    assertThat(spans.get(0).path("spans").get(0).path("detector").asText()).isEqualTo("name-title");
    assertThat(CliTest.medmine("scrub", "--mode", "fake", notes.toString()).code()).isEqualTo(2);
  }
}
