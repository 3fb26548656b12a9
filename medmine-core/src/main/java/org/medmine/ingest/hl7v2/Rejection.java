package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;

/**
 * Why a message was not stored, as its acknowledgment says it (HL7 v2.5 chapter 2, MSA and ERR): AE
 * (application error) for content that cannot be stored as it is, AR (application reject) for a
 * message type, event or version medmine does not take, or for a failure of medmine's own that a
 * later resend may get past.
 *
 * @param ack AE or AR
 * @param error the HL7 error code (table 0357)
 * @param segment the segment at fault ({@code PID}), or null
 * @param field the field number at fault, 0 for none
 * @param reason one sentence for a person: what was wrong and what to do
 */
record Rejection(
    AcknowledgmentCode ack, ErrorCode error, String segment, int field, String reason) {

  /** An application error (AE) at a segment's field. */
  static Rejection error(ErrorCode error, String segment, int field, String reason) {
    return new Rejection(AcknowledgmentCode.AE, error, segment, field, reason);
  }

  /** An application reject (AR) of the message as a whole. */
  static Rejection reject(ErrorCode error, String segment, int field, String reason) {
    return new Rejection(AcknowledgmentCode.AR, error, segment, field, reason);
  }

  /**
   * Whether the message is well formed but of a type or event medmine does not store (counted as
   * skipped).
   */
  boolean unsupported() {
    return error == ErrorCode.UNSUPPORTED_MESSAGE_TYPE || error == ErrorCode.UNSUPPORTED_EVENT_CODE;
  }

  /** The reason with the place it names, for the quarantine: {@code PID-3: ...}. */
  String located() {
    String place = segment == null ? "" : segment + (field > 0 ? "-" + field : "");
    return place.isEmpty() || reason.startsWith(place) ? reason : place + ": " + reason;
  }

  /** Thrown where a message turns out not to be storable; carries the rejection. */
  static final class Thrown extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    Thrown(Rejection rejection) {
      super(rejection.located(), null, false, false);
      this.rejection = rejection;
    }

    Rejection rejection() {
      return rejection;
    }
  }

  /** This rejection as an exception to throw. */
  Thrown thrown() {
    return new Thrown(this);
  }
}
