package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;

/**
 * DuckDB database encryption with OpenSSL from a local httpfs only: without it an encrypted
 * warehouse is refused clearly and no file is left. The success path runs here with DuckDB's
 * test-only writer in httpfs's place ({@link InsecureEncryptedWarehouse#key}): the file holds no
 * plaintext name and reopens only with its key.
 */
class EncryptedWarehousesTest {
  static final String KEY = "k".repeat(32);
  @TempDir Path dir;

  @Test
  void withoutHttpfsTheRefusalSaysHowToInstallItAndWritesNoFile() {
    Path empty = dir.resolve("extensions");
    Path file = dir.resolve("enc.duckdb");
    assertThatThrownBy(
            () -> EncryptedWarehouses.open(file, new EncryptedWarehouses.Key(KEY, empty), false))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith(
            "Cannot create an encrypted warehouse: DuckDB encrypts securely only with OpenSSL")
        .hasMessageContaining("INSTALL httpfs")
        .hasMessageContaining("--duckdb-extensions DIR")
        .hasMessageNotContaining("mbedtls_unsafe");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("enc.duckdb.wal")).doesNotExist();
  }

  @Test
  void aFileThatIsNotARealHttpfsIsRefusedAndWritesNoFile() throws Exception {
    Path fake = dir.resolve("ext/" + EncryptedWarehouses.EXTENSION);
    Files.createDirectories(fake.getParent());
    Files.writeString(fake, "not really an extension");
    Path file = dir.resolve("enc.duckdb");
    assertThatThrownBy(
            () ->
                EncryptedWarehouses.open(
                    file, new EncryptedWarehouses.Key(KEY, dir.resolve("ext")), false))
        .isInstanceOf(MedmineUserException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void theExtensionIsFoundForThisVersionAndPlatformOrDirectlyInTheFolder() throws Exception {
    Path f = dir.resolve("ext/v2.0.0/linux_amd64/httpfs.duckdb_extension");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "x");
    assertThat(EncryptedWarehouses.findHttpfs(dir.resolve("ext"), "v2.0.0", "linux_amd64"))
        .contains(f);
    assertThat(EncryptedWarehouses.findHttpfs(dir.resolve("ext"), "v9.9.9", "linux_amd64"))
        .isEmpty();
    assertThat(EncryptedWarehouses.findHttpfs(f.getParent(), "v2.0.0", "linux_amd64")).contains(f);
    assertThat(EncryptedWarehouses.findHttpfs(dir.resolve("nowhere"), "v2.0.0", "linux_amd64"))
        .isEmpty();
  }

  @Test
  void aPlainWarehouseOpenedWithAKeyIsRefusedAsNotEncrypted() {
    SmallWarehouse.copy(dir, "plain.duckdb").close();
    assertThatThrownBy(
            () ->
                EncryptedWarehouses.open(
                    dir.resolve("plain.duckdb"), new EncryptedWarehouses.Key(KEY, dir), true))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("plain.duckdb");
  }

  @Test
  void shortKeysAreRefusedAndTheKeyNeverPrints() {
    assertThatThrownBy(() -> new EncryptedWarehouses.Key("short", null))
        .hasMessageContaining("shorter than 16 bytes");
    assertThat(new EncryptedWarehouses.Key(KEY, null).toString()).doesNotContain(KEY);
    assertThat(EncryptedWarehouses.keyFromEnvironment(java.util.Map.of(), dir)).isEmpty();
    assertThat(
            EncryptedWarehouses.keyFromEnvironment(
                java.util.Map.of(EncryptedWarehouses.KEY_ENV, KEY), dir))
        .get()
        .extracting(EncryptedWarehouses.Key::secret, EncryptedWarehouses.Key::extensionFolder)
        .containsExactly(KEY, dir);
  }

  /**
   * The whole success path on real Synthea data, with DuckDB's test-only writer in place of OpenSSL
   * from httpfs (which these machines cannot have): create encrypted, migrate, ingest, reopen with
   * the key, refuse another key.
   */
  @Test
  void anEncryptedSyntheaWarehouseHoldsNoPlaintextNameAndReopensOnlyWithItsKey() throws Exception {
    Path file = dir.resolve("enc.duckdb");
    EncryptedWarehouses.Key key = InsecureEncryptedWarehouse.key(KEY);
    try (Warehouse w = EncryptedWarehouses.open(file, key, false)) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
          IngestListener.NONE);
    }
    Set<String> names = new TreeSet<>();
    long patients;
    try (Warehouse plain = SmallWarehouse.copy(dir, "plain.duckdb");
        Statement s = plain.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT given_name FROM patient UNION SELECT family_name FROM patient")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      patients = Long.parseLong(one(s, "SELECT count(*) FROM patient"));
    }
    String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertThat(names).hasSizeGreaterThan(20);
    for (String name : names) {
      assertThat(raw).as("plaintext name %s", name).doesNotContain(name);
    }
    try (Warehouse w =
            EncryptedWarehouses.open(
                file, new EncryptedWarehouses.Key(KEY, dir.resolve("no-httpfs")), true);
        Statement s = w.connection().createStatement()) {
      assertThat(Long.parseLong(one(s, "SELECT count(*) FROM patient")))
          .as("reading needs only the key")
          .isEqualTo(patients);
      assertThat(
              one(
                  s,
                  "SELECT encrypted::VARCHAR || ' ' || cipher FROM duckdb_databases() WHERE database_name = 'wh'"))
          .isEqualTo("true GCM");
    }
    assertThatThrownBy(
            () ->
                EncryptedWarehouses.open(
                    file, new EncryptedWarehouses.Key("w".repeat(32), null), true))
        .isInstanceOf(MedmineUserException.class);
  }

  private static String one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
