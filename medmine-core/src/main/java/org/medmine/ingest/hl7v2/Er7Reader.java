package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message's text into its segments ({@link SegmentFields}), in message order, and checks
 * that each is an HL7 segment (a three-character name of capitals and digits, then the field
 * separator or nothing): a message cut in the middle of a segment name, or with binary or free text
 * between its segments, is rejected here.
 */
final class Er7Reader {
  private Er7Reader() {}

  static List<SegmentFields> segments(String text, MessageHeader header) {
    SegmentFields.Delimiters d = SegmentFields.Delimiters.of(header);
    List<SegmentFields> out = new ArrayList<>();
    int from = 0;
    int line = 0;
    while (from <= text.length()) {
      int to = text.indexOf('\r', from);
      String segment = to < 0 ? text.substring(from) : text.substring(from, to);
      line++;
      if (!segment.isEmpty()) {
        if (!isSegment(segment, d.field())) {
          String shown = segment.length() > 20 ? segment.substring(0, 20) + "…" : segment;
          throw Rejection.error(
                  ErrorCode.SEGMENT_SEQUENCE_ERROR,
                  null,
                  0,
                  "segment "
                      + line
                      + " ('"
                      + shown
                      + "') is not an HL7 segment: a segment begins with a three-character name such as PID")
              .thrown();
        }
        out.add(new SegmentFields(segment, d));
      }
      if (to < 0) {
        break;
      }
      from = to + 1;
    }
    return out;
  }

  private static boolean isSegment(String s, char field) {
    if (s.length() < 3 || (s.length() > 3 && s.charAt(3) != field)) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
