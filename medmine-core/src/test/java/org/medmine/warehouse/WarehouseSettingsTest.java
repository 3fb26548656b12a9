package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.Role;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;

/**
 * The settings a front end passes in are the ones DuckDB runs with: its memory limit in every
 * session medmine opens (the warehouse's own, an encrypted one's, the access layer's), the key of a
 * warehouse that turns out to be encrypted, and the extension folder of the environment given.
 */
class WarehouseSettingsTest {
  static final String KEY = "a-test-key-of-32-bytes-0123456789";
  @TempDir Path dir;

  private static WarehouseSettings limited(String memoryLimit) {
    return new WarehouseSettings(memoryLimit, Optional.empty(), Optional.empty());
  }

  private static String memoryLimit(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('memory_limit')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void duckDbsMemoryIsCappedAsTheSettingsSayInEverySession() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path file = dir.resolve("w.duckdb");
    String byDefault;
    try (Warehouse w = Warehouse.open(file)) {
      byDefault = memoryLimit(w.connection());
    }
    assertThat(byDefault).as("the default, 1GB").startsWith("953.6");
    try (Warehouse w = Warehouse.open(file, limited("256MB"))) {
      assertThat(memoryLimit(w.connection())).startsWith("244.1");
    }
    try (Warehouse w = Warehouse.openExisting(file, true, limited("512MB"))) {
      assertThat(memoryLimit(w.connection())).startsWith("488.2");
    }
    try (AccessLayer a = AccessLayer.openForMining(file, Role.ADMIN, limited("256MB"))) {
      assertThat(memoryLimit(a.connection())).startsWith("244.1");
    }
    Path encrypted = InsecureEncryptedWarehouse.copy(file, dir.resolve("enc.duckdb"), KEY);
    try (Warehouse w =
        Warehouse.openExisting(
            encrypted,
            true,
            limited("256MB").withKey(Optional.of(new EncryptedWarehouses.Key(KEY, null))))) {
      assertThat(memoryLimit(w.connection())).startsWith("244.1");
    }
  }

  @Test
  void anEncryptedWarehouseOpensWithTheKeyOfTheSettingsAndWithoutOneSaysWhichVariableToSet()
      throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path encrypted =
        InsecureEncryptedWarehouse.copy(dir.resolve("w.duckdb"), dir.resolve("enc.duckdb"), KEY);
    assertThatThrownBy(() -> Warehouse.openExisting(encrypted, true))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Warehouse "
                + encrypted
                + " is encrypted: set MEDMINE_WAREHOUSE_KEY (or"
                + " MEDMINE_WAREHOUSE_KEY_FILE=FILE) to its key.");
    WarehouseSettings keyed =
        WarehouseSettings.defaults().withKey(Optional.of(new EncryptedWarehouses.Key(KEY, null)));
    try (Warehouse w = Warehouse.openExisting(encrypted, true, keyed);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM patient")) {
      rs.next();
      assertThat(rs.getLong(1)).isPositive();
    }
  }

  @Test
  void theExtensionFolderIsTheEnvironmentsElseTheUsersDuckDbFolder() {
    Path home = dir.resolve("home");
    assertThat(EncryptedWarehouses.extensionFolder(Map.of(), home))
        .isEqualTo(home.resolve(".duckdb/extensions"));
    assertThat(
            EncryptedWarehouses.extensionFolder(
                Map.of(EncryptedWarehouses.EXTENSIONS_ENV, "/opt/duckdb"), home))
        .isEqualTo(Path.of("/opt/duckdb"));
  }

  @Test
  void aKeyWithoutAnExtensionFolderIsRefusedForWritingInOneSentence() {
    Path file = dir.resolve("enc.duckdb");
    assertThatThrownBy(
            () -> EncryptedWarehouses.open(file, new EncryptedWarehouses.Key(KEY, null), false))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining(
            "which is not in any DuckDB extension folder (none was given); install it");
    assertThat(file).doesNotExist();
  }

  @Test
  void aBlankMemoryLimitIsTheDefault() {
    assertThat(limited(null).memoryLimit()).isEqualTo(WarehouseSettings.DEFAULT_MEMORY_LIMIT);
    assertThat(limited(" ").memoryLimit()).isEqualTo("1GB");
  }
}
