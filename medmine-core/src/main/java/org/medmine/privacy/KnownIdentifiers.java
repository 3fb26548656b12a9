package org.medmine.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The identifying values known for one patient (from the warehouse): their names, numbers and
 * address. The scrubber finds every occurrence of these in the patient's notes, whatever patterns
 * would miss.
 */
public final class KnownIdentifiers {
  /** No known values: the scrubber relies on patterns and dictionaries alone. */
  public static final KnownIdentifiers NONE = new KnownIdentifiers();

  private final Map<PhiType, Set<String>> values = new EnumMap<>(PhiType.class);

  /** Adds a value of a type; blank values and values shorter than two characters are ignored. */
  public KnownIdentifiers add(PhiType type, String value) {
    if (this == NONE) {
      throw new IllegalStateException("NONE is immutable");
    }
    if (value == null || value.strip().length() < 2) {
      return this;
    }
    String v = value.strip();
    values.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(v);
    if (type == PhiType.NAME) {
      // Synthea appends digits to names (Alda400): a note may carry either form.
      for (String part : v.split("[\\s]+")) {
        String bare = part.replaceAll("\\d+$", "");
        if (bare.length() >= 2) {
          values.get(type).add(part);
          values.get(type).add(bare);
        }
      }
    }
    return this;
  }

  /** The known values of a type (possibly empty). */
  public Set<String> values(PhiType type) {
    return Collections.unmodifiableSet(values.getOrDefault(type, Set.of()));
  }

  /** Every known value with its type. */
  public Map<PhiType, Set<String>> all() {
    return Collections.unmodifiableMap(values);
  }
}
