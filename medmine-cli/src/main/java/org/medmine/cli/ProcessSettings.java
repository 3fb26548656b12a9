package org.medmine.cli;

import java.nio.file.Path;
import java.util.Map;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.PausePoint;
import org.medmine.warehouse.WarehouseSettings;

/**
 * What core needs from the process the command line runs in, read here and passed in: core itself
 * reads no system property and no environment variable (shared/DESIGN.md, "Contexts and apps").
 * Read on each call, so that a key or folder set wrong is reported by the command that needs it.
 *
 * <ul>
 *   <li>{@link #warehouse()}: DuckDB's memory limit ({@code -D}{@value #MEMORY_LIMIT_PROPERTY},
 *       default {@value WarehouseSettings#DEFAULT_MEMORY_LIMIT}), the DuckDB extension folder
 *       ({@code MEDMINE_DUCKDB_EXTENSIONS}, else {@code ~/.duckdb/extensions}) and the warehouse
 *       key ({@code MEDMINE_WAREHOUSE_KEY} or {@code MEDMINE_WAREHOUSE_KEY_FILE}).
 *   <li>{@link #csvReading()}: the user's switch {@code -Dmedmine.csv.native=false|strict} (README,
 *       "ingest").
 *   <li>{@link #pausePoint()}: the crash tests' seam {@code -Dmedmine.test.pause=POINT} ({@link
 *       PausePoint}).
 * </ul>
 */
final class ProcessSettings {
  /** The system property that sets DuckDB's memory limit (e.g. {@code 4GB}). */
  static final String MEMORY_LIMIT_PROPERTY = "medmine.duckdb.memory_limit";

  private ProcessSettings() {}

  /** How this process opens warehouses. */
  static WarehouseSettings warehouse() {
    Map<String, String> env = System.getenv();
    Path extensions =
        EncryptedWarehouses.extensionFolder(env, Path.of(System.getProperty("user.home")));
    return new WarehouseSettings(
        System.getProperty(MEMORY_LIMIT_PROPERTY),
        java.util.Optional.of(extensions),
        EncryptedWarehouses.keyFromEnvironment(env, extensions));
  }

  /** Which reader reads Synthea CSV. */
  static CsvReading csvReading() {
    return CsvReading.fromSwitch(System.getProperty(CsvReading.SWITCH));
  }

  /** Where a crash test stops an ingest run ({@link PausePoint#NONE} outside those tests). */
  static PausePoint pausePoint() {
    return PausePoint.of(System.getProperty(PausePoint.PROPERTY));
  }
}
