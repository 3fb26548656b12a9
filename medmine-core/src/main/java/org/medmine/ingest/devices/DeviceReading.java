package org.medmine.ingest.devices;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * One device reading, in the metric's UCUM unit, covering {@code start} to {@code end} (UTC).
 *
 * @param patientId the patient the export belongs to
 * @param metric what was measured
 * @param value the value in {@link DeviceMetric#ucum()}
 * @param start when the reading began (UTC)
 * @param end when it ended (UTC; equal to start for an instant)
 * @param deviceName the app or device that recorded it, as the export names it
 * @param deviceId the device's model or hardware id when the export gives one
 * @param inputFormat the export format ({@code apple-health}, {@code fitbit}, {@code fhir})
 */
public record DeviceReading(
    String patientId,
    DeviceMetric metric,
    double value,
    LocalDateTime start,
    LocalDateTime end,
    String deviceName,
    String deviceId,
    String inputFormat) {

  /**
   * A stable id derived from the reading's content, so that ingesting the same export twice stores
   * each reading once.
   */
  public String id() {
    String key =
        String.join(
            "|",
            inputFormat,
            patientId,
            metric.name(),
            start.toString(),
            end.toString(),
            Double.toString(value),
            String.valueOf(deviceName),
            String.valueOf(deviceId));
    return inputFormat + "-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code device_reading} row. */
  public Row row() {
    return new Row(Table.DEVICE_READING)
        .set("id", id())
        .set("patient_id", patientId)
        .set("device_id", deviceId)
        .set("device_name", deviceName)
        .set("input_format", inputFormat)
        .set("code_system", DeviceMetric.LOINC)
        .set("code", metric.loinc())
        .set("code_display", metric.display())
        .set("value_number", value)
        .set("value_unit", metric.ucum())
        .set("start_time", start)
        .set("end_time", end);
  }
}
