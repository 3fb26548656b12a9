package org.medmine.ingest.hl7v2;

import org.medmine.warehouse.RecordOrigin;

/**
 * One message as received: where it came from, its text, and either what it does or why it cannot
 * be stored.
 *
 * @param origin the file (or listener) and the message's place in it
 * @param header its MSH, or null when none could be read
 * @param text its text (bytes that did not decode are kept one character per byte)
 * @param contentHash SHA-256 of the text, hex: tells a resend from a different message under the
 *     same control id
 * @param mapped what it does, or null when rejected
 * @param rejection why it is not stored, or null
 */
record Incoming(
    RecordOrigin origin,
    MessageHeader header,
    String text,
    String contentHash,
    MappedMessage mapped,
    Rejection rejection) {

  /** MSH-10, or "" when the message has none. */
  String controlId() {
    return header == null ? "" : header.controlId().strip();
  }

  /** {@code ADT^A01}, or {@code HL7v2} when the header could not be read. */
  String typeAndEvent() {
    return header == null ? "HL7v2" : header.typeAndEvent();
  }
}
