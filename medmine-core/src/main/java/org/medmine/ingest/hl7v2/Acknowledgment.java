package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The general acknowledgment (ACK) of one message, in original acknowledgment mode (HL7 v2.5
 * §2.9.2): MSH addressed back to the sender, MSA with the code (AA, AE, AR) and the acknowledged
 * control id, and for AE and AR an ERR segment with the HL7 error code (table 0357), where it was
 * found and the reason. Written with the message's own delimiters and version; before 2.5 the error
 * goes in ERR-1 (ELD), from 2.5 in ERR-2, -3, -4 and -8. MSA-3 repeats the reason, cut to its 80
 * characters, for receivers that read only MSA.
 *
 * <p>Built as text rather than through HAPI's {@code generateACK} (130 to 290 µs a message here,
 * and it needs a message HAPI could parse, which a rejected one often is not).
 */
final class Acknowledgment {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Acknowledgment() {}

  /** The acknowledgment of a message with {@code header} (null when none could be read). */
  static String of(
      MessageHeader header, AcknowledgmentCode code, Rejection rejection, LocalDateTime nowUtc) {
    char f = separator(header);
    String controlId = header == null ? "" : header.controlId();
    StringBuilder b = new StringBuilder(256);
    b.append(msh(header, nowUtc));
    b.append("MSA").append(f).append(code.name()).append(f).append(controlId);
    if (rejection != null) {
      String reason = escape(rejection.located(), header);
      b.append(f).append(reason.length() > 80 ? reason.substring(0, 80) : reason);
    }
    b.append('\r');
    if (rejection != null) {
      b.append(err(header, rejection));
    }
    return b.toString();
  }

  private static char separator(MessageHeader header) {
    return header == null ? '|' : header.fieldSeparator();
  }

  private static String encoding(MessageHeader header) {
    return header == null ? "^~\\&" : header.field(2);
  }

  private static String version(MessageHeader header) {
    return header == null || header.version().isEmpty() ? "2.5" : header.version();
  }

  /**
   * The ACK's header: sender and receiver swapped, the message type ACK (with its structure after
   * 2.3).
   */
  private static String msh(MessageHeader header, LocalDateTime nowUtc) {
    char f = separator(header);
    String encoding = encoding(header);
    char c = encoding.charAt(0);
    String version = version(header);
    String event = header == null ? "" : header.triggerEvent();
    boolean structure = !version.startsWith("2.3");
    return new StringBuilder(128)
        .append("MSH")
        .append(f)
        .append(encoding)
        .append(f)
        .append(header == null || header.field(5).isEmpty() ? "MEDMINE" : header.field(5))
        .append(f)
        .append(header == null ? "" : header.field(6))
        .append(f)
        .append(header == null ? "" : header.field(3))
        .append(f)
        .append(header == null ? "" : header.field(4))
        .append(f)
        .append(nowUtc.atOffset(ZoneOffset.UTC).format(TIME))
        .append("+0000")
        .append(f)
        .append(f)
        .append("ACK")
        .append(event.isEmpty() ? "" : c + event)
        .append(structure ? c + "ACK" : "")
        .append(f)
        .append("ACK")
        .append(header == null ? "" : header.controlId())
        .append(f)
        .append(header == null || header.field(11).isEmpty() ? "P" : header.field(11))
        .append(f)
        .append(version)
        .append('\r')
        .toString();
  }

  /** The ERR segment of a rejection: ERR-2/3/4 from v2.5 on, ERR-1 (an ELD) before. */
  private static String err(MessageHeader header, Rejection rejection) {
    char f = separator(header);
    String encoding = encoding(header);
    char c = encoding.charAt(0);
    char s = encoding.length() > 3 ? encoding.charAt(3) : '&';
    String version = version(header);
    String seg = rejection.segment() == null ? "" : rejection.segment();
    int errorCode = rejection.error().getCode();
    String errorText = rejection.error().getMessage();
    if (!version.startsWith("2.3") && !version.startsWith("2.4")) {
      String where =
          seg.isEmpty()
              ? ""
              : seg
                  + c
                  + "1"
                  + (rejection.field() > 0 ? c + String.valueOf(rejection.field()) : "");
      return "ERR"
          + f
          + f
          + where
          + f
          + errorCode
          + c
          + errorText
          + c
          + "HL70357"
          + f
          + 'E'
          + f
          + f
          + f
          + f
          + escape(rejection.reason(), header)
          + '\r';
    }
    // ERR-1 as ELD: segment ^ sequence ^ field ^ code & text & table
    return "ERR"
        + f
        + seg
        + c
        + (seg.isEmpty() ? "" : "1")
        + c
        + (rejection.field() > 0 ? String.valueOf(rejection.field()) : "")
        + c
        + errorCode
        + s
        + errorText
        + s
        + "HL70357"
        + '\r';
  }

  /**
   * HL7 escape sequences (v2.5 §2.7.4) for the delimiters in free text; line breaks become spaces.
   */
  static String escape(String text, MessageHeader header) {
    String encoding = encoding(header);
    char f = separator(header);
    char escape = encoding.length() > 2 ? encoding.charAt(2) : '\\';
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char ch : text.toCharArray()) {
      if (ch == escape) {
        out.append(escape).append('E').append(escape);
      } else if (ch == f) {
        out.append(escape).append('F').append(escape);
      } else if (ch == encoding.charAt(0)) {
        out.append(escape).append('S').append(escape);
      } else if (ch == encoding.charAt(1)) {
        out.append(escape).append('R').append(escape);
      } else if (encoding.length() > 3 && ch == encoding.charAt(3)) {
        out.append(escape).append('T').append(escape);
      } else {
        out.append(ch == '\r' || ch == '\n' ? ' ' : ch);
      }
    }
    return out.toString();
  }
}
