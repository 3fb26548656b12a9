package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmine.TestPopulations;
import org.medmine.cli.PackagedCli.Result;

/**
 * Every command's output is whole when it runs as its own process, as {@code ./medmine} runs it
 * (the packaged jar and lib folder, {@code System.exit} at the end): each JSON output parses as one
 * document with nothing cut or left over, and each table ends with its last line. The tests that
 * call {@code Main.run} with their own writers cannot see a stream that is not flushed before the
 * JVM exits; these can. One warehouse, ingested once from the 20-patient population, serves every
 * command.
 */
class CommandOutputIT {
  @TempDir static Path dir;
  private static PackagedCli medmine;
  private static Path w;

  @BeforeAll
  static void ingest() {
    medmine =
        PackagedCli.in(dir)
            .withEnv("MEDMINE_FILE_KEY", "0123456789abcdef0123456789abcdef")
            .withEnv("MEDMINE_DEID_KEY", "fedcba9876543210fedcba9876543210");
    w = dir.resolve("w.duckdb");
    JsonNode n =
        ok(medmine.run(
                "ingest",
                "--format",
                "json",
                "-w",
                w.toString(),
                TestPopulations.small().fhirDir().toString()))
            .json();
    assertThat(n.get("read").asLong())
        .isPositive()
        .isEqualTo(
            n.get("stored").asLong() + n.get("quarantined").asLong() + n.get("skipped").asLong());
  }

