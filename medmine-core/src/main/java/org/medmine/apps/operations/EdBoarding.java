package org.medmine.apps.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Emergency department boarding: from the decision to admit to leaving the ED (the interval of
 * CMS's ED-2 measure, "admit decision time to ED departure time for admitted patients"), from the
 * HL7 v2 events a feed carries. The decision to admit is the first A01 (admit) or A06 (change an
 * outpatient to an inpatient) of the encounter: medmine's HL7 v2 ingest opens a stay with that
 * event, at the new place or, when the patient stays where they are, at the same place (the class
 * changed there). It counts when the patient was in the ED at that moment (the stay it opened, or
 * the one it ended, is at an ED point of care). Leaving the ED is the start of the first stay from
 * the decision on that is not in the ED (an A02 transfer, or the A01/A06 itself when it moved the
 * patient: boarding 0), else the end of the visit in the ED (A03); a patient still in the ED at the
 * census's moment is boarding now, for the hours so far. ADT gives no earlier decision time (an
 * order for admission, a bed request), so boarding is measured from the admit event.
 */
final class EdBoarding {
  private static final Set<String> ADMIT_EVENTS = Set.of("A01", "A06");

  /**
   * One boarding episode.
   *
   * @param source the source of the rows
   * @param patientId the patient reference
   * @param encounterId the encounter
   * @param edUnit the ED point of care the patient was in at the decision
   * @param decision the decision to admit (the A01 or A06)
   * @param decisionEvent A01 or A06
   * @param leftEd when the patient left the ED, or null while still there
   * @param hours hours from the decision to leaving (or to the census's moment when ongoing)
   * @param ongoing whether the patient was still boarding at the census's moment
   */
  record Episode(
      String source,
      String patientId,
      String encounterId,
      String edUnit,
      LocalDateTime decision,
      String decisionEvent,
      LocalDateTime leftEd,
      double hours,
      boolean ongoing) {}

  private EdBoarding() {}

  /** The boarding episodes of encounters decided by {@code asOf}, in decision order. */
  static List<Episode> episodes(List<Visit> visits, LocalDateTime asOf, CensusOptions options) {
    List<Episode> out = new ArrayList<>();
    for (Visit v : visits) {
      Episode e = episode(v, asOf, options);
      if (e != null) {
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing(Episode::decision).thenComparing(Episode::encounterId));
    return out;
  }

  private static Episode episode(Visit v, LocalDateTime asOf, CensusOptions options) {
    List<Stay> stays = v.stays().stream().filter(s -> s.begunBy(asOf)).toList();
    int d = 0;
    while (d < stays.size() && !ADMIT_EVENTS.contains(stays.get(d).event())) {
      d++;
    }
    if (d == stays.size()) {
      return null;
    }
    Stay decided = stays.get(d);
    Stay before = d > 0 ? stays.get(d - 1) : null;
    String edUnit =
        options.isEd(decided.pointOfCare())
            ? decided.pointOfCare()
            : before != null
                    && options.isEd(before.pointOfCare())
                    && decided.start().equals(before.end())
                ? before.pointOfCare()
                : null;
    if (edUnit == null) {
      return null;
    }
    LocalDateTime left = null;
    for (int i = d; i < stays.size() && left == null; i++) {
      left = options.isEd(stays.get(i).pointOfCare()) ? null : stays.get(i).start();
    }
    Stay last = stays.get(stays.size() - 1);
    if (left == null && last.end() != null && !last.end().isAfter(asOf)) {
      left = last.end();
    }
    LocalDateTime until = left == null ? asOf : left;
    return new Episode(
        decided.source(),
        decided.patientId(),
        decided.encounterId(),
        edUnit,
        decided.start(),
        decided.event(),
        left,
        Duration.between(decided.start(), until).toSeconds() / 3600.0,
        left == null);
  }
}
