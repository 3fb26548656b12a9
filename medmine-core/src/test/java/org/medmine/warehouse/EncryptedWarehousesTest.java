package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/** Without OpenSSL-backed DuckDB crypto (no httpfs in the folder), an encrypted warehouse is refused clearly. */
class EncryptedWarehousesTest {
  @TempDir Path dir;

  @Test
  void withoutHttpfsTheRefusalSaysHowToInstallItAndWritesNoFile() {
    Path empty = dir.resolve("extensions");
    Path file = dir.resolve("enc.duckdb");
    assertThatThrownBy(() -> EncryptedWarehouses.open(file, "k".repeat(32), empty))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("Cannot create an encrypted warehouse: DuckDB encrypts securely only with OpenSSL")
        .hasMessageContaining("INSTALL httpfs")
        .hasMessageNotContaining("mbedtls_unsafe");
    assertThat(file).doesNotExist();
  }

  @Test
  void theExtensionIsFoundUnderAnyVersionAndPlatformFolder() throws Exception {
    Path f = dir.resolve("ext/v9.9.9/linux_amd64/httpfs.duckdb_extension");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "not really an extension");
    assertThat(EncryptedWarehouses.findHttpfs(dir.resolve("ext"))).contains(f);
    assertThat(EncryptedWarehouses.findHttpfs(dir.resolve("nowhere"))).isEmpty();
  }
}
