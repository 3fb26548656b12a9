package org.medmine.apps.operations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One inpatient or emergency encounter and its stays in start order: it arrives when its first stay
 * begins, is in house while one of its stays is open, and departs when its last stay ends (a
 * discharge, HL7 v2 A03, ends it).
 *
 * @param stays the encounter's stays, in start order
 */
record Visit(List<Stay> stays) {
  Visit {
    stays = List.copyOf(stays);
  }

  /** The stays grouped by encounter, each in start order (as {@link CensusQueries} reads them). */
  static List<Visit> of(List<Stay> stays) {
    Map<String, List<Stay>> byVisit = new LinkedHashMap<>();
    for (Stay s : stays) {
      byVisit.computeIfAbsent(s.visitKey(), k -> new ArrayList<>()).add(s);
    }
    return byVisit.values().stream().map(Visit::new).toList();
  }

  Stay first() {
    return stays.get(0);
  }

  /** When the first stay began. */
  LocalDateTime arrival() {
    return first().start();
  }

  /** Whether the encounter had arrived by {@code t}. */
  boolean arrivedBy(LocalDateTime t) {
    return first().begunBy(t);
  }

  /** The stay open at {@code t} (the latest begun, should two overlap), or null. */
  Stay openAt(LocalDateTime t) {
    Stay open = null;
    for (Stay s : stays) {
      open = s.openAt(t) ? s : open;
    }
    return open;
  }

  /** When the encounter left, if it had left by {@code t}: its last begun stay's end; else null. */
  LocalDateTime departureBy(LocalDateTime t) {
    if (!arrivedBy(t) || openAt(t) != null) {
      return null;
    }
    LocalDateTime last = null;
    for (Stay s : stays) {
      if (s.begunBy(t) && s.end() != null && (last == null || s.end().isAfter(last))) {
        last = s.end();
      }
    }
    return last;
  }
}
