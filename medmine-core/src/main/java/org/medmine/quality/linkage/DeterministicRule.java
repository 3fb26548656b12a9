package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simple baseline linkage rule: two records are the same person when their normalized given
 * name, family name and birth date are all exactly equal. Used to show what probabilistic linkage
 * adds.
 */
public final class DeterministicRule {
  private DeterministicRule() {}

  /** The matched pairs, as pairs of record keys. */
  public static List<String[]> matches(List<PatientRecord> records) {
    Map<String, List<PatientRecord>> groups = new HashMap<>();
    for (PatientRecord r : records) {
      if (r.given() != null && r.family() != null && r.birthDate() != null) {
        groups
            .computeIfAbsent(
                r.given() + "|" + r.family() + "|" + r.birthDate(), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<String[]> out = new ArrayList<>();
    for (List<PatientRecord> g : groups.values()) {
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          out.add(new String[] {g.get(i).key(), g.get(j).key()});
        }
      }
    }
    return out;
  }
}
