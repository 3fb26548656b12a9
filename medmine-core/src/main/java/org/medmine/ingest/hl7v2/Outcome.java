package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;

/**
 * What became of one message, and so what its acknowledgment says.
 *
 * @param disposition stored, quarantined, skipped (a type medmine does not store) or a duplicate of
 *     one seen before
 * @param code the acknowledgment code: AA, AE or AR
 * @param rejection why, for AE and AR; null for AA
 */
record Outcome(Disposition disposition, AcknowledgmentCode code, Rejection rejection) {
  /** How a message counts in a run's read = stored + quarantined + skipped. */
  enum Disposition {
    STORED,
    QUARANTINED,
    SKIPPED,
    /**
     * The same message (same control id and text) was handled before: answered as then, applied
     * once.
     */
    DUPLICATE
  }

  static Outcome stored() {
    return new Outcome(Disposition.STORED, AcknowledgmentCode.AA, null);
  }

  static Outcome notStored(Rejection r) {
    return new Outcome(r.unsupported() ? Disposition.SKIPPED : Disposition.QUARANTINED, r.ack(), r);
  }
}
