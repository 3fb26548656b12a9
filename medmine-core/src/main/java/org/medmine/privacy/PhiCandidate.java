package org.medmine.privacy;

/**
 * A span some detector proposes, with the strength of its evidence: where candidates overlap, the
 * scrubber keeps the longer span, then the stronger evidence (a lower priority).
 */
record PhiCandidate(PhiSpan span, int priority) {
  /** A value known for the patient (from the warehouse). */
  static final int KNOWN = 0;

  /** A format or a context cue ("Dr. X", "DOB:", "7/22/2019"). */
  static final int CONTEXT = 1;

  /** A weaker cue ("with X", "from X") or a word list with some support. */
  static final int WEAK = 2;

  /** A word list alone (a surname, a town). */
  static final int DICTIONARY = 3;

  static PhiCandidate of(int start, int end, PhiType type, String detector, int priority) {
    return new PhiCandidate(new PhiSpan(start, end, type, detector), priority);
  }
}
