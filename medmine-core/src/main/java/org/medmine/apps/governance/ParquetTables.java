package org.medmine.apps.governance;

import java.util.Locale;
import java.util.Map;

/** The rows of every table a Parquet export wrote or an import read, in the order of the tables. */
public record ParquetTables(Map<String, Long> tables) {
  /** {@code {"tables": {...}}}. */
  public Object toJson() {
    return Map.of("tables", tables);
  }

  /** {@code title}, then a line per table. */
  public String toText(String title) {
    StringBuilder out = new StringBuilder(title).append(System.lineSeparator());
    tables.forEach((t, n) -> out.append(String.format(Locale.ROOT, "  %-16s %,12d rows%n", t, n)));
    return out.toString();
  }
}
