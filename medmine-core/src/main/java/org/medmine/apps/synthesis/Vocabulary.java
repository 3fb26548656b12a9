package org.medmine.apps.synthesis;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the codes of a warehouse mean, by the keys the {@link SynthesisModel} uses: event codes
 * ({@code kind|system|code}: the code's display), encounter kinds ({@code class_code|class|system|
 * code}: the display) and lab codes ({@code system|code}: display, unit and category). Codes and
 * their displays are terminology, not identifiers, and are written to the synthetic warehouse as
 * they are.
 */
record Vocabulary(
    Map<String, String> events, Map<String, String> visitKinds, Map<String, String[]> labs) {

  static Vocabulary empty() {
    return new Vocabulary(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }

  /** The parts of a key (split on {@code |}, empty parts as null). */
  static String[] parts(String key, int n) {
    String[] p = key.split("\\|", -1);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = i < p.length && !p[i].isEmpty() ? p[i] : null;
    }
    return out;
  }

  /** A key of parts (null as empty). */
  static String key(String... parts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      b.append(i > 0 ? "|" : "").append(parts[i] == null ? "" : parts[i]);
    }
    return b.toString();
  }
}
