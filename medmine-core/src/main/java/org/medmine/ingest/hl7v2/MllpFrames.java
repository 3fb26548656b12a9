package org.medmine.ingest.hl7v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MLLP framing (HL7 v2 Minimal Lower Layer Protocol, release 2, in the HL7 Transport
 * Specification): a message is sent as 0x0B, its bytes, 0x1C 0x0D. Bytes outside a frame are
 * skipped. Bytes, not characters: each message is decoded in the character set its own MSH-18 names
 * ({@link MessageDecoder}).
 */
final class MllpFrames {
  static final int START_BLOCK = 0x0B;
  static final int END_BLOCK = 0x1C;
  static final int CARRIAGE_RETURN = 0x0D;

  /**
   * A frame larger than this is not read whole: it is answered AE and its bytes up to the end block
   * dropped.
   */
  static final int MAX_FRAME = 16 << 20;

  /**
   * A frame read from the stream.
   *
   * @param bytes the message bytes (at most {@link #MAX_FRAME})
   * @param complete false when the stream ended before the end block
   * @param oversized true when the frame was longer than {@link #MAX_FRAME}
   */
  record Frame(byte[] bytes, boolean complete, boolean oversized) {}

  private MllpFrames() {}

  /** The next frame, or null when the stream ends outside a frame. */
  static Frame read(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
      if (b < 0) {
        return null;
      }
    } while (b != START_BLOCK);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    boolean oversized = false;
    while (true) {
      b = in.read();
      if (b < 0) {
        return new Frame(out.toByteArray(), false, oversized);
      }
      if (b == END_BLOCK) {
        int next = in.read();
        if (next == CARRIAGE_RETURN || next < 0) {
          return new Frame(out.toByteArray(), next >= 0, oversized);
        }
        write(out, END_BLOCK, oversized);
        b = next;
      }
      if (out.size() >= MAX_FRAME) {
        oversized = true;
      }
      write(out, b, oversized);
    }
  }

  private static void write(ByteArrayOutputStream out, int b, boolean oversized) {
    if (!oversized) {
      out.write(b);
    }
  }

  /** Writes one framed message. */
  static void write(OutputStream out, byte[] message) throws IOException {
    byte[] framed = new byte[message.length + 3];
    framed[0] = START_BLOCK;
    System.arraycopy(message, 0, framed, 1, message.length);
    framed[message.length + 1] = END_BLOCK;
    framed[message.length + 2] = CARRIAGE_RETURN;
    out.write(framed);
    out.flush();
  }
}
