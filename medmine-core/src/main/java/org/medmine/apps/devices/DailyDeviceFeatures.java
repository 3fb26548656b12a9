package org.medmine.apps.devices;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmine.warehouse.WarehouseException;

/**
 * One patient-day of device features, from {@code device_reading}: the resting heart rate (the mean
 * of the day's resting-heart-rate readings, LOINC 40443-4; else the 10th percentile of its
 * heart-rate readings, 8867-4, as the lowest sustained rate of the day), steps (55423-8, summed),
 * sleep minutes (93832-4, summed on the day the sleep ended) and active minutes (55411-3, summed).
 * {@link #SQL} is the one definition, for this app and for studies that join the features to
 * encounters; a feature without readings that day is null.
 *
 * @param source the warehouse source of the readings
 * @param patientId the patient
 * @param day the calendar day (UTC)
 * @param restingHeartRate beats per minute, or null
 * @param steps steps, or null
 * @param sleepMinutes minutes asleep, or null
 * @param activeMinutes minutes of exercise, or null
 */
public record DailyDeviceFeatures(
    String source,
    String patientId,
    LocalDate day,
    Double restingHeartRate,
    Double steps,
    Double sleepMinutes,
    Double activeMinutes) {

  /** The daily features of every patient with readings, by source, patient and day. */
  public static final String SQL =
      "SELECT source, patient_id, day,"
          + " coalesce(avg(value_number) FILTER (WHERE code = '40443-4'),"
          + "   quantile_cont(value_number, 0.1) FILTER (WHERE code = '8867-4')) AS resting_heart_rate,"
          + " sum(value_number) FILTER (WHERE code = '55423-8') AS steps,"
          + " sum(value_number) FILTER (WHERE code = '93832-4') AS sleep_minutes,"
          + " sum(value_number) FILTER (WHERE code = '55411-3') AS active_minutes"
          + " FROM (SELECT source, patient_id, code, value_number, CAST(CASE WHEN code = '93832-4'"
          + "   THEN end_time ELSE start_time END AS DATE) AS day FROM device_reading"
          + "   WHERE code_system = 'http://loinc.org')"
          + " GROUP BY source, patient_id, day ORDER BY source, patient_id, day";

  /** The features of every patient-day, in source, patient and day order. */
  public static List<DailyDeviceFeatures> read(Connection connection) {
    List<DailyDeviceFeatures> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(SQL)) {
      while (rs.next()) {
        out.add(
            new DailyDeviceFeatures(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getObject(4, Double.class),
                rs.getObject(5, Double.class),
                rs.getObject(6, Double.class),
                rs.getObject(7, Double.class)));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the daily device features", e);
    }
    return out;
  }
}
