package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * ORU^R01 OBR/OBX to {@code observation} rows, following the V2-to-FHIR IG's OBX[Observation] map:
 * OBX-3 code, OBX-5 value as OBX-2 types it (NM a quantity with OBX-6 units, SN a quantity or a
 * range, CE/CWE a coded value, text otherwise), OBX-7 reference range (its text, and low and high
 * when it reads as {@code a-b}, {@code <b} or {@code >a}), OBX-8 interpretation, OBX-11 status
 * (ObservationResultStatusCodesInterpretation), OBX-14 effective time (else OBR-7). The OBR is the
 * DiagnosticReport: its filler order number (else the placer's) is the observations' panel_id,
 * OBR-4 their panel code. An observation's id is OBX-21 when the sender gives one, else the order
 * number, OBX-3 and OBX-4, so that a corrected result (OBX-11 = C) replaces the one it corrects.
 */
final class ResultMapper {
  private static final Map<String, String> STATUS =
      Map.ofEntries(
          Map.entry("F", "final"),
          Map.entry("C", "corrected"),
          Map.entry("A", "amended"),
          Map.entry("P", "preliminary"),
          Map.entry("R", "preliminary"),
          Map.entry("S", "preliminary"),
          Map.entry("I", "registered"),
          Map.entry("O", "registered"),
          Map.entry("X", "cancelled"),
          Map.entry("N", "cancelled"),
          Map.entry("D", "entered-in-error"),
          Map.entry("W", "entered-in-error"),
          Map.entry("U", "final"));

  /**
   * The LOINC codes of FHIR R4's vital signs profiles (§ Vital Signs), whose category is
   * vital-signs.
   */
  private static final Set<String> VITAL_SIGNS =
      Set.of(
          "85353-1", "9279-1", "8867-4", "2708-6", "59408-5", "8310-5", "8302-2", "9843-4",
          "29463-7", "39156-5", "85354-9", "8480-6", "8462-4");

  private static final Pattern RANGE = Pattern.compile("\\s*(-?[\\d.]+)\\s*-\\s*(-?[\\d.]+)\\s*");
  private static final Pattern BOUND = Pattern.compile("\\s*([<>]=?)\\s*(-?[\\d.]+)\\s*");

  private ResultMapper() {}

  /** The observations of an ORU^R01's order groups. */
  static List<Row> rows(
      List<SegmentFields> segments,
      String patientId,
      String encounterId,
      String controlId,
      LocalDateTime messageTime,
      ZoneId zone) {
    List<Row> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    SegmentFields obr = null;
    String order = controlId;
    int orders = 0;
    int index = 0;
    for (SegmentFields s : segments) {
      if (s.name().equals("OBR")) {
        obr = s;
        orders++;
        String filler = s.get(3);
        String placer = s.get(2);
        order =
            !V2Values.blank(filler)
                ? filler
                : !V2Values.blank(placer) ? placer : controlId + "-" + orders;
      } else if (s.name().equals("OBX")) {
        index++;
        Row row = observation(s, obr, order, zone, messageTime);
        String id = (String) row.get("id");
        if (!ids.add(id)) {
          id = id + "-" + index;
          ids.add(id);
          row.set("id", id);
        }
        out.add(row.set("patient_id", patientId).set("encounter_id", encounterId));
      }
    }
    return out;
  }

  private static Row observation(
      SegmentFields obx, SegmentFields obr, String order, ZoneId zone, LocalDateTime messageTime) {
    String code = obx.get(3, 1);
    if (V2Values.blank(code)) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "OBX",
              3,
              "OBX-3 (observation identifier) is empty in OBX "
                  + obx.get(1)
                  + ": an observation needs its code")
          .thrown();
    }
    String instance = obx.get(21);
    String subId = obx.get(4);
    String id =
        !V2Values.blank(instance)
            ? instance
            : order + "-" + code + (V2Values.blank(subId) ? "" : "-" + subId);
    String system = V2Values.system(obx.get(3, 3));
    Row row =
        new Row(Table.OBSERVATION)
            .set("id", id)
            .set("code_system", system)
            .set("code", code)
            .set("code_display", obx.get(3, 2))
            .set(
                "category",
                "http://loinc.org".equals(system) && VITAL_SIGNS.contains(code)
                    ? "vital-signs"
                    : "laboratory")
            .set("status", STATUS.getOrDefault(String.valueOf(obx.get(11)), "unknown"));
    if (obr != null) {
      row.set("panel_id", order)
          .set("panel_code", obr.get(4, 1))
          .set("panel_display", obr.get(4, 2))
          .set("issued_time", V2Values.time(obr.get(22), zone, "OBR", 22));
    }
    LocalDateTime effective = V2Values.time(obx.get(14), zone, "OBX", 14);
    if (effective == null && obr != null) {
      effective = V2Values.time(obr.get(7), zone, "OBR", 7);
    }
    row.set("effective_time", effective == null ? messageTime : effective);
    value(obx, row);
    referenceRange(obx.get(7), row);
    row.set("interpretation_code", V2Values.orNull(obx.get(8)));
    return row;
  }

  private static void value(SegmentFields obx, Row row) {
    String type = obx.get(2) == null ? "ST" : obx.get(2).strip();
    String first = obx.get(5, 1);
    if (V2Values.blank(first) && V2Values.blank(obx.get(5, 2))) {
      row.set("value_type", "none");
      return;
    }
    switch (type) {
      case "NM" -> {
        Double v = V2Values.number(first);
        if (v == null) {
          throw Rejection.error(
                  ErrorCode.DATA_TYPE_ERROR,
                  "OBX",
                  5,
                  "OBX-5 '" + first + "' is not a number, and OBX-2 says NM")
              .thrown();
        }
        row.set("value_type", "quantity").set("value_number", v).set("value_unit", obx.get(6, 1));
      }
      case "SN" -> structuredNumber(obx, row);
      case "CE", "CWE", "CNE", "CF", "IS", "ID" ->
          row.set("value_type", "codeable")
              .setCode("value", V2Values.system(obx.get(5, 3)), first, obx.get(5, 2));
      default -> {
        StringBuilder text = new StringBuilder(first == null ? "" : first);
        for (int r = 1; r < obx.repetitions(5); r++) {
          text.append('\n').append(String.valueOf(obx.get(5, r, 1)));
        }
        row.set("value_type", "string").set("value_text", text.toString());
      }
    }
  }

  /** SN: comparator, number, separator, number (v2.5 §2.A.71). */
  private static void structuredNumber(SegmentFields obx, Row row) {
    String comparator = obx.get(5, 1);
    Double first = V2Values.number(obx.get(5, 2));
    String separator = obx.get(5, 3);
    String written =
        (comparator == null ? "" : comparator)
            + String.valueOf(obx.get(5, 2))
            + (separator == null ? "" : separator + String.valueOf(obx.get(5, 4)));
    if (first == null) {
      throw Rejection.error(
              ErrorCode.DATA_TYPE_ERROR,
              "OBX",
              5,
              "OBX-5 '"
                  + written
                  + "' is not a structured number (comparator^number^separator^number)")
          .thrown();
    }
    if (separator == null) {
      row.set("value_type", "quantity").set("value_number", first).set("value_unit", obx.get(6, 1));
      if (comparator != null) {
        row.set("value_text", written);
      }
    } else {
      row.set("value_type", "string").set("value_text", written).set("value_unit", obx.get(6, 1));
    }
  }

  private static void referenceRange(String text, Row row) {
    if (V2Values.blank(text)) {
      return;
    }
    row.set("reference_range_text", text);
    Matcher range = RANGE.matcher(text);
    Matcher bound = BOUND.matcher(text);
    if (range.matches()) {
      row.set("reference_range_low", V2Values.number(range.group(1)))
          .set("reference_range_high", V2Values.number(range.group(2)));
    } else if (bound.matches()) {
      row.set(
          bound.group(1).startsWith("<") ? "reference_range_high" : "reference_range_low",
          V2Values.number(bound.group(2)));
    }
  }
}
