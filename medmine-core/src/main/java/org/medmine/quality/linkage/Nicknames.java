package org.medmine.quality.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Given-name equivalences (William ~ Bill ~ Will) from the resource {@code nicknames.csv}. */
final class Nicknames {
  private static final Map<String, Set<String>> GROUPS = load();

  private Nicknames() {}

  /** Whether two normalized given names are the same name or nicknames of one name. */
  static boolean equivalent(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    Set<String> ga = GROUPS.get(a);
    return ga != null && ga.contains(b);
  }

  /** A nickname of {@code name} (or null), chosen by {@code pick} among those known. */
  static String nicknameOf(String name, int pick) {
    Set<String> group = GROUPS.get(name);
    if (group == null) {
      return null;
    }
    var options = group.stream().filter(n -> !n.equals(name)).sorted().toList();
    return options.isEmpty() ? null : options.get(Math.floorMod(pick, options.size()));
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Nicknames.class.getResourceAsStream("nicknames.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(",", 2);
        Set<String> group = new HashSet<>();
        group.add(parts[0].strip());
        for (String n : parts[1].split(";")) {
          group.add(n.strip());
        }
        for (String n : group) {
          out.computeIfAbsent(n, k -> new HashSet<>()).addAll(group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
