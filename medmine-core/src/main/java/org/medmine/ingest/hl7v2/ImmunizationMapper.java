package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * VXU^V04 ORC/RXA to {@code immunization} rows, following the V2-to-FHIR IG's RXA[Immunization] and
 * ORC[Immunization] maps: RXA-5 vaccine code (CVX), RXA-3 occurrence, RXA-9 record origin (00, a
 * new record, is primarySource), RXA-15 lot number, RXA-20 completion status (CP and PA completed,
 * RE and NA not-done) and RXA-21 action code (D: entered-in-error). The id is ORC-3 (filler order
 * number), else ORC-2 (placer), else the control id and the RXA's place in the message.
 */
final class ImmunizationMapper {
  private static final Map<String, String> STATUS =
      Map.of("CP", "completed", "PA", "completed", "RE", "not-done", "NA", "not-done");

  private ImmunizationMapper() {}

  static List<Row> rows(
      List<SegmentFields> segments,
      String patientId,
      String encounterId,
      String controlId,
      ZoneId zone) {
    List<Row> out = new ArrayList<>();
    String order = null;
    int index = 0;
    for (SegmentFields s : segments) {
      if (s.name().equals("ORC")) {
        String filler = s.get(3);
        String placer = s.get(2);
        order = !V2Values.blank(filler) ? filler : V2Values.orNull(placer);
      } else if (s.name().equals("RXA")) {
        index++;
        out.add(
            immunization(s, order != null ? order : controlId + "-" + index, zone)
                .set("patient_id", patientId)
                .set("encounter_id", encounterId));
        order = null;
      }
    }
    return out;
  }

  private static Row immunization(SegmentFields rxa, String id, ZoneId zone) {
    String vaccine = rxa.get(5, 1);
    if (V2Values.blank(vaccine)) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "RXA",
              5,
              "RXA-5 (administered code) is empty: an immunization needs its vaccine")
          .thrown();
    }
    var when = V2Values.time(rxa.get(3), zone, "RXA", 3);
    if (when == null) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "RXA",
              3,
              "RXA-3 (start of administration) is empty: an immunization needs its date")
          .thrown();
    }
    String completion = rxa.get(20);
    String status =
        "D".equals(rxa.get(21))
            ? "entered-in-error"
            : STATUS.getOrDefault(completion == null ? "CP" : completion, "completed");
    String origin = rxa.get(9, 1);
    return new Row(Table.IMMUNIZATION)
        .set("id", id)
        .set("status", status)
        .set("code_system", V2Values.system(rxa.get(5, 3)))
        .set("code", vaccine)
        .set("code_display", rxa.get(5, 2))
        .set("occurrence_time", when)
        .set("lot_number", V2Values.orNull(rxa.get(15)))
        .set("primary_source", V2Values.blank(origin) ? null : origin.equals("00"));
  }
}
