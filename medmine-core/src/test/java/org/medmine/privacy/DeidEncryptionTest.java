package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;

/**
 * De-identification and DuckDB's database encryption: an encrypted source is read with its key (the
 * fixture is written with DuckDB's insecure test-only writer, {@link InsecureEncryptedWarehouse});
 * an encrypted output is refused without OpenSSL from httpfs, before anything is read, and leaves
 * no file.
 */
class DeidEncryptionTest {
  static final byte[] SECRET = "test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  static final String KEY = "a-test-key-of-32-bytes-0123456789";
  @TempDir Path dir;

  private Path plain() {
    SmallWarehouse.copy(dir, "plain.duckdb").close();
    return dir.resolve("plain.duckdb");
  }

  private static long count(Path warehouse, String sql) throws Exception {
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anEncryptedSourceIsDeidentifiedWithItsKeyAsThePlainOneIs() throws Exception {
    Path plain = plain();
    Path encrypted = InsecureEncryptedWarehouse.copy(plain, dir.resolve("enc.duckdb"), KEY);
    Deidentifier deid = new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF);
    DeidManifest fromPlain =
        deid.run(plain, dir.resolve("a.duckdb"), Optional.empty(), Optional.empty());
    DeidManifest fromEncrypted =
        deid.run(
            encrypted,
            dir.resolve("b.duckdb"),
            Optional.of(new EncryptedWarehouses.Key(KEY, null)),
            Optional.empty());
    assertThat(fromEncrypted.rows()).isEqualTo(fromPlain.rows());
    assertThat(fromEncrypted.phiReplaced()).isEqualTo(fromPlain.phiReplaced());
    String pseudonyms =
        "SELECT count(*) FROM (SELECT id FROM patient INTERSECT SELECT id FROM other.patient)";
    try (Warehouse w = Warehouse.openExisting(dir.resolve("b.duckdb"), true);
        Statement s = w.connection().createStatement()) {
      s.execute("ATTACH '" + dir.resolve("a.duckdb") + "' AS other (READ_ONLY)");
      try (ResultSet rs = s.executeQuery(pseudonyms)) {
        rs.next();
        assertThat(rs.getLong(1))
            .as("same keyed pseudonyms")
            .isEqualTo(count(plain, "SELECT count(*) FROM patient"))
            .isPositive();
      }
    }
    assertThatThrownBy(
            () -> deid.run(encrypted, dir.resolve("c.duckdb"), Optional.empty(), Optional.empty()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is encrypted: set MEDMINE_WAREHOUSE_KEY");
    assertThat(dir.resolve("c.duckdb")).doesNotExist();
  }

  @Test
  void anEncryptedOutputWithoutOpenSslIsRefusedWithTheIngestSentenceAndLeavesNoFile()
      throws IOException {
    Path plain = plain();
    Path out = dir.resolve("deid.duckdb");
    Path none = dir.resolve("no-httpfs");
    assertThatThrownBy(
            () ->
                new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF)
                    .run(
                        plain,
                        out,
                        Optional.empty(),
                        Optional.of(new EncryptedWarehouses.Key(KEY, none))))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Cannot create an encrypted warehouse: DuckDB encrypts securely only with OpenSSL from its httpfs"
                + " extension, which is not in "
                + none
                + "; install it (in DuckDB on a machine with network access: INSTALL"
                + " httpfs; then copy ~/.duckdb/extensions here) or give --duckdb-extensions DIR (or set"
                + " MEDMINE_DUCKDB_EXTENSIONS).");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plain.duckdb");
    }
  }
}
