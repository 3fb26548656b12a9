package org.medmine.ingest.hl7v2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes HL7 v2 messages for tests, in the domain's words: {@code
 * Hl7MessageBuilder.adt("A02").control("M7") .patient("P1").visit("V1", "I", "4E", "402",
 * "A").text()}. Fields are set by their HL7 number; the builder writes the delimiters, so a test
 * reads as the message it sends.
 */
final class Hl7MessageBuilder {
  private final String type;
  private final String event;
  private final String structure;
  private String version = "2.5.1";
  private String controlId = "MSG00001";
  private String sentAt = "20240102120000";
  private String charset = "";
  private String eventAt;
  private final List<Segment> segments = new ArrayList<>();
  private Segment pid;
  private Segment pv1;

  /** A segment's fields by number; field 0 is the segment name. */
  static final class Segment {
    private final List<String> fields = new ArrayList<>();

    Segment(String name) {
      fields.add(name);
    }

    Segment set(int n, String value) {
      while (fields.size() <= n) {
        fields.add("");
      }
      fields.set(n, value == null ? "" : value);
      return this;
    }

    String text() {
      return String.join("|", fields);
    }
  }

  private Hl7MessageBuilder(String type, String event, String structure) {
    this.type = type;
    this.event = event;
    this.structure = structure;
  }

  static Hl7MessageBuilder adt(String event) {
    return new Hl7MessageBuilder("ADT", event, null);
  }

  static Hl7MessageBuilder oru() {
    return new Hl7MessageBuilder("ORU", "R01", null);
  }

  static Hl7MessageBuilder vxu() {
    return new Hl7MessageBuilder("VXU", "V04", null);
  }

  static Hl7MessageBuilder of(String type, String event) {
    return new Hl7MessageBuilder(type, event, null);
  }

  Hl7MessageBuilder version(String v) {
    this.version = v;
    return this;
  }

  Hl7MessageBuilder control(String id) {
    this.controlId = id;
    return this;
  }

  Hl7MessageBuilder sentAt(String dtm) {
    this.sentAt = dtm;
    return this;
  }

  /** EVN-6, event occurred. */
  Hl7MessageBuilder eventAt(String dtm) {
    this.eventAt = dtm;
    return this;
  }

  /** MSH-18. */
  Hl7MessageBuilder charset(String name) {
    this.charset = name;
    return this;
  }

  /** A PID with PID-3 {@code id} (type MR). */
  Hl7MessageBuilder patient(String id) {
    pid = new Segment("PID").set(1, "1").set(3, id + "^^^GHH^MR");
    segments.add(pid);
    return this;
  }

  Hl7MessageBuilder name(String family, String given) {
    pid.set(5, family + "^" + given);
    return this;
  }

  Hl7MessageBuilder born(String date) {
    pid.set(7, date);
    return this;
  }

  Hl7MessageBuilder sex(String code) {
    pid.set(8, code);
    return this;
  }

  /** Any PID field. */
  Hl7MessageBuilder pid(int field, String value) {
    pid.set(field, value);
    return this;
  }

  /**
   * A PV1: PV1-19 visit number, PV1-2 class, PV1-3 location (point of care, room, bed at facility
   * GHH).
   */
  Hl7MessageBuilder visit(
      String visitNumber, String patientClass, String pointOfCare, String room, String bed) {
    String location =
        pointOfCare == null ? "" : pointOfCare + "^" + nz(room) + "^" + nz(bed) + "^GHH";
    pv1 = new Segment("PV1").set(1, "1").set(2, patientClass).set(3, location).set(19, visitNumber);
    segments.add(pv1);
    return this;
  }

  /** Any PV1 field. */
  Hl7MessageBuilder pv1(int field, String value) {
    pv1.set(field, value);
    return this;
  }

  /** MRG-1: the patient merged into this one (A40). */
  Hl7MessageBuilder mergedFrom(String priorId) {
    segments.add(new Segment("MRG").set(1, priorId + "^^^GHH^MR"));
    return this;
  }

  /** An OBR: filler order number, universal service id (LOINC). */
  Hl7MessageBuilder order(String filler, String code, String display) {
    int n = (int) segments.stream().filter(s -> s.fields.get(0).equals("OBR")).count() + 1;
    segments.add(
        new Segment("OBR")
            .set(1, String.valueOf(n))
            .set(3, filler)
            .set(4, code + "^" + display + "^LN")
            .set(7, sentAt));
    return this;
  }

  /** An OBX: value type, LOINC code, value, units, reference range, interpretation, status. */
  Hl7MessageBuilder result(
      String valueType,
      String code,
      String display,
      String value,
      String units,
      String range,
      String flag,
      String status) {
    int n = (int) segments.stream().filter(s -> s.fields.get(0).equals("OBX")).count() + 1;
    segments.add(
        new Segment("OBX")
            .set(1, String.valueOf(n))
            .set(2, valueType)
            .set(3, code + "^" + display + "^LN")
            .set(5, value)
            .set(6, units == null ? "" : units + "^" + units + "^UCUM")
            .set(7, range)
            .set(8, flag)
            .set(11, status));
    return this;
  }

  /** ORC and RXA: filler order number, CVX code, date given, lot. */
  Hl7MessageBuilder vaccine(String filler, String cvx, String display, String given, String lot) {
    segments.add(new Segment("ORC").set(1, "RE").set(3, filler));
    segments.add(
        new Segment("RXA")
            .set(1, "0")
            .set(2, "1")
            .set(3, given)
            .set(5, cvx + "^" + display + "^CVX")
            .set(6, "0.5")
            .set(9, "00^New immunization record^NIP001")
            .set(15, lot)
            .set(20, "CP")
            .set(21, "A"));
    return this;
  }

  /** A segment written out, e.g. {@code ZPV|1|x}. */
  Hl7MessageBuilder raw(String segment) {
    Segment s = new Segment(segment.substring(0, 3));
    String[] parts = segment.split("\\|", -1);
    for (int i = 1; i < parts.length; i++) {
      s.set(i, parts[i]);
    }
    segments.add(s);
    return this;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The message, segments ended by carriage returns. */
  String text() {
    Segment msh =
        new Segment("MSH")
            .set(1, "^~\\&")
            .set(2, "ADT1")
            .set(3, "GHH")
            .set(4, "MEDMINE")
            .set(5, "GHH")
            .set(6, sentAt)
            .set(8, type + "^" + event + (structure == null ? "" : "^" + structure))
            .set(9, controlId)
            .set(10, "P")
            .set(11, version)
            .set(17, charset);
    StringBuilder b = new StringBuilder(msh.text().replaceFirst("MSH\\|\\^", "MSH|^")).append('\r');
    if (type.equals("ADT")) {
      b.append(new Segment("EVN").set(1, event).set(2, sentAt).set(6, eventAt).text()).append('\r');
    }
    for (Segment s : segments) {
      b.append(s.text()).append('\r');
    }
    return b.toString();
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** Messages one after the other, as a file holds them. */
  static String file(String separator, String... messages) {
    StringBuilder b = new StringBuilder();
    Arrays.stream(messages).forEach(m -> b.append(m.replace("\r", separator)));
    return b.toString();
  }
}
