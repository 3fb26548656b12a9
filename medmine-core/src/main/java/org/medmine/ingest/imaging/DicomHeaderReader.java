package org.medmine.ingest.imaging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header of a DICOM Part 10 file (PS3.10 §7: a 128-byte preamble, "DICM", the File Meta
 * Information in explicit VR little endian, then the data set in the transfer syntax it names) up
 * to the pixel data (7FE0,0010), keeping the elements of {@link DicomHeader}. Implicit and explicit
 * VR little endian and explicit VR big endian are read (PS3.5 §7, §A); compressed transfer syntaxes
 * encapsulate only the pixel data, so their headers read as explicit little endian. Sequences, of
 * defined or undefined length, are skipped. Deflated data sets are refused with the reason.
 *
 * <p>No permissively licensed Java DICOM library is served by our Maven mirror (dcm4che is
 * MPL/GPL/LGPL), and medmine needs fourteen header elements, so they are read here.
 */
public final class DicomHeaderReader {
  private static final String IMPLICIT_LE = "1.2.840.10008.1.2";
  private static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
  private static final String DEFLATED = "1.2.840.10008.1.2.1.99";
  private static final int PIXEL_DATA = 0x7FE00010;
  private static final long UNDEFINED = 0xFFFFFFFFL;
  private static final Set<String> LONG_VRS =
      Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
  private static final Set<Integer> KEPT =
      Set.of(
          0x00100020,
          0x0020000D,
          0x0020000E,
          0x00080018,
          0x00080016,
          0x00080060,
          0x00180015,
          0x00081030,
          0x00080020,
          0x00080030,
          0x00080070,
          0x00081090,
          0x00081010,
          0x00181030,
          0x00189345);
  private static final int MAX_KEPT_VALUE = 1 << 16;

  private DicomHeaderReader() {}

  /**
   * The header of the file {@code in} holds; {@link DicomFormatException} when it is unreadable.
   */
  public static DicomHeader read(InputStream raw) throws IOException {
    DicomInput in = new DicomInput(raw);
    try {
      in.skip(128);
      if (!"DICM".equals(new String(in.bytes(4), StandardCharsets.US_ASCII))) {
        throw new DicomFormatException(
            "not a DICOM Part 10 file: no 'DICM' after the 128-byte preamble");
      }
      Map<Integer, byte[]> meta = new HashMap<>();
      element(in, true, meta, Set.of(0x00020000));
      byte[] length = meta.get(0x00020000);
      if (length == null || length.length != 4) {
        throw new DicomFormatException(
            "the File Meta Information has no group length (0002,0000) first");
      }
      long end = in.position() + ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt();
      while (in.position() < end) {
        element(in, true, meta, Set.of(0x00020010));
      }
      String syntax = text(meta.get(0x00020010));
      if (DEFLATED.equals(syntax)) {
        throw new DicomFormatException("deflated data sets (" + DEFLATED + ") are not read");
      }
      in.bigEndian = EXPLICIT_BE.equals(syntax);
      boolean explicit = !IMPLICIT_LE.equals(syntax);
      Map<Integer, byte[]> values = new HashMap<>();
      while (element(in, explicit, values, KEPT)) {
        // read on to the pixel data or the end
      }
      return header(values, in.bigEndian);
    } catch (EOFException e) {
      throw new DicomFormatException("truncated: " + e.getMessage());
    }
  }

  /**
   * Reads one element, keeping its value when its tag is in {@code kept}; false at the pixel data
   * or at the end of the stream between elements.
   */
  private static boolean element(
      DicomInput in, boolean explicit, Map<Integer, byte[]> out, Set<Integer> kept)
      throws IOException {
    int group;
    try {
      group = in.u16();
    } catch (EOFException e) {
      return false;
    }
    int tag = group << 16 | in.u16();
    if (tag == PIXEL_DATA) {
      return false;
    }
    try {
      return value(in, explicit, out, kept, tag);
    } catch (EOFException e) {
      throw new EOFException(
          e.getMessage() + String.format(" inside element (%04X,%04X)", tag >>> 16, tag & 0xFFFF));
    }
  }

