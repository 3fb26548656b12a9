package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, exit codes, one-sentence errors, JSON output. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run medmine(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path bundle() throws IOException {
    Path f = dir.resolve("bundle.json");
    Files.writeString(
        f,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"urn:uuid:p1"},
            "class":{"code":"AMB"},"period":{"start":"2020-01-02T10:00:00Z","end":"2020-01-02T11:00:00+01:00"}}},
          {"resource":{"resourceType":"Provenance","id":"x"}}
        ]}""");
    return f;
  }

  @Test
  void helpListsEveryCommand() {
    Run r = medmine("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ingest", "export", "import", "demo", "Exit codes");
    for (String command : new String[] {"ingest", "export", "import", "demo"}) {
      Run sub = medmine(command, "--help");
      assertThat(sub.code()).as(command).isZero();
      assertThat(sub.out()).as(command).contains("Usage: medmine " + command);
    }
  }

  @Test
  void missingInputIsOneSentenceAndExitTwoWithoutCreatingAWarehouse() {
    Path w = dir.resolve("w.duckdb");
    Run r = medmine("ingest", "-w", w.toString(), dir.resolve("nope.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("medmine: Input ")
        .endsWith("does not exist: check the path.");
    assertThat(r.err().strip().lines()).as("one sentence").hasSize(1);
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(w).doesNotExist();
  }

  @Test
  void folderWithoutFhirFilesIsOneSentenceAndExitTwoWithoutCreatingAWarehouse() throws IOException {
    Path w = dir.resolve("w.duckdb");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not FHIR");
    Run r = medmine("ingest", "-w", w.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("medmine: No FHIR files").endsWith("check the path.");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(w).doesNotExist();
  }

  @Test
  void unknownOptionIsAUserError() {
    Run r = medmine("ingest", "--frobnicate", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--help");
  }

  @Test
  void ingestPrintsTheCountsAndJsonIsParseable() throws IOException {
    Path w = dir.resolve("w.duckdb");
    Run table = medmine("ingest", "--no-progress", "-w", w.toString(), bundle().toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("records read", "stored", "Provenance");
    Run json = medmine("ingest", "--format", "json", "-w", w.toString(), bundle().toString());
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.get("read").asLong()).isEqualTo(3);
    assertThat(n.get("stored").asLong()).isEqualTo(2);
    assertThat(n.get("skipped").asLong()).isEqualTo(1);
  }

  @Test
  void exportThenImportRoundTripsEveryTable() throws IOException {
    Path w = dir.resolve("w.duckdb");
    assertThat(medmine("ingest", "--no-progress", "-w", w.toString(), bundle().toString()).code())
        .isZero();
    Path pq = dir.resolve("pq");
    // --plaintext deliberately: the clear interchange layout; EncryptedOutputTest covers the
    // encrypted default.
    Run export =
        medmine(
            "export",
            "-w",
            w.toString(),
            "--parquet",
            pq.toString(),
            "--format",
            "json",
            "--plaintext");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(pq.resolve("patient/part-0.parquet")).exists();
    Path w2 = dir.resolve("w2.duckdb");
    Run imported =
        medmine("import", "-w", w2.toString(), "--parquet", pq.toString(), "--format", "json");
    assertThat(imported.code()).as(imported.err()).isZero();
    Run again =
        medmine("import", "-w", w2.toString(), "--parquet", pq.toString(), "--format", "json");
    assertThat(again.out()).isEqualTo(imported.out());
    Run reexport =
        medmine(
            "export",
            "-w",
            w2.toString(),
            "--parquet",
            dir.resolve("pq2").toString(),
            "--format",
            "json",
            "--plaintext");
    assertThat(reexport.out())
        .isEqualTo(export.out())
        .contains("\"patient\" : 1", "\"encounter\" : 1");
  }

  @Test
  void importOfAFolderThatIsNotAnExportIsAUserError() throws IOException {
    Files.createDirectories(dir.resolve("junk/not_a_table"));
    Run r =
        medmine(
            "import",
            "-w",
            dir.resolve("w.duckdb").toString(),
            "--parquet",
            dir.resolve("junk").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a medmine table");
  }
}
