package org.medmine.ingest.genomics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions of a row of {@code cpic/recommendations.tsv}: {@code GENE=phenotype} (alternatives
 * separated by {@code |}, {@code *} for any result) or {@code GENE:score=activity score}, joined by
 * {@code &}.
 */
final class RuleCondition {
  private RuleCondition() {}

  /** The conditions of {@code text}: key ({@code GENE} or {@code GENE:score}) to values. */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : text.split("&")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalStateException("not a condition: " + part);
      }
      out.put(kv[0].strip(), kv[1].strip());
    }
    return out;
  }

  /** Whether {@code result} meets the condition {@code key=values}. */
  static boolean holds(String key, String values, GenePhenotype result) {
    if (values.equals("*")) {
      return true;
    }
    if (key.endsWith(":score")) {
      return Arrays.stream(values.split("\\|"))
          .anyMatch(v -> PgxRecommendations.sameScore(v, result.activityScore()));
    }
    return Arrays.asList(values.split("\\|")).contains(result.phenotype());
  }
}
