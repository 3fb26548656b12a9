package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;

/**
 * A segment's values by HL7 position ({@code PID-3.1}), read through HAPI's {@link Terser} and unescaped, so that
 * a field reads the same whatever data type the version gives it (CE in 2.5, CWE in 2.6) and a field the 2.5
 * model does not define (OBX-21, added in 2.7) is still read. Absent values are null; HL7's explicit null is
 * {@link V2Values#EXPLICIT_NULL}.
 *
 * @param segment the HAPI segment
 */
record SegmentFields(Segment segment) {

  String name() {
    return segment.getName();
  }

  /** How many repetitions field {@code field} has (0 when absent). */
  int repetitions(int field) {
    try {
      return field <= segment.numFields() ? segment.getField(field).length : 0;
    } catch (HL7Exception e) {
      return 0;
    }
  }

  /** Component {@code component} (1-based) of repetition {@code rep} (0-based) of field {@code field}. */
  String get(int field, int rep, int component) {
    return get(field, rep, component, 1);
  }

  /** Subcomponent {@code sub} of a component. */
  String get(int field, int rep, int component, int sub) {
    if (rep >= repetitions(field)) {
      return null;
    }
    try {
      String v = Terser.get(segment, field, rep, component, sub);
      return v == null || v.isEmpty() ? null : v;
    } catch (HL7Exception e) {
      return null;
    }
  }

  /** Component {@code component} of the first repetition. */
  String get(int field, int component) {
    return get(field, 0, component);
  }

  /** The first component of the first repetition. */
  String get(int field) {
    return get(field, 0, 1);
  }
}