  private static Result ok(Result r) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
    return r;
  }

  private static Result run(String... args) {
    return ok(medmine.run(args));
  }

  private static String[] onWarehouse(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    args.addAll(List.of("-w", w.toString()));
    return args.toArray(String[]::new);
  }

  @Test
  void statsTableHasEverySectionAndEveryTable() {
    Result table = run(onWarehouse("stats"));
    JsonNode json = run(onWarehouse("stats", "--format", "json")).json();
    assertThat(table.out())
        .contains("Tables", "Top conditions", "Encounters per month", "Ingest runs");
    json.get("tables")
        .forEach(t -> assertThat(table.out()).contains("  " + t.get("table").asText() + " "));
    assertThat(table.lastLine()).as("the last ingest run closes the table").endsWith("committed");
  }

  @Test
  void statsJsonLongerThan64KiBArrivesWhole() {
    Result r = run(onWarehouse("stats", "--format", "json"));
    assertThat(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .as("this output is longer than a 64 KiB pipe buffer")
        .isGreaterThan(65_536);
    JsonNode n = r.json();
    // An app's JSON is a map written with its keys in order (ResultJson); "run" is the provenance
    // every app adds.
    assertThat(n.fieldNames())
        .toIterable()
        .containsExactly(
            "dateRanges",
            "encountersPerMonth",
            "ingestRuns",
            "population",
            "quarantine",
            "run",
            "schemaVersion",
            "tables",
            "topCodes",
            "warehouse");
  }

  static Stream<Arguments> analyses() {
    return Stream.of(
        Arguments.of("quality", "Verdict: .+"),
        Arguments.of("link", "  Fellegi-Sunter: match prevalence .+"),
        Arguments.of("surveil", "\\s+noufaily\\s+\\d+ of\\s+\\d+ periods"),
        Arguments.of(
            "scan",
            "(  left out: region .+|Significant clusters \\(p <= 0\\.05\\): 0|\\s+\\d+\\s+\\d{3}\\s.+)"),
        Arguments.of("spc", "  (no signals: the process looks stable|\\d{4}-\\d{2} .+)"),
        Arguments.of("rules", ".+\\s\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d+\\.\\d{2}\\s+\\S+"),
        Arguments.of("fraud", "\\s+100 .+"),
        Arguments.of("segment", "    .+\\(x\\d+\\.\\d\\)"),
        Arguments.of("risk", "  class sizes \\(size=count\\): \\{.+\\}"),
        Arguments.of("audit verify", "Audit chain (intact|BROKEN)\\."),
        Arguments.of("forecast", "\\s+\\d{4}-\\d{2}-\\d{2}\\s.+"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analyses")
  void analysisTableEndsWithItsLastLineAndItsJsonIsWhole(String command, String lastLine) {
    Result table = medmine.run(onWarehouse(command));
    assertThat(table.code()).as(table.err()).isIn(0, 3);
    assertThat(table.out()).endsWith("\n");
    assertThat(table.lastLine()).as("%s ends with its last line", command).matches(lastLine);
    Result json = medmine.run(onWarehouse(command, "--format", "json"));
    assertThat(json.code()).as(json.err()).isEqualTo(table.code());
    assertThat(json.json().isContainerNode()).isTrue();
  }

  @Test
  void reportWritesAWholeHtmlFileAndSaysSo() throws IOException {
    Path html = dir.resolve("report.html");
    Result r = run(onWarehouse("report", "--plaintext", "-o", html.toString()));
    assertThat(r.out()).startsWith("Wrote " + html).endsWith("open it in any browser.\n");
    assertThat(Files.readString(html).strip()).startsWith("<!DOCTYPE html>").endsWith("</html>");
  }

  @Test
  void exportAndImportPrintEveryTable() {
    Path pq = dir.resolve("pq");
    Result table = run(onWarehouse("export", "--plaintext", "--parquet", pq.toString()));
    assertThat(table.lastLine()).matches("  quarantine\\s+\\d+ rows");
    JsonNode exported =
        run(onWarehouse(
                "export",
                "--plaintext",
                "--parquet",
                dir.resolve("pq2").toString(),
                "--format",
                "json"))
            .json();
    Result imported =
        run("import", "--parquet", pq.toString(), "-w", dir.resolve("imported.duckdb").toString());
    assertThat(imported.lastLine()).matches("  quarantine\\s+\\d+ rows");
    JsonNode again =
        run(
                "import",
                "--parquet",
                pq.toString(),
                "-w",
                dir.resolve("imported2.duckdb").toString(),
                "--format",
                "json")
            .json();
    assertThat(again.toString()).contains("\"patient\":" + exported.findValue("patient").asLong());
  }

  @Test
  void omopExportAndImportRoundTripAndAnIncompleteFolderIsOneSentence() throws IOException {
    Path omop = dir.resolve("omop");
    JsonNode exported =
        run(onWarehouse("export", "--plaintext", "--omop", omop.toString(), "--format", "json"))
            .json();
    assertThat(Files.readAllLines(omop.resolve("person.csv")).get(0))
        .startsWith("person_id,gender_concept_id,year_of_birth,");
    Path from = dir.resolve("from-omop.duckdb");
    JsonNode imported =
        run("import", "--omop", omop.toString(), "-w", from.toString(), "--format", "json").json();
    assertThat(imported.findValue("patient").asLong())
        .isPositive()
        .isEqualTo(exported.findValue("person").asLong());
    Path encrypted = dir.resolve("omop-encrypted");
    run(onWarehouse("export", "--omop", encrypted.toString()));
    assertThat(encrypted.resolve("person.csv.enc")).exists();
    assertThat(encrypted.resolve("person.csv")).doesNotExist();
    Files.delete(omop.resolve("cost.csv"));
    Path refused = dir.resolve("refused.duckdb");
    Result r = medmine.run("import", "--omop", omop.toString(), "-w", refused.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .contains("lacks cost.csv")
        .doesNotContain("Exception")
        .hasLineCount(1);
    assertThat(refused).doesNotExist();
  }

  @Test
  void deidAndItsVerificationPrintTheirWholeManifest() {
    Result table = run(onWarehouse("deid", "--out", dir.resolve("deid.duckdb").toString()));
    assertThat(table.lastLine()).startsWith("Next: medmine deid verify");
    JsonNode v =
        medmine
            .run(
                "deid",
                "verify",
                "-w",
                dir.resolve("deid.duckdb").toString(),
                "--against",
                w.toString(),
                "--format",
                "json")
            .json();
    assertThat(v.has("verdict")).isTrue();
  }

  @Test
  void fileCommandsPrintTheirOneLine() throws IOException {
    Path note =
        Files.writeString(dir.resolve("note.txt"), "Seen by Dr. Alice Smith on 2020-01-02.");
    assertThat(run("scrub", note.toString()).out())
        .startsWith("Scrubbed 1 file(s); replaced: ")
        .endsWith("\n");
    Path optOut = Files.writeString(dir.resolve("opt-out.txt"), "no-such-patient\n");
    assertThat(run(onWarehouse("consent", "--opt-out", optOut.toString())).out())
        .isEqualTo("Stored 1 consent record(s).\n");
    Path enc = dir.resolve("note.txt.enc");
    assertThat(run("encrypt", note.toString(), "--out", enc.toString()).out())
        .isEqualTo("Encrypted " + note + " to " + enc + "\n");
    Path back = dir.resolve("note-again.txt");
    assertThat(run("decrypt", enc.toString(), "--out", back.toString()).out())
        .isEqualTo("Decrypted " + enc + " to " + back + "\n");
    assertThat(back).hasSameTextualContentAs(note);
  }

  @Test
  void studyAndPredictPrintTheirCardsAndRows() {
    Path out = dir.resolve("study");
    Result study = run(onWarehouse("study run", "los-inpatient", "--out", out.toString()));
    assertThat(study.lastLine()).startsWith("Model card: ");
    assertThat(
            run(onWarehouse(
                    "study run", "los-inpatient", "--out", out.toString(), "--format", "json"))
                .json()
                .get("study")
                .asText())
        .isEqualTo("los-inpatient");
    String model = out.resolve("los-inpatient-model.json").toString();
    Result predict = run(onWarehouse("predict", "--model", model, "--top", "7"));
    assertThat(
            predict
                .out()
                .lines()
                .filter(l -> l.matches("\\S+/\\S+ \\d{4}-\\d{2}-\\d{2} .+"))
                .count())
        .as("all 7 rows: %s", predict.out())
        .isEqualTo(7);
    assertThat(
            run(onWarehouse("predict", "--model", model, "--format", "json"))
                .json()
                .get("study")
                .asText())
        .isEqualTo("los-inpatient");
  }

  @Test
  void ingestOfSyntheaCsvPrintsItsWholeSummary() {
    Result r =
        run(
            "ingest",
            "--no-progress",
            "-w",
            dir.resolve("csv.duckdb").toString(),
            TestPopulations.small().csvDir().toString());
    assertThat(r.out()).contains("records read");
    assertThat(r.lastLine()).matches("  time\\s+[\\d.]+ s");
  }

  @Test
  void demoOnTheCachedPopulationPrintsEveryStepToTheEnd() throws IOException {
    Path demo = Files.createDirectories(dir.resolve("demo"));
    Files.createSymbolicLink(
        demo.resolve("population-p20-s42"), TestPopulations.small().fhirDir().getParent());
    Result r = run("demo", "--patients", "20", "--seed", "42", "--out", demo.toString());
    assertThat(r.out()).contains("Step 1/3", "Step 2/3", "Step 3/3");
    assertThat(r.out()).containsPattern("(?m)^Report: .*report\\.html");
    assertThat(r.lastLine()).matches("Demo done in \\d+ min \\d+ s\\.");
  }

  @Test
  void helpAndVersionArriveWhole() {
    Result help = run("--help");
    for (String command :
        List.of(
            "ingest", "stats", "report", "quality", "deid", "scrub", "audit", "study", "predict")) {
      assertThat(help.out()).contains("  " + command + " ");
    }
    assertThat(help.out()).contains("Exit codes");
    assertThat(run("help", "stats").out())
        .startsWith("Usage: medmine stats")
        .contains("--warehouse");
    assertThat(run("--version").out()).startsWith("medmine ").endsWith("\n");
  }
}
