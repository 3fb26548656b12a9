package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.Role;
import org.medmine.testing.SmallWarehouse;

/**
 * Issue 29, defect 2: a de-identified warehouse refuses identified input (ingest, import, consent)
 * and stays as it was; and its de-identified status is derived from facts that rows added behind
 * medmine's back change, so such a warehouse is then treated as identified: an analyst may not open
 * it, and report and export encrypt again.
 */
class DeidentifiedWarehouseInputTest {
  @TempDir Path dir;
  Path identified;
  Path deidentified;

  @BeforeEach
  void deidentify() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    identified = dir.resolve("w.duckdb");
    deidentified = dir.resolve("deid.duckdb");
    Path key = Files.writeString(dir.resolve("deid.key"), "a-long-enough-test-secret-0123456789");
    CliTest.Run deid =
        CliTest.medmine(
            "deid",
            "-w",
            identified.toString(),
            "--out",
            deidentified.toString(),
            "--key-file",
            key.toString(),
            "--as-of",
            "2025-01-01");
    assertThat(deid.code()).as(deid.err()).isZero();
  }

  private Path identifiedBundle() throws Exception {
    return Files.writeString(
        dir.resolve("bundle.json"),
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04",
            "name":[{"given":["Rosalind"],"family":"Okafor"}],
            "identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"999-12-7983"}],
            "address":[{"line":["12 Maple Street"],"city":"Quincy","state":"MA","postalCode":"02169"}]}}
        ]}""");
  }

  private void assertRefusedAndUnchanged(CliTest.Run r, byte[] before, String doWhat)
      throws Exception {
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "medmine: "
                + deidentified
                + " is a de-identified warehouse (written by 'medmine"
                + " deid'): "
                + doWhat
                + " into the identified warehouse it came from and run 'medmine deid' again.");
    assertThat(Files.readAllBytes(deidentified))
        .as("the de-identified warehouse is unchanged")
        .isEqualTo(before);
  }

  @Test
  void ingestImportAndConsentIntoADeidentifiedWarehouseAreRefusedAndChangeNothing()
      throws Exception {
    byte[] before = Files.readAllBytes(deidentified);
    assertRefusedAndUnchanged(
        CliTest.medmine("ingest", "-w", deidentified.toString(), identifiedBundle().toString()),
        before,
        "ingest");
    Path export = dir.resolve("export");
    assertThat(
            CliTest.medmine(
                    "export",
                    "-w",
                    identified.toString(),
                    "--parquet",
                    export.toString(),
                    "--plaintext")
                .code())
        .isZero();
    assertRefusedAndUnchanged(
        CliTest.medmine("import", "-w", deidentified.toString(), "--parquet", export.toString()),
        before,
        "import");
    Path optOut = Files.writeString(dir.resolve("opt-out.txt"), "p1\n");
    assertRefusedAndUnchanged(
        CliTest.medmine("consent", "-w", deidentified.toString(), "--opt-out", optOut.toString()),
        before,
        "load consent");
  }

  @Test
  void identifiedRowsAddedBehindMedminesBackEndTheDeidentifiedStatus() throws Exception {
    CliTest.Run clear =
        CliTest.medmine(
            "report", "-w", deidentified.toString(), "--out", dir.resolve("clear.html").toString());
    assertThat(clear.code()).as(clear.err()).isZero();
    assertThat(dir.resolve("clear.html"))
        .as("a de-identified warehouse reports in the clear")
        .exists();
    try (AccessLayer a = AccessLayer.openForMining(deidentified, Role.ANALYST)) {
      assertThat(a.deidentified()).isTrue();
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + deidentified.toAbsolutePath());
        Statement s = c.createStatement()) {
      // what an older medmine, or anyone with DuckDB, could do: identified rows and their run
      s.execute(
          "INSERT INTO patient (source, id, given_name, family_name, ssn, address_line) VALUES"
              + " ('h2', 'p1', 'Rosalind', 'Okafor', '999-12-7983', '12 Maple Street')");
      s.execute(
          "INSERT INTO ingest_run (run_id, source, format, status) VALUES ('run-x', 'h2', 'fhir', 'committed')");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessLayer.openForMining(deidentified, Role.ANALYST))
        .hasMessageContaining("An analyst may open only de-identified warehouses");
    try (AccessLayer a = AccessLayer.openForMining(deidentified, Role.ADMIN)) {
      assertThat(a.deidentified()).isFalse();
    }
    CliTest.Run report =
        CliTest.medmine(
            "report", "-w", deidentified.toString(), "--out", dir.resolve("r.html").toString());
    assertThat(report.code()).isEqualTo(2);
    assertThat(report.err()).contains("No file-encryption key");
    assertThat(dir.resolve("r.html")).doesNotExist();
    Path out = dir.resolve("out");
    CliTest.Run export =
        CliTest.medmine("export", "-w", deidentified.toString(), "--parquet", out.toString());
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("No file-encryption key");
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.walk(out)) {
        assertThat(files.filter(f -> f.toString().endsWith(".parquet")))
            .as("no plaintext Parquet")
            .isEmpty();
      }
    }
  }
}
