package org.medmine.ingest.hl7v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a file of HL7 v2 messages into messages, reading it as a stream: segments end at {@code
 * \r}, {@code \n} or {@code \r\n}; MLLP framing bytes (0x0B before a message, 0x1C after it) are
 * dropped; a message begins at each MSH segment; batch envelopes (FHS/BHS ... BTS/FTS, HL7 v2.5
 * §2.10.3) are read around the messages, and a batch trailer whose count (BTS-1) differs from the
 * messages its batch holds is reported. Lines before the first MSH that are not envelopes form a
 * chunk of their own, which then fails as a message without a header.
 */
final class MessageFileSplitter {
  private static final int START_BLOCK = 0x0B;
  private static final int END_BLOCK = 0x1C;

  /** One message's bytes (segments joined by {@code \r}), or a problem with a batch envelope. */
  record Chunk(long index, byte[] bytes, String batchProblem) {}

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private ByteArrayOutputStream message;
  private long index;
  private long inBatch;
  private boolean batchOpen;
  private byte[] pendingSegment;
  private boolean ended;

  MessageFileSplitter(InputStream in) {
    this.in = in;
  }

  /** The next message or batch problem, or null at the end of the file. */
  Chunk next() throws IOException {
    while (true) {
      byte[] segment = pendingSegment != null ? pendingSegment : readSegment();
      pendingSegment = null;
      if (segment == null) {
        return finishMessage();
      }
      if (segment.length == 0) {
        continue;
      }
      String name =
          segment.length >= 3 ? new String(segment, 0, 3, StandardCharsets.ISO_8859_1) : "";
      switch (name) {
        case "MSH" -> {
          if (message != null) {
            pendingSegment = segment;
            return finishMessage();
          }
          message = new ByteArrayOutputStream(1024);
          message.write(segment);
        }
        case "FHS", "BHS", "BTS", "FTS" -> {
          if (message != null) {
            pendingSegment = segment;
            return finishMessage();
          }
          Chunk problem = envelope(name, segment);
          if (problem != null) {
            return problem;
          }
        }
        default -> {
          if (message == null) {
            message = new ByteArrayOutputStream(256);
          } else {
            message.write('\r');
          }
          message.write(segment);
        }
      }
    }
  }

  private Chunk finishMessage() {
    if (message == null) {
      return null;
    }
    byte[] bytes = message.toByteArray();
    message = null;
    index++;
    inBatch++;
    return new Chunk(index, bytes, null);
  }

  /** BHS opens a batch; BTS closes it and says how many messages it held (BTS-1). */
  private Chunk envelope(String name, byte[] segment) {
    if (name.equals("BHS")) {
      batchOpen = true;
      inBatch = 0;
      return null;
    }
    if (!name.equals("BTS")) {
      return null;
    }
    String text = new String(segment, StandardCharsets.ISO_8859_1);
    String[] fields =
        text.split(
            java.util.regex.Pattern.quote(String.valueOf(text.length() > 3 ? text.charAt(3) : '|')),
            -1);
    long held = batchOpen ? inBatch : index;
    batchOpen = false;
    if (fields.length > 1 && !fields[1].isBlank()) {
      try {
        long declared = Long.parseLong(fields[1].strip());
        if (declared != held) {
          return new Chunk(
              index,
              segment,
              "BTS-1 says the batch holds "
                  + declared
                  + " messages, but it holds "
                  + held
                  + ": messages were lost or added in transit; ask the sender for the batch again");
        }
      } catch (NumberFormatException e) {
        return new Chunk(index, segment, "BTS-1 '" + fields[1] + "' is not a message count");
      }
    }
    return null;
  }

  /** The next segment's bytes without its terminator, or null at the end. */
  private byte[] readSegment() throws IOException {
    if (ended) {
      return null;
    }
    line.reset();
    while (true) {
      int b = in.read();
      if (b < 0) {
        ended = true;
        return line.size() == 0 ? null : line.toByteArray();
      }
      if (b == '\r' || b == '\n') {
        return line.toByteArray();
      }
      if (b != START_BLOCK && b != END_BLOCK) {
        line.write(b);
      }
    }
  }
}
