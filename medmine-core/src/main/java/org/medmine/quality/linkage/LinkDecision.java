package org.medmine.quality.linkage;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A reviewer's decision on a pair of source records (keys {@code source/id}): the same person (a
 * merge) or different people (an unmerge). Decisions are kept in {@code link_decision} and every
 * later run obeys them: a merge joins the two records' persons whatever the scores say, an unmerge
 * keeps the two records in different persons whatever links them, and the record named first keeps
 * the person id. For one pair the latest decision counts.
 */
public record LinkDecision(
    String keyA, String keyB, Kind kind, String actor, String note, LocalDateTime decidedAt) {

  /** What the reviewer decided. */
  public enum Kind {
    MATCH("match"),
    NO_MATCH("no-match");

    private final String sqlName;

    Kind(String sqlName) {
      this.sqlName = sqlName;
    }

    /** The value stored in {@code link_decision.decision}. */
    public String sqlName() {
      return sqlName;
    }

    public static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.sqlName.equals(s)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown link decision: " + s);
    }
  }

  /** The canonical key of an unordered pair of record keys. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** The decisions in force: the latest per pair, looked up by pair. */
  public static Map<String, LinkDecision> inForce(Collection<LinkDecision> decisions) {
    Map<String, LinkDecision> out = new HashMap<>();
    for (LinkDecision d : decisions) {
      out.merge(
          pairKey(d.keyA(), d.keyB()), d, (x, y) -> y.decidedAt().isBefore(x.decidedAt()) ? x : y);
    }
    return out;
  }
}
