package org.medmine.warehouse;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How this process opens DuckDB warehouses, given by the front end that builds it from its own
 * configuration (the command line from its environment and system properties, a server from its
 * settings, a test from its fixture): core reads no system property and no environment variable
 * (shared/DESIGN.md, "Contexts and apps").
 *
 * @param memoryLimit DuckDB's own memory (outside the Java heap), e.g. {@code 1GB}: large
 *     operations spill to disk beyond it instead of taking DuckDB's default of 80% of the machine's
 *     RAM
 * @param extensionFolder the DuckDB extension folder where httpfs (OpenSSL, which encrypted writes
 *     need) is looked for, when the front end has one (the command line: {@code
 *     MEDMINE_DUCKDB_EXTENSIONS}, else {@code ~/.duckdb/extensions}); a key built for this process
 *     carries the same folder
 * @param key the warehouse key, for a warehouse that turns out to be encrypted
 */
public record WarehouseSettings(
    String memoryLimit, Optional<Path> extensionFolder, Optional<EncryptedWarehouses.Key> key) {
  /** DuckDB's memory limit unless the front end gives another. */
  public static final String DEFAULT_MEMORY_LIMIT = "1GB";

  public WarehouseSettings {
    if (memoryLimit == null || memoryLimit.isBlank()) {
      memoryLimit = DEFAULT_MEMORY_LIMIT;
    }
    Objects.requireNonNull(extensionFolder, "extensionFolder");
    Objects.requireNonNull(key, "key");
  }

  /**
   * The defaults, for tests and tools that give nothing: {@value #DEFAULT_MEMORY_LIMIT}, no folder,
   * no key.
   */
  public static WarehouseSettings defaults() {
    return new WarehouseSettings(DEFAULT_MEMORY_LIMIT, Optional.empty(), Optional.empty());
  }

  /** These settings with {@code k} as the warehouse key. */
  public WarehouseSettings withKey(Optional<EncryptedWarehouses.Key> k) {
    return new WarehouseSettings(memoryLimit, extensionFolder, k);
  }
}
