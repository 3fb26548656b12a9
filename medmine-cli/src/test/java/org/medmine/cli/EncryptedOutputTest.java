package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.privacy.FileEncryption;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.ParquetExchange;

/**
 * Identified outputs are encrypted by default (issue 4): export, import and decrypt on the shared
 * population.
 */
class EncryptedOutputTest {
  @TempDir static Path shared;
  static Path warehouse;
  static Set<String> names;
  @TempDir Path dir;

  @BeforeAll
  static void ingest() throws Exception {
    SmallWarehouse.copy(shared, "w.duckdb").close();
    warehouse = shared.resolve("w.duckdb");
    names =
        query(
            warehouse,
            "SELECT given_name FROM patient UNION SELECT family_name FROM patient"
                + " UNION SELECT maiden_name FROM patient");
    names.remove(null);
  }

  private Path key(String secret) throws Exception {
    Path k = dir.resolve("key-" + secret.hashCode());
    Files.writeString(k, secret);
    return k;
  }

  @Test
  void anEncryptedExportHoldsNoPatientNameAndImportsIntoAnIdenticalWarehouse() throws Exception {
    assertThat(names).hasSizeGreaterThan(20);
    Path key = key("the-right-file-secret-0123456789");
    Path pq = dir.resolve("pq");
    CliTest.Run export =
        CliTest.medmine(
            "export",
            "-w",
            warehouse.toString(),
            "--parquet",
            pq.toString(),
            "--key-file",
            key.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("(encrypted, AES-256-GCM");
    List<Path> files = files(pq);
    assertThat(files)
        .hasSize(ParquetExchange.tables().size())
        .allMatch(f -> f.toString().endsWith("part-0.parquet.enc"));
    for (Path f : files) {
      String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(raw).startsWith("MEDMINE2");
      for (String name : names) {
        assertThat(raw).as("%s holds the name %s", f, name).doesNotContain(name);
      }
    }

    // decrypt reverses one file: the clear Parquet holds exactly the warehouse's patients' names
    Path clear = dir.resolve("patient.parquet");
    CliTest.Run decrypt =
        CliTest.medmine(
            "decrypt",
            pq.resolve("patient/part-0.parquet.enc").toString(),
            "--out",
            clear.toString(),
            "--key-file",
            key.toString());
    assertThat(decrypt.code()).as(decrypt.err()).isZero();
    Set<String> back =
        query(
            warehouse,
            "SELECT given_name FROM read_parquet('"
                + clear
                + "') UNION SELECT family_name FROM read_parquet('"
                + clear
                + "') UNION SELECT maiden_name FROM read_parquet('"
                + clear
                + "')");
    back.remove(null);
    assertThat(back).isEqualTo(names);

    Path w2 = dir.resolve("w2.duckdb");
    CliTest.Run imported =
        CliTest.medmine(
            "import",
            "-w",
            w2.toString(),
            "--parquet",
            pq.toString(),
            "--key-file",
            key.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + warehouse + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + w2 + "' AS b (READ_ONLY)");
      for (String t : ParquetExchange.tables()) {
        assertThat(count(s, "SELECT count(*) FROM a." + t))
            .as(t)
            .isEqualTo(count(s, "SELECT count(*) FROM b." + t));
        assertThat(
                count(
                    s,
                    "SELECT count(*) FROM (SELECT * FROM a."
                        + t
                        + " EXCEPT ALL SELECT * FROM b."
                        + t
                        + ")"))
            .as(t)
            .isZero();
        assertThat(
                count(
                    s,
                    "SELECT count(*) FROM (SELECT * FROM b."
                        + t
                        + " EXCEPT ALL SELECT * FROM a."
                        + t
                        + ")"))
            .as(t)
            .isZero();
      }
      assertThat(count(s, "SELECT count(*) FROM b.patient")).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void theWrongKeyFailsCleanlyAndWritesNothing() throws Exception {
    Path pq = dir.resolve("pq");
    assertThat(
            CliTest.medmine(
                    "export",
                    "-w",
                    warehouse.toString(),
                    "--parquet",
                    pq.toString(),
                    "--key-file",
                    key("the-right-file-secret-0123456789").toString())
                .code())
        .isZero();
    Path wrong = key("a-wrong-file-secret-9876543210");
    Path w3 = dir.resolve("w3.duckdb");
    CliTest.Run imported =
        CliTest.medmine(
            "import",
            "-w",
            w3.toString(),
            "--parquet",
            pq.toString(),
            "--key-file",
            wrong.toString());
    assertThat(imported.code()).isEqualTo(2);
    assertThat(imported.err())
        .startsWith("medmine: Cannot decrypt ")
        .contains("the key is wrong")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(w3).doesNotExist();
    Path clear = dir.resolve("patient.parquet");
    CliTest.Run decrypt =
        CliTest.medmine(
            "decrypt",
            pq.resolve("patient/part-0.parquet.enc").toString(),
            "--out",
            clear.toString(),
            "--key-file",
            wrong.toString());
    assertThat(decrypt.code()).isEqualTo(2);
    assertThat(decrypt.err()).doesNotContain("\tat ");
    assertThat(clear).doesNotExist();
  }

  @Test
  void withoutAKeyExportRefusesAndSaysHowToSetOne() {
    assertThat(System.getenv(FileEncryption.KEY_ENV))
        .as("the test runs without a file key in the environment")
        .isNull();
    Path pq = dir.resolve("pq");
    CliTest.Run r =
        CliTest.medmine("export", "-w", warehouse.toString(), "--parquet", pq.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("medmine: No file-encryption key:")
        .contains("MEDMINE_FILE_KEY", "--key-file", "--plaintext")
        .doesNotContain("\tat ");
    assertThat(pq).doesNotExist();
  }

  @Test
  void plaintextIsRecordedInTheAuditLogAndDeidentifiedOutputIsClear() throws Exception {
    Path w = dir.resolve("w.duckdb");
    Files.copy(warehouse, w);
    CliTest.Run plain =
        CliTest.medmine(
            "export",
            "-w",
            w.toString(),
            "--parquet",
            dir.resolve("plain").toString(),
            "--plaintext");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("IN THE CLEAR");
    assertThat(dir.resolve("plain/patient/part-0.parquet")).exists();
    assertThat(
            query(
                w,
                "SELECT action || ': ' || detail FROM audit_log WHERE detail LIKE '%plaintext-output=%'"))
        .singleElement()
        .asString()
        .contains("export wrote")
        .contains("--plaintext");

    Path deid = dir.resolve("deid.duckdb");
    CliTest.Run d =
        CliTest.medmine(
            "deid",
            "-w",
            w.toString(),
            "--out",
            deid.toString(),
            "--policy",
            "safe-harbor",
            "--key-file",
            key("a-long-enough-deid-secret-0123456789").toString());
    assertThat(d.code()).as(d.err()).isZero();
    CliTest.Run export =
        CliTest.medmine(
            "export", "-w", deid.toString(), "--parquet", dir.resolve("deid-pq").toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("in the clear: the warehouse is de-identified");
    assertThat(files(dir.resolve("deid-pq")))
        .allMatch(f -> f.toString().endsWith("part-0.parquet"));
  }

  @Test
  void ingestEncryptWithoutHttpfsRefusesWithOneSentenceAndLeavesNoWarehouse() throws Exception {
    Path w = dir.resolve("enc.duckdb");
    Path fhir = org.medmine.TestPopulations.small().fhirDir();
    CliTest.Run noKey =
        CliTest.medmine(
            "ingest", "--no-progress", "--encrypt", "-w", w.toString(), fhir.toString());
    assertThat(noKey.code()).isEqualTo(2);
    assertThat(noKey.err())
        .startsWith("medmine: No warehouse key:")
        .contains("MEDMINE_WAREHOUSE_KEY", "--warehouse-key-file");
    CliTest.Run r =
        CliTest.medmine(
            "ingest",
            "--no-progress",
            "--encrypt",
            "--warehouse-key-file",
            key("a-long-warehouse-secret-0123456789").toString(),
            "--duckdb-extensions",
            dir.resolve("no-extensions").toString(),
            "-w",
            w.toString(),
            fhir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "medmine: Cannot create an encrypted warehouse: DuckDB encrypts securely only with OpenSSL")
        .contains("INSTALL httpfs")
        .doesNotContain("\tat ")
        .doesNotContain("force_mbedtls_unsafe");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(w).doesNotExist();
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> query(Path db, String sql) throws Exception {
    Set<String> out =
        new TreeSet<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), readOnly());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static java.util.Properties readOnly() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }
}
