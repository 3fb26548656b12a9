package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;
import picocli.CommandLine.Option;

/**
 * {@code --encrypt} for commands that create or write a warehouse: DuckDB's own database encryption
 * (AES-256-GCM) under the key in {@code MEDMINE_WAREHOUSE_KEY} or {@code --warehouse-key-file},
 * with OpenSSL from a local httpfs extension ({@link EncryptedWarehouses}). Every other command
 * opens an encrypted warehouse with the key from the environment ({@code MEDMINE_WAREHOUSE_KEY} or
 * {@code MEDMINE_WAREHOUSE_KEY_FILE}).
 */
final class EncryptOption {
  @Option(names = "--encrypt")
  boolean encrypt;

  @Option(names = "--warehouse-key-file", paramLabel = "FILE")
  Path keyFile;

  @Option(names = "--duckdb-extensions", paramLabel = "DIR")
  Path extensions;

  /**
   * Opens {@code file} for writing: encrypted when {@code --encrypt} is given, as before otherwise.
   */
  Warehouse open(Path file) {
    WarehouseSettings settings = ProcessSettings.warehouse();
    if (!encrypt) {
      return Warehouse.open(file, settings);
    }
    return EncryptedWarehouses.open(
        file,
        EncryptedWarehouses.keyForWriting(keyFile, extensions, settings),
        false,
        settings.memoryLimit());
  }

  EncryptedWarehouses.Key key() {
    return EncryptedWarehouses.keyForWriting(keyFile, extensions, ProcessSettings.warehouse());
  }
}
