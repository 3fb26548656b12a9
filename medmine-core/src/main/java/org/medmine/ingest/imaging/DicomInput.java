package org.medmine.ingest.imaging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A byte stream read as DICOM encodes values: little- or big-endian, with its position. */
final class DicomInput {
  private final InputStream in;
  private long position;
  boolean bigEndian;

  DicomInput(InputStream in) {
    this.in = in;
  }

  long position() {
    return position;
  }

  byte[] bytes(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    position += b.length;
    if (b.length < n) {
      throw new EOFException("the file ends at byte " + position + " (" + n + " bytes expected)");
    }
    return b;
  }

  int u16() throws IOException {
    byte[] b = bytes(2);
    return bigEndian ? (b[0] & 0xff) << 8 | (b[1] & 0xff) : (b[1] & 0xff) << 8 | (b[0] & 0xff);
  }

  long u32() throws IOException {
    long hi = u16();
    long lo = u16();
    return bigEndian ? hi << 16 | lo : lo << 16 | hi;
  }

  void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("the file ends at byte " + position + " inside a value");
        }
        s = 1;
      }
      left -= s;
      position += s;
    }
  }
}
