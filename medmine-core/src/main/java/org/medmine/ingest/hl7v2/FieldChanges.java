package org.medmine.ingest.hl7v2;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a message says about the columns of one row, with HL7 v2's update rules (v2.5 §2.5.3): a
 * value replaces what the row had, an explicit null ({@code ""}) clears it, and a field left empty
 * leaves the row's value as it was. So an A08 that carries only a new address does not erase the
 * phone number an A01 gave.
 */
final class FieldChanges {
  private static final Object CLEAR = new Object();
  private final Map<String, Object> changes = new LinkedHashMap<>();

  /** Sets a column to a value; a null value changes nothing. */
  FieldChanges set(String column, Object value) {
    if (value != null) {
      changes.put(column, value);
    }
    return this;
  }

  /**
   * Sets a column from an HL7 text value: {@code ""} clears it, empty leaves it, anything else is
   * stored after {@code convert}.
   */
  FieldChanges text(String column, String v2Value) {
    if (V2Values.EXPLICIT_NULL.equals(v2Value)) {
      changes.put(column, CLEAR);
    } else if (v2Value != null && !v2Value.isEmpty()) {
      changes.put(column, v2Value);
    }
    return this;
  }

  /** Clears a column. */
  FieldChanges clear(String column) {
    changes.put(column, CLEAR);
    return this;
  }

  /** The value a column is set to, or null when it is cleared or left alone. */
  Object value(String column) {
    Object v = changes.get(column);
    return v == CLEAR ? null : v;
  }

  boolean touches(String column) {
    return changes.containsKey(column);
  }

  /** Applies the changes to a row's values. */
  void applyTo(Map<String, Object> row) {
    changes.forEach(
        (column, v) -> {
          if (v == CLEAR) {
            row.remove(column);
          } else {
            row.put(column, v);
          }
        });
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>();
    changes.forEach((k, v) -> shown.put(k, v == CLEAR ? "<cleared>" : v));
    return shown.toString();
  }
}
