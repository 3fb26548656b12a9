package org.medmine.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.medmine.model.Table;

/**
 * One row bound for a warehouse table: column name to value. Values are {@code String}, {@code
 * Long}, {@code Integer}, {@code Double}, {@code java.math.BigDecimal}, {@code Boolean}, {@code
 * java.time.LocalDate} or {@code java.time.LocalDateTime} (UTC); a column left unset is NULL.
 */
public final class Row {
  private final Table table;
  private final Map<String, Object> values = new LinkedHashMap<>();

  public Row(Table table) {
    this.table = Objects.requireNonNull(table);
  }

  public Table table() {
    return table;
  }

  /** Sets a column; a null value leaves it NULL. Returns this row. */
  public Row set(String column, Object value) {
    if (value != null) {
      values.put(column, value);
    }
    return this;
  }

  /** Sets {@code prefix_system}, {@code prefix_code} and {@code prefix_display}. */
  public Row setCode(String prefix, String system, String code, String display) {
    return set(prefix + "_system", system)
        .set(prefix + "_code", code)
        .set(prefix + "_display", display);
  }

  public Object get(String column) {
    return values.get(column);
  }

  public Map<String, Object> values() {
    return values;
  }

  @Override
  public String toString() {
    return table.sqlName() + values;
  }
}
