package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirResourceMapper.code;
import static org.medmine.ingest.fhir.FhirResourceMapper.subject;
import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.coding;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.periodEnd;
import static org.medmine.ingest.fhir.FhirValues.periodStart;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps a FHIR R4 Observation made by a device (one whose {@code device} names it, such as the
 * Personal Health Device IG's observations from a home cuff or a wearable) with quantity values to
 * {@code device_reading} rows, one per value (the observation's own, or each component's, with the
 * id {@code <id>#c<n>}), so that high-frequency streams stay out of the {@code observation} table.
 * Device observations without a quantity are stored as observations.
 */
final class FhirDeviceReadingMapper {
  private FhirDeviceReadingMapper() {}

  /** Whether the observation names a device and carries a quantity (its own or a component's). */
  static boolean applies(JsonNode r) {
    if (!FhirValues.present(r.get("device"))) {
      return false;
    }
    if (r.has("valueQuantity")) {
      return true;
    }
    for (JsonNode c : array(r, "component", "Observation")) {
      if (c.has("valueQuantity")) {
        return true;
      }
    }
    return false;
  }

  static List<Row> map(String id, JsonNode r) {
    String t = "Observation";
    String patient = subject(r, "subject", t);
    LocalDateTime start = dateTime(r, "effectiveDateTime", t);
    LocalDateTime end = start;
    if (start == null) {
      start = periodStart(r, "effectivePeriod", t);
      end = periodEnd(r, "effectivePeriod", t);
    }
    if (start == null) {
      throw new FhirFormatException(
          t + " from a device has no effectiveDateTime or effectivePeriod");
    }
    JsonNode device = object(r, "device", t);
    Row base =
        new Row(Table.DEVICE_READING)
            .set("patient_id", patient)
            .set("device_id", FhirValues.referenceValue(device, t + ".device"))
            .set("device_name", text(device, "display", t + ".device"))
            .set("input_format", "fhir")
            .set("start_time", start)
            .set("end_time", end == null ? start : end);
    List<Row> rows = new ArrayList<>();
    if (r.has("valueQuantity")) {
      rows.add(reading(copy(base, id), r, t));
    }
    int i = 0;
    for (JsonNode c : array(r, "component", t)) {
      if (c.has("valueQuantity")) {
        rows.add(reading(copy(base, id + "#c" + i), c, t + ".component[" + i + "]"));
      }
      i++;
    }
    return rows;
  }

  private static Row reading(Row row, JsonNode element, String path) {
    code(row, coding(element, "code", path));
    JsonNode q = object(element, "valueQuantity", path);
    Double value = FhirValues.number(q, "value", path + ".valueQuantity");
    if (value == null) {
      throw new FhirFormatException(path + ".valueQuantity has no value");
    }
    String unit = text(q, "code", path + ".valueQuantity");
    return row.set("value_number", value)
        .set("value_unit", unit != null ? unit : text(q, "unit", path + ".valueQuantity"));
  }

  private static Row copy(Row base, String id) {
    Row row = new Row(Table.DEVICE_READING);
    base.values().forEach(row::set);
    return row.set("id", id);
  }
}
