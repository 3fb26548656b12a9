package org.medmine.ingest.devices;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The HealthKit record types medmine stores (Apple HealthKit {@code HKQuantityTypeIdentifier*} and
 * {@code HKCategoryTypeIdentifierSleepAnalysis}), the metric each becomes and the conversion of its
 * export unit to the metric's UCUM unit. A unit other than the ones listed is refused, not guessed.
 */
final class AppleHealthTypes {
  private AppleHealthTypes() {}

  /** A HealthKit type: its metric and each accepted export unit with its factor to UCUM. */
  record Kind(DeviceMetric metric, Map<String, Double> unitFactors) {}

  private static final String Q = "HKQuantityTypeIdentifier";
  static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";

  /** Sleep-analysis values that are sleep (in-bed and awake time are not). */
  private static final Set<String> ASLEEP =
      Set.of(
          "HKCategoryValueSleepAnalysisAsleep",
          "HKCategoryValueSleepAnalysisAsleepUnspecified",
          "HKCategoryValueSleepAnalysisAsleepCore",
          "HKCategoryValueSleepAnalysisAsleepDeep",
          "HKCategoryValueSleepAnalysisAsleepREM");

  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry(Q + "HeartRate", kind(DeviceMetric.HEART_RATE, "count/min", 1.0)),
          Map.entry(
              Q + "RestingHeartRate", kind(DeviceMetric.RESTING_HEART_RATE, "count/min", 1.0)),
          Map.entry(
              Q + "HeartRateVariabilitySDNN", kind(DeviceMetric.HEART_RATE_VARIABILITY, "ms", 1.0)),
          Map.entry(Q + "StepCount", kind(DeviceMetric.STEPS, "count", 1.0)),
          Map.entry(Q + "AppleExerciseTime", kind(DeviceMetric.ACTIVE_MINUTES, "min", 1.0)),
          Map.entry(
              Q + "ActiveEnergyBurned",
              new Kind(
                  DeviceMetric.ACTIVE_ENERGY, Map.of("kcal", 1.0, "Cal", 1.0, "kJ", 1 / 4.184))),
          Map.entry(
              Q + "BodyMass",
              new Kind(DeviceMetric.BODY_WEIGHT, Map.of("kg", 1.0, "lb", 0.45359237, "g", 0.001))),
          Map.entry(Q + "OxygenSaturation", kind(DeviceMetric.OXYGEN_SATURATION, "%", 100.0)),
          Map.entry(Q + "RespiratoryRate", kind(DeviceMetric.RESPIRATORY_RATE, "count/min", 1.0)),
          Map.entry(Q + "BloodPressureSystolic", kind(DeviceMetric.SYSTOLIC_PRESSURE, "mmHg", 1.0)),
          Map.entry(
              Q + "BloodPressureDiastolic", kind(DeviceMetric.DIASTOLIC_PRESSURE, "mmHg", 1.0)));

  private static Kind kind(DeviceMetric metric, String unit, double factor) {
    return new Kind(metric, Map.of(unit, factor));
  }

  /** Whether medmine stores records of this type (others are counted as skipped). */
  static boolean stored(String type) {
    return KINDS.containsKey(type) || SLEEP.equals(type);
  }

  /**
   * The reading a record gives, or null for a sleep-analysis record that is not sleep (in bed,
   * awake); throws {@link IllegalArgumentException} with the reason when the record is unusable.
   * Apple writes oxygen saturation as a fraction with unit "%", hence its factor of 100.
   */
  static DeviceReading reading(
      String patient,
      String type,
      String unit,
      String value,
      LocalDateTime start,
      LocalDateTime end,
      String sourceName,
      String deviceId) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("endDate " + end + " is before startDate " + start);
    }
    if (SLEEP.equals(type)) {
      if (!ASLEEP.contains(value)) {
        return null;
      }
      double minutes = Duration.between(start, end).toSeconds() / 60.0;
      return new DeviceReading(
          patient,
          DeviceMetric.SLEEP_DURATION,
          minutes,
          start,
          end,
          sourceName,
          deviceId,
          "apple-health");
    }
    Kind kind = KINDS.get(type);
    Double factor = kind.unitFactors().get(unit);
    if (factor == null) {
      throw new IllegalArgumentException(
          "unit '" + unit + "' of " + type + " is not one of " + kind.unitFactors().keySet());
    }
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("value '" + value + "' of " + type + " is not a number");
    }
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("value '" + value + "' of " + type + " is not finite");
    }
    return new DeviceReading(
        patient, kind.metric(), number * factor, start, end, sourceName, deviceId, "apple-health");
  }
}
