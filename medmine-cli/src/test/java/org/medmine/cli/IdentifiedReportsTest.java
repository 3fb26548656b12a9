package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * HTML files that name records of an identified warehouse ({@code report}, {@code quality --html}:
 * example rows as source/id) are encrypted by default, in the clear only with {@code --plaintext}
 * (audited) or from a de-identified warehouse. A planted implausible heart rate makes the
 * data-quality section name one record.
 */
class IdentifiedReportsTest {
  @TempDir Path dir;
  Path warehouse;
  String plantedRecord;

  @BeforeEach
  void warehouse() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb");
        Statement s = w.connection().createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id FROM observation WHERE code = '8867-4' AND value_number IS NOT NULL"
                  + " ORDER BY id LIMIT 1")) {
        assertThat(rs.next()).as("the population has a heart rate").isTrue();
        plantedRecord = rs.getString(1);
      }
      s.execute("UPDATE observation SET value_number = 720 WHERE id = '" + plantedRecord + "'");
    }
    warehouse = dir.resolve("w.duckdb");
  }

  private Path key() throws Exception {
    return Files.writeString(dir.resolve("file.key"), "the-right-file-secret-0123456789");
  }

  private String decrypt(Path enc) throws Exception {
    Path clear = dir.resolve("clear-" + enc.getFileName() + ".html");
    CliTest.Run d =
        CliTest.medmine(
            "decrypt", enc.toString(), "--out", clear.toString(), "--key-file", key().toString());
    assertThat(d.code()).as(d.err()).isZero();
    return Files.readString(clear);
  }

  @Test
  void reportWithQualityIsEncryptedByDefaultAndNamesThePlantedRecordOnlyInside() throws Exception {
    Path out = dir.resolve("r.html");
    CliTest.Run r =
        CliTest.medmine(
            "report",
            "-w",
            warehouse.toString(),
            "--quality",
            "--out",
            out.toString(),
            "--key-file",
            key().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("r.html.enc (encrypted, AES-256-GCM");
    assertThat(out).doesNotExist();
    String raw =
        new String(Files.readAllBytes(dir.resolve("r.html.enc")), StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("MEDMINE2").doesNotContain(plantedRecord, "<section");
    assertThat(decrypt(dir.resolve("r.html.enc")))
        .contains("<section id=\"data-quality\">", plantedRecord);
  }

  @Test
  void qualityHtmlIsEncryptedByDefault() throws Exception {
    Path html = dir.resolve("q.html");
    CliTest.Run r =
        CliTest.medmine(
            "quality",
            "-w",
            warehouse.toString(),
            "--html",
            html.toString(),
            "--key-file",
            key().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + html + ".enc (encrypted, AES-256-GCM");
    assertThat(html).doesNotExist();
    assertThat(
            new String(Files.readAllBytes(dir.resolve("q.html.enc")), StandardCharsets.ISO_8859_1))
        .doesNotContain(plantedRecord);
    assertThat(decrypt(dir.resolve("q.html.enc"))).contains("plaus_value_range", plantedRecord);
  }

  @Test
  void withoutAFileKeyTheReportIsRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("r.html");
    CliTest.Run r = CliTest.medmine("report", "-w", warehouse.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("medmine: No file-encryption key: identified output is encrypted by default;")
        .endsWith("or pass --plaintext to write it in the clear.");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("r.html.enc")).doesNotExist();
  }

  @Test
  void plaintextWritesTheClearReportAndTheAuditLogSaysSo() throws Exception {
    Path out = dir.resolve("r.html");
    CliTest.Run r =
        CliTest.medmine(
            "report",
            "-w",
            warehouse.toString(),
            "--quality",
            "--out",
            out.toString(),
            "--plaintext");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("IN THE CLEAR: --plaintext");
    assertThat(Files.readString(out)).contains(plantedRecord);
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'report'"
                    + " AND detail LIKE '%plaintext-output=report wrote%r.html in the clear (--plaintext)%'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }

  @Test
  void aDeidentifiedWarehouseReportsInTheClearWithoutAKey() throws Exception {
    Path deid = dir.resolve("deid.duckdb");
    Path deidKey =
        Files.writeString(dir.resolve("deid.key"), "a-long-enough-deid-secret-0123456789");
    CliTest.Run d =
        CliTest.medmine(
            "deid",
            "-w",
            warehouse.toString(),
            "--out",
            deid.toString(),
            "--key-file",
            deidKey.toString());
    assertThat(d.code()).as(d.err()).isZero();
    Path out = dir.resolve("deid-report.html");
    CliTest.Run r = CliTest.medmine("report", "-w", deid.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(in the clear: the warehouse is de-identified)");
    assertThat(Files.readString(out)).contains("<section id=\"population\">");
  }
}
