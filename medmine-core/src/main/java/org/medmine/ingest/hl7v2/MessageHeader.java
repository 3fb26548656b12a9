package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The message header (MSH) read by splitting its fields, without HAPI: what routing, the duplicate
 * check and the acknowledgment need, at a few microseconds a message (HAPI's PreParser took 40 to
 * 80 and a full parse 130 to 380 here). Field numbers are HL7's: MSH-1 is the field separator
 * itself, MSH-2 the encoding characters.
 *
 * @param fields the MSH fields as written (escaped), index 0 unused, index 1 the field separator
 */
record MessageHeader(List<String> fields) {
  /** The versions medmine reads (MSH-12): 2.3 to 2.8. */
  static final List<String> VERSIONS =
      List.of(
          "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2");

  /**
   * Reads the MSH segment at the start of {@code text} (segments separated by carriage returns).
   */
  static MessageHeader read(String text) {
    if (!text.startsWith("MSH") || text.length() < 8) {
      throw Rejection.error(
              ErrorCode.SEGMENT_SEQUENCE_ERROR,
              "MSH",
              0,
              "the message does not begin with an MSH segment (it begins '" + preview(text) + "')")
          .thrown();
    }
    char separator = text.charAt(3);
    if (Character.isLetterOrDigit(separator) || separator == '\r' || separator == ' ') {
      throw Rejection.error(
              ErrorCode.DATA_TYPE_ERROR,
              "MSH",
              1,
              "'" + separator + "' cannot be the field separator (MSH-1)")
          .thrown();
    }
    int end = text.indexOf('\r');
    String msh = end < 0 ? text : text.substring(0, end);
    List<String> fields = new ArrayList<>();
    fields.add("MSH");
    fields.add(String.valueOf(separator));
    int from = 4;
    while (true) {
      int next = msh.indexOf(separator, from);
      fields.add(next < 0 ? msh.substring(from) : msh.substring(from, next));
      if (next < 0) {
        break;
      }
      from = next + 1;
    }
    MessageHeader header = new MessageHeader(List.copyOf(fields));
    String encoding = header.field(2);
    if (encoding.length() < 3 || encoding.indexOf(separator) >= 0) {
      throw Rejection.error(
              ErrorCode.DATA_TYPE_ERROR,
              "MSH",
              2,
              "MSH-2 '"
                  + encoding
                  + "' does not give the component, repetition and escape characters")
          .thrown();
    }
    return header;
  }

  private static String preview(String text) {
    String s = text.length() > 20 ? text.substring(0, 20) : text;
    return s.replace('\r', ' ');
  }

  /** MSH-{@code n} as written, or "" when absent. */
  String field(int n) {
    return n < fields.size() ? fields.get(n) : "";
  }

  /**
   * Component {@code c} (1-based) of the first repetition of MSH-{@code n}, unescaped of nothing.
   */
  String component(int n, int c) {
    String f = field(n);
    char rep = repetitionSeparator();
    int r = f.indexOf(rep);
    if (r >= 0 && n != 2) {
      f = f.substring(0, r);
    }
    String[] parts =
        f.split(java.util.regex.Pattern.quote(String.valueOf(componentSeparator())), -1);
    return c <= parts.length ? parts[c - 1] : "";
  }

  char fieldSeparator() {
    return fields.get(1).charAt(0);
  }

  char componentSeparator() {
    return field(2).charAt(0);
  }

  char repetitionSeparator() {
    return field(2).charAt(1);
  }

  String sendingApplication() {
    return component(3, 1);
  }

  String sendingFacility() {
    return component(4, 1);
  }

  String messageTime() {
    return component(7, 1);
  }

  /** MSH-9.1, e.g. ADT. */
  String messageType() {
    return component(9, 1);
  }

  /** MSH-9.2, e.g. A01. */
  String triggerEvent() {
    return component(9, 2);
  }

  /** MSH-10, the message control id; "" when absent. */
  String controlId() {
    return field(10);
  }

  /** MSH-12.1, e.g. 2.5.1. */
  String version() {
    return component(12, 1);
  }

  /** MSH-18, the character set; "" when absent. */
  String characterSet() {
    return component(18, 1);
  }

  /** {@code ADT^A01}, for counts and messages. */
  String typeAndEvent() {
    return messageType() + (triggerEvent().isEmpty() ? "" : "^" + triggerEvent());
  }
}
