package org.medmine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes small DICOM Part 10 files for tests (PS3.10 §7.1: preamble, "DICM", File Meta Information
 * in explicit VR little endian; the data set in explicit or implicit VR little endian), with string
 * and FD elements, an undefined-length sequence and a few bytes of pixel data, so that readers meet
 * what real files hold. dcmdump (DCMTK) reads what it writes.
 */
public final class TestDicomFile {
  private static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
  private final Map<Integer, byte[]> elements = new TreeMap<>(Integer::compareUnsigned);
  private final Map<Integer, String> vrs = new TreeMap<>(Integer::compareUnsigned);
  private boolean implicit;

  /** Sets a string element of the given VR (padded to an even length as PS3.5 §6.2 says). */
  public TestDicomFile text(int tag, String vr, String value) {
    byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length % 2 == 1) {
      byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
      padded[b.length] = (byte) (vr.equals("UI") ? 0 : ' ');
      b = padded;
    }
    elements.put(tag, b);
    vrs.put(tag, vr);
    return this;
  }

  /** Sets a floating-point double element (FD). */
  public TestDicomFile fd(int tag, double value) {
    elements.put(
        tag, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array());
    vrs.put(tag, "FD");
    return this;
  }

  /** Writes the data set in implicit VR little endian (1.2.840.10008.1.2). */
  public TestDicomFile implicitVr() {
    implicit = true;
    return this;
  }

  /** A CT image of the study, series and instance, for the patient. */
  public static TestDicomFile ct(String patient, String study, String series, String instance) {
    return new TestDicomFile()
        .text(0x00080016, "UI", CT_IMAGE)
        .text(0x00080018, "UI", instance)
        .text(0x00080060, "CS", "CT")
        .text(0x00100020, "LO", patient)
        .text(0x0020000D, "UI", study)
        .text(0x0020000E, "UI", series);
  }

  /** The file's bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (Map.Entry<Integer, byte[]> e : elements.entrySet()) {
      element(data, e.getKey(), vrs.get(e.getKey()), e.getValue(), !implicit);
      if (e.getKey() == 0x00081030) {
        procedureCodeSequence(data);
      }
    }
    element(data, 0x7FE00010, "OW", new byte[] {1, 0, 2, 0, 3, 0, 4, 0}, !implicit);
    ByteArrayOutputStream meta = new ByteArrayOutputStream();
    element(meta, 0x00020001, "OB", new byte[] {0, 1}, true);
    element(meta, 0x00020002, "UI", even(CT_IMAGE), true);
    element(
        meta,
        0x00020003,
        "UI",
        even(new String(elements.get(0x00080018), StandardCharsets.ISO_8859_1).strip()),
        true);
    element(
        meta, 0x00020010, "UI", even(implicit ? "1.2.840.10008.1.2" : "1.2.840.10008.1.2.1"), true);
    element(meta, 0x00020012, "UI", even("1.2.826.0.1.3680043.10.1"), true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[128]);
    out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
    element(out, 0x00020000, "UL", le32(meta.size()), true);
    out.writeBytes(meta.toByteArray());
    out.writeBytes(data.toByteArray());
    return out.toByteArray();
  }

  /** Writes the file. */
  public Path write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** (0008,1032) Procedure Code Sequence of undefined length, one item of undefined length. */
  private void procedureCodeSequence(ByteArrayOutputStream out) {
    tag(out, 0x00081032);
    if (!implicit) {
      out.writeBytes("SQ".getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(new byte[2]);
    }
    out.writeBytes(le32(-1));
    tag(out, 0xFFFEE000);
    out.writeBytes(le32(-1));
    element(out, 0x00080100, "SH", even("24627-2"), !implicit);
    element(out, 0x00080102, "SH", even("LN"), !implicit);
    tag(out, 0xFFFEE00D);
    out.writeBytes(le32(0));
    tag(out, 0xFFFEE0DD);
    out.writeBytes(le32(0));
  }

  private static byte[] even(String uid) {
    byte[] b = uid.getBytes(StandardCharsets.US_ASCII);
    return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
  }

  private static void element(
      ByteArrayOutputStream out, int tag, String vr, byte[] value, boolean explicit) {
    tag(out, tag);
    if (explicit) {
      out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
      if (vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN")) {
        out.writeBytes(new byte[2]);
        out.writeBytes(le32(value.length));
      } else {
        out.write(value.length & 0xff);
        out.write(value.length >>> 8 & 0xff);
      }
    } else {
      out.writeBytes(le32(value.length));
    }
    out.writeBytes(value);
  }

  private static void tag(ByteArrayOutputStream out, int tag) {
    out.write(tag >>> 16 & 0xff);
    out.write(tag >>> 24 & 0xff);
    out.write(tag & 0xff);
    out.write(tag >>> 8 & 0xff);
  }

  private static byte[] le32(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
  }
}
