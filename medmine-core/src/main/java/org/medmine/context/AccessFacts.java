package org.medmine.context;

import java.nio.file.Path;
import java.util.Map;
import org.medmine.privacy.AccessLayer;
import org.medmine.warehouse.DeidentifiedStatus;

/**
 * What a consent-filtered session showed, as its audit entry records it: the rows each filtered
 * table showed, the de-identified status and how many patients consent excluded. Kept with a reused
 * result, so that a request answered from it is recorded as reading what it was computed from.
 */
record AccessFacts(
    Path warehouse,
    Map<String, Long> visibleRows,
    boolean deidentified,
    DeidentifiedStatus status,
    int excludedPatients) {

  static AccessFacts of(AccessLayer a) {
    return new AccessFacts(
        a.warehouse(),
        Map.copyOf(a.visibleRows()),
        a.deidentified(),
        a.deidentifiedStatus(),
        a.excludedPatients());
  }
}
