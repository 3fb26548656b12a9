package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;

/**
 * Issue 29, defect 9: every write into an encrypted warehouse runs here although httpfs cannot be
 * had, with DuckDB's test-only writer in its place ({@link InsecureEncryptedWarehouse#key}); only
 * the LOAD of httpfs itself is left to machines that have it. De-identification writes its output
 * encrypted, a mining job writes its results through the access layer, and a command's audit entry
 * is appended, keyed and anchored; each is read back with the key alone.
 */
class EncryptedWarehouseWritesTest {
  static final String KEY = "a-test-key-of-32-bytes-0123456789";
  static final EncryptedWarehouses.Key WRITER = InsecureEncryptedWarehouse.key(KEY);
  static final Optional<EncryptedWarehouses.Key> READER =
      Optional.of(new EncryptedWarehouses.Key(KEY, null));
  @TempDir Path dir;
  Path plain;
  Path encrypted;

  @BeforeEach
  void fixture() {
    SmallWarehouse.copy(dir, "plain.duckdb").close();
    plain = dir.resolve("plain.duckdb");
    encrypted = InsecureEncryptedWarehouse.copy(plain, dir.resolve("enc.duckdb"), KEY);
  }

  private static long count(Path warehouse, String sql) throws Exception {
    try (Warehouse w = EncryptedWarehouses.open(warehouse, READER.get(), true);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void deidentificationWritesItsOutputEncrypted() throws Exception {
    Path out = dir.resolve("deid.duckdb");
    DeidManifest m =
        new Deidentifier(
                DeidPolicy.SAFE_HARBOR,
                "deid-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                LocalDate.of(2025, 1, 1))
            .run(encrypted, out, READER, Optional.of(WRITER));
    assertThat(new String(Files.readAllBytes(out), 0, 4096, StandardCharsets.ISO_8859_1))
        .doesNotContain("deid_run");
    assertThat(count(out, "SELECT count(*) FROM patient"))
        .isEqualTo(m.rows().get("patient"))
        .isPositive();
    assertThat(count(out, "SELECT count(*) FROM deid_run")).isEqualTo(1);
  }

  @Test
  void aMiningJobWritesItsResultsIntoTheEncryptedWarehouse() throws Exception {
    try (AccessLayer a =
            AccessLayer.openForMiningAndResults(
                encrypted, Role.ADMIN, Set.of("patient_link"), Optional.of(WRITER));
        Statement s = a.connection().createStatement()) {
      assertThat(a.encrypted()).isTrue();
      s.execute(
          "INSERT INTO patient_link (source, patient_id, cluster_id, cluster_size) SELECT source, id, id, 1 FROM patient");
    }
    assertThat(count(encrypted, "SELECT count(*) FROM patient_link"))
        .isEqualTo(count(encrypted, "SELECT count(*) FROM patient"));
  }

  @Test
  void anAuditEntryIsAppendedKeyedAndAnchored() throws Exception {
    Optional<AuditKey> audit =
        Optional.of(AuditKey.of("audit-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    try (Warehouse w = EncryptedWarehouses.open(encrypted, WRITER, false)) {
      AuditLog.append(
          w.connection(), audit, "ana", "admin", "stats", "patient", 20, "identified=true");
    }
    assertThat(AuditAnchor.fileOf(encrypted)).exists();
    try (Warehouse w = EncryptedWarehouses.open(encrypted, READER.get(), true)) {
      AuditLog.Verdict v = AuditLog.verify(w.connection(), encrypted, audit);
      assertThat(v.intact()).as(v.problems().toString()).isTrue();
      assertThat(v.keyedEntries()).isEqualTo(1);
    }
  }
}