  private static boolean value(
      DicomInput in, boolean explicit, Map<Integer, byte[]> out, Set<Integer> kept, int tag)
      throws IOException {
    String vr = null;
    long length;
    if (explicit && tag >>> 16 != 0xFFFE) {
      vr = new String(in.bytes(2), StandardCharsets.US_ASCII);
      if (LONG_VRS.contains(vr)) {
        in.skip(2);
        length = in.u32();
      } else {
        length = in.u16();
      }
    } else {
      length = in.u32();
    }
    if (length == UNDEFINED) {
      skipUndefined(in, explicit, tag);
    } else if (kept.contains(tag) && !"SQ".equals(vr)) {
      if (length > MAX_KEPT_VALUE) {
        throw new DicomFormatException(
            String.format(
                "element (%04X,%04X) is %d bytes long", tag >>> 16, tag & 0xFFFF, length));
      }
      out.put(tag, in.bytes((int) length));
    } else {
      in.skip(length);
    }
    return true;
  }

  /** Skips a sequence (or item) of undefined length up to its delimiter (PS3.5 §7.5). */
  private static void skipUndefined(DicomInput in, boolean explicit, int tag) throws IOException {
    while (true) {
      int group = in.u16();
      int element = in.u16();
      long length = in.u32();
      int itemTag = group << 16 | element;
      if (itemTag == 0xFFFEE0DD || itemTag == 0xFFFEE00D) {
        return; // end of this sequence or item
      }
      if (itemTag != 0xFFFEE000) {
        throw new DicomFormatException(
            String.format(
                "malformed sequence in (%04X,%04X) at byte %d: expected an item, found (%04X,%04X)",
                tag >>> 16, tag & 0xFFFF, in.position() - 8, group, element));
      }
      if (length == UNDEFINED) {
        while (true) {
          int g = in.u16();
          int e = in.u16();
          if (g == 0xFFFE && e == 0xE00D) {
            in.u32();
            break;
          }
          skipAfterTag(in, explicit, g << 16 | e);
        }
      } else {
        in.skip(length);
      }
    }
  }

  /** Skips the rest of an element inside an item, its tag read. */
  private static void skipAfterTag(DicomInput in, boolean explicit, int tag) throws IOException {
    long length;
    if (explicit) {
      String vr = new String(in.bytes(2), StandardCharsets.US_ASCII);
      if (LONG_VRS.contains(vr)) {
        in.skip(2);
        length = in.u32();
      } else {
        length = in.u16();
      }
    } else {
      length = in.u32();
    }
    if (length == UNDEFINED) {
      skipUndefined(in, explicit, tag);
    } else {
      in.skip(length);
    }
  }

  private static DicomHeader header(Map<Integer, byte[]> v, boolean bigEndian) {
    String study = text(v.get(0x0020000D));
    if (study == null) {
      throw new DicomFormatException("the header has no Study Instance UID (0020,000D)");
    }
    byte[] ctdi = v.get(0x00189345);
    Double ctdiVol = null;
    if (ctdi != null && ctdi.length == 8) {
      ctdiVol =
          ByteBuffer.wrap(ctdi)
              .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
              .getDouble();
    }
    return new DicomHeader(
        text(v.get(0x00100020)),
        study,
        text(v.get(0x0020000E)),
        text(v.get(0x00080018)),
        text(v.get(0x00080016)),
        text(v.get(0x00080060)),
        text(v.get(0x00180015)),
        text(v.get(0x00081030)),
        studyTime(text(v.get(0x00080020)), text(v.get(0x00080030))),
        text(v.get(0x00080070)),
        text(v.get(0x00081090)),
        text(v.get(0x00081010)),
        text(v.get(0x00181030)),
        ctdiVol);
  }

  /** Study Date (DA, YYYYMMDD) and Study Time (TM, HH[MM[SS[.F]]]); null without a date. */
  static LocalDateTime studyTime(String date, String time) {
    if (date == null) {
      return null;
    }
    try {
      LocalDateTime day =
          java.time.LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
      if (time == null) {
        return day;
      }
      String t = (time.contains(".") ? time.substring(0, time.indexOf('.')) : time) + "0000";
      return day.plusHours(Integer.parseInt(t.substring(0, 2)))
          .plusMinutes(Integer.parseInt(t.substring(2, 4)))
          .plusSeconds(Integer.parseInt(t.substring(4, 6)));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new DicomFormatException(
          "Study Date/Time '" + date + " " + time + "' is not a DICOM date (YYYYMMDD) and time");
    }
  }

  /** A string value: the first of its values, without DICOM's trailing space or null padding. */
  private static String text(byte[] value) {
    if (value == null) {
      return null;
    }
    String s = new String(value, StandardCharsets.ISO_8859_1);
    int backslash = s.indexOf('\\');
    s = (backslash >= 0 ? s.substring(0, backslash) : s).replace("\0", "").strip();
    return s.isEmpty() ? null : s;
  }
}
