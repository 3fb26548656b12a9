package org.medmine.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.medmine.model.MedmineUserException;

/**
 * DuckDB's own database encryption (AES-256-GCM) for warehouses. DuckDB writes encrypted files securely only
 * with OpenSSL from its {@code httpfs} extension, which our machines cannot download: medmine loads it from
 * the user's DuckDB extension folder (or a folder given by option) and otherwise refuses. It never falls back
 * to DuckDB's built-in mbedtls writer ({@code force_mbedtls_unsafe}), which DuckDB itself declares insecure.
 */
public final class EncryptedWarehouses {
  static final String EXTENSION = "httpfs.duckdb_extension";

  private EncryptedWarehouses() {}

  /** The user's DuckDB extension folder ({@code ~/.duckdb/extensions}). */
  public static Path defaultExtensionFolder() {
    return Path.of(System.getProperty("user.home"), ".duckdb", "extensions");
  }

  /** The httpfs extension file under {@code folder} (any DuckDB version and platform), if there is one. */
  public static Optional<Path> findHttpfs(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(folder, 4)) {
      return files.filter(f -> f.getFileName().toString().equals(EXTENSION)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Opens (creating if needed) an encrypted warehouse, or refuses with a sentence that says how to install
   * OpenSSL-backed crypto when httpfs is not in {@code extensionFolder}.
   */
  public static Warehouse open(Path file, String key, Path extensionFolder) {
    Path folder = extensionFolder != null ? extensionFolder : defaultExtensionFolder();
    Path httpfs = findHttpfs(folder).orElseThrow(() -> new MedmineUserException(
        "Cannot create an encrypted warehouse: DuckDB encrypts securely only with OpenSSL from its httpfs extension,"
            + " which is not in " + folder + "; install it there (in DuckDB: INSTALL httpfs; on a machine with"
            + " network access, then copy ~/.duckdb/extensions) or give --duckdb-extensions DIR."));
    Warehouse w = Warehouse.openInMemory();
    try (var s = w.connection().createStatement()) {
      s.execute("LOAD '" + httpfs.toAbsolutePath().toString().replace("'", "''") + "'");
      s.execute("ATTACH '" + file.toAbsolutePath().toString().replace("'", "''") + "' AS wh (ENCRYPTION_KEY '"
          + key.replace("'", "''") + "')");
      s.execute("USE wh");
      new SchemaMigrator(w.connection()).migrate();
      return w;
    } catch (java.sql.SQLException e) {
      w.close();
      throw new MedmineUserException("Cannot open encrypted warehouse " + file + " (" + Warehouse.firstLine(
          String.valueOf(e.getMessage())) + "): check the key and the httpfs extension.", e);
    }
  }
}
