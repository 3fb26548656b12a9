package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.stats.WarehouseStats;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.EncryptedWarehouses;

/**
 * The access layer reads a warehouse that DuckDB wrote encrypted (AES-256-GCM): with the key,
 * statistics and a mining job see what they see in the plain original; without a key, with a wrong
 * key, or for writing results without OpenSSL from httpfs, one sentence and the file untouched. The
 * fixture is written with DuckDB's insecure test-only writer ({@link InsecureEncryptedWarehouse});
 * reading it takes the same path as a secure one.
 */
class AccessLayerEncryptedTest {
  static final String KEY = "a-test-key-of-32-bytes-0123456789";
  @TempDir Path dir;
  Path plain;
  Path encrypted;

  @BeforeEach
  void fixture() {
    SmallWarehouse.copy(dir, "plain.duckdb").close();
    plain = dir.resolve("plain.duckdb");
    encrypted = InsecureEncryptedWarehouse.copy(plain, dir.resolve("enc.duckdb"), KEY);
  }

  private static Optional<EncryptedWarehouses.Key> key(String secret, Path extensions) {
    return Optional.of(new EncryptedWarehouses.Key(secret, extensions));
  }

  @Test
  void theFixtureIsEncryptedAndHoldsNoPlaintextName() throws Exception {
    List<String> names = new ArrayList<>();
    try (AccessLayer a = AccessLayer.openForMining(plain, Role.ADMIN, Optional.empty());
        Statement s = a.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT family_name FROM patient WHERE length(family_name) > 4")) {
      assertThat(a.encrypted()).isFalse();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    String raw = new String(Files.readAllBytes(encrypted), StandardCharsets.ISO_8859_1);
    assertThat(names).hasSizeGreaterThan(10);
    assertThat(names).allSatisfy(n -> assertThat(raw).doesNotContain(n));
    assertThat(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1))
        .contains(names.get(0));
  }

  @Test
  void statsAndRuleMiningReadTheEncryptedWarehouseWithItsKeyAsThePlainOne() {
    WarehouseStats plainStats;
    RuleMining.Result plainRules;
    try (AccessLayer a = AccessLayer.openForMining(plain, Role.ADMIN, Optional.empty())) {
      plainStats = WarehouseStats.of(org.medmine.testing.EngineSession.of(a.connection()), 10);
      plainRules = RuleMining.run(a.connection(), RuleMining.Options.defaults());
    }
    try (AccessLayer a =
        AccessLayer.openForMining(encrypted, Role.ADMIN, key(KEY, dir.resolve("no-httpfs")))) {
      assertThat(a.encrypted()).isTrue();
      WarehouseStats stats =
          WarehouseStats.of(org.medmine.testing.EngineSession.of(a.connection()), 10);
      assertThat(stats.toText())
          .startsWith("Warehouse " + encrypted)
          .isEqualTo(plainStats.toText().replace(plain.toString(), encrypted.toString()));
      RuleMining.Result rules = RuleMining.run(a.connection(), RuleMining.Options.defaults());
      assertThat(rules.rules()).isNotEmpty().isEqualTo(plainRules.rules());
      assertThat(a.visibleRows().get("patient")).isEqualTo(plainStats.rows("patient")).isPositive();
    }
  }

  @Test
  void withoutAKeyTheSentenceSaysWhichVariableToSet() {
    assertThatThrownBy(() -> AccessLayer.openForMining(encrypted, Role.ADMIN, Optional.empty()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Warehouse "
                + encrypted
                + " is encrypted: set MEDMINE_WAREHOUSE_KEY (or"
                + " MEDMINE_WAREHOUSE_KEY_FILE=FILE) to its key.");
  }

  @Test
  void aWrongKeyIsOneSentenceAndNoStackOfCauses() {
    assertThatThrownBy(
            () -> AccessLayer.openForMining(encrypted, Role.ADMIN, key("w".repeat(32), null)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("Cannot open encrypted warehouse " + encrypted)
        .hasMessageContaining("Wrong encryption key")
        .hasMessageEndingWith("check the warehouse key.")
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
  }

  @Test
  void writingResultsWithoutOpenSslIsRefusedAndLeavesTheFileAsItWas() throws Exception {
    byte[] before = Files.readAllBytes(encrypted);
    Path none = dir.resolve("no-httpfs");
    assertThatThrownBy(
            () ->
                AccessLayer.openForMiningAndResults(
                    encrypted, Role.DATA_ENGINEER, Set.of("observation_standard"), key(KEY, none)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Cannot write to the encrypted warehouse enc.duckdb: DuckDB encrypts securely only with OpenSSL"
                + " from its httpfs extension, which is not in "
                + none
                + "; install it (in DuckDB on a machine with"
                + " network access: INSTALL httpfs; then copy ~/.duckdb/extensions here) or give --duckdb-extensions DIR"
                + " (or set MEDMINE_DUCKDB_EXTENSIONS).");
    assertThat(Files.readAllBytes(encrypted)).isEqualTo(before);
    assertThat(dir.resolve("enc.duckdb.wal")).doesNotExist();
  }

  @Test
  void anAnalystStillMayNotOpenAnIdentifiedEncryptedWarehouse() {
    assertThatThrownBy(() -> AccessLayer.openForMining(encrypted, Role.ANALYST, key(KEY, null)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("An analyst may open only de-identified warehouses");
  }
}
