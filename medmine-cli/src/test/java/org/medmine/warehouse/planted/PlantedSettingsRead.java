package org.medmine.warehouse.planted;

import java.util.Map;

/**
 * A planted violation (test fixture): core reading its own configuration and keeping it in a
 * ThreadLocal.
 */
public final class PlantedSettingsRead {
  static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  String memoryLimit() {
    return System.getProperty("medmine.duckdb.memory_limit", System.getProperty("fallback"));
  }

  String key() {
    return System.getenv("MEDMINE_WAREHOUSE_KEY");
  }

  Map<String, String> environment() {
    return System.getenv();
  }

  boolean flag() {
    return Boolean.getBoolean("medmine.flag");
  }
}
