package org.medmine.ingest.hl7v2;

import java.util.Map;

/**
 * The messages medmine stores, by message type and trigger event (HL7 v2.5 chapters 3, 7 and 4A),
 * and what each does. ADT events move the encounter (see {@link EncounterHistory}); A28 and A31
 * change the person only.
 */
enum MessageKind {
  /** A01 admit/visit notification. */
  ADMIT,
  /** A04 register a patient (arrived, not assigned a bed). */
  REGISTER,
  /** A05 pre-admit. */
  PREADMIT,
  /** A02 transfer. */
  TRANSFER,
  /** A03 discharge/end visit. */
  DISCHARGE,
  /**
   * A06 outpatient to inpatient, A07 inpatient to outpatient: a new class, and a transfer when
   * PV1-3 changes.
   */
  CLASS_CHANGE,
  /** A08 update patient information. */
  UPDATE,
  /** A11 cancel admit/visit. */
  CANCEL_ADMIT,
  /** A12 cancel transfer. */
  CANCEL_TRANSFER,
  /** A13 cancel discharge. */
  CANCEL_DISCHARGE,
  /** A17 swap patients: two PID/PV1 pairs, each patient moving to the other's location. */
  SWAP,
  /** A28 add and A31 update person information. */
  PERSON,
  /** A40 merge patient (PID is the surviving patient, MRG-1 the one merged into it). */
  MERGE,
  /** ORU^R01 unsolicited observation results. */
  RESULTS,
  /** VXU^V04 unsolicited vaccination record update. */
  IMMUNIZATIONS;

  private static final Map<String, MessageKind> BY_EVENT =
      Map.ofEntries(
          Map.entry("ADT^A01", ADMIT),
          Map.entry("ADT^A04", REGISTER),
          Map.entry("ADT^A05", PREADMIT),
          Map.entry("ADT^A02", TRANSFER),
          Map.entry("ADT^A03", DISCHARGE),
          Map.entry("ADT^A06", CLASS_CHANGE),
          Map.entry("ADT^A07", CLASS_CHANGE),
          Map.entry("ADT^A08", UPDATE),
          Map.entry("ADT^A11", CANCEL_ADMIT),
          Map.entry("ADT^A12", CANCEL_TRANSFER),
          Map.entry("ADT^A13", CANCEL_DISCHARGE),
          Map.entry("ADT^A17", SWAP),
          Map.entry("ADT^A28", PERSON),
          Map.entry("ADT^A31", PERSON),
          Map.entry("ADT^A40", MERGE),
          Map.entry("ORU^R01", RESULTS),
          Map.entry("VXU^V04", IMMUNIZATIONS));

  /** The message types medmine stores. */
  static final java.util.Set<String> TYPES = java.util.Set.of("ADT", "ORU", "VXU");

  /** The kind of {@code type^event}, or null when medmine does not store it. */
  static MessageKind of(String type, String event) {
    return BY_EVENT.get(type + "^" + event);
  }

  /** The events medmine stores, for messages that say so. */
  static String supported() {
    return "ADT A01-A08, A11-A13, A17, A28, A31, A40, ORU^R01 and VXU^V04";
  }

  /**
   * Whether the event may begin an encounter (a missing PV1-19 then gets the message's control id).
   */
  boolean begins() {
    return this == ADMIT || this == REGISTER || this == PREADMIT;
  }
}
