package org.medmine.ingest.devices;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of a Fitbit export file, by the file's kind, as a {@link DeviceReading}: heart rate
 * ({@code {"dateTime":"01/31/24 08:00:05","value":{"bpm":62}}}), steps and active minutes ({@code
 * "value":"12"}), resting heart rate per day ({@code "value":{"value":58.3}}, 0 meaning no
 * measurement) and sleep logs ({@code startTime}, {@code endTime}, {@code minutesAsleep}).
 */
final class FitbitEntries {
  private static final DateTimeFormatter ENTRY_TIME =
      DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss", Locale.ROOT);
  private static final Map<String, DeviceMetric> KINDS =
      Map.of(
          "heart_rate", DeviceMetric.HEART_RATE,
          "resting_heart_rate", DeviceMetric.RESTING_HEART_RATE,
          "steps", DeviceMetric.STEPS,
          "very_active_minutes", DeviceMetric.ACTIVE_MINUTES,
          "moderately_active_minutes", DeviceMetric.ACTIVE_MINUTES,
          "sleep", DeviceMetric.SLEEP_DURATION);

  private final String patient;
  private final ZoneId zone;

  FitbitEntries(String patient, ZoneId zone) {
    this.patient = patient;
    this.zone = zone;
  }

  /** The kind of a file ({@code steps-2024-01-31.json} is {@code steps}), or null. */
  static String kindOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    int dash = n.indexOf('-');
    if (!n.endsWith(".json") || dash < 0) {
      return null;
    }
    String kind = n.substring(0, dash);
    return KINDS.containsKey(kind) ? kind : null;
  }

  /**
   * The reading, null for an entry that holds no measurement; else an exception with the reason.
   */
  DeviceReading reading(String kind, JsonNode e) {
    DeviceMetric metric = KINDS.get(kind);
    if (metric == DeviceMetric.SLEEP_DURATION) {
      LocalDateTime start = utc(isoTime(text(e, "startTime"), "startTime"));
      LocalDateTime end = utc(isoTime(text(e, "endTime"), "endTime"));
      return reading(metric, number(e.get("minutesAsleep"), "minutesAsleep"), start, end, kind);
    }
    LocalDateTime at = entryTime(text(e, "dateTime"));
    JsonNode value = e.get("value");
    double v =
        switch (kind) {
          case "heart_rate" -> number(value == null ? null : value.get("bpm"), "value.bpm");
          case "resting_heart_rate" ->
              number(value == null ? null : value.get("value"), "value.value");
          default -> number(value, "value");
        };
    if (metric == DeviceMetric.RESTING_HEART_RATE && v == 0) {
      return null;
    }
    boolean daily = kind.endsWith("active_minutes") || metric == DeviceMetric.RESTING_HEART_RATE;
    LocalDateTime end = daily ? utc(at.toLocalDate().plusDays(1).atStartOfDay()) : utc(at);
    return reading(metric, v, utc(at), end, kind);
  }

  private DeviceReading reading(
      DeviceMetric metric, double v, LocalDateTime start, LocalDateTime end, String kind) {
    return new DeviceReading(patient, metric, v, start, end, "Fitbit", kind, "fitbit");
  }

  private LocalDateTime utc(LocalDateTime local) {
    return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static LocalDateTime entryTime(String text) {
    try {
      return LocalDateTime.parse(text, ENTRY_TIME);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay();
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(
            "dateTime '" + text + "' is not a time of the form 01/31/24 08:00:05");
      }
    }
  }

  private static LocalDateTime isoTime(String text, String field) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " '" + text + "' is not a time of the form 2024-01-31T07:02:30.000");
    }
  }

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException("the entry has no " + field + " text");
    }
    return n.asText();
  }

  private static double number(JsonNode n, String field) {
    if (n != null && n.isNumber()) {
      return n.doubleValue();
    }
    if (n != null && n.isTextual()) {
      try {
        return Double.parseDouble(n.asText());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(field + " is not a number: " + n);
  }
}
