package org.medmine.ingest.devices;

/**
 * The device metrics medmine stores, each as the LOINC code and UCUM unit (Regenstrief LOINC 2.77;
 * UCUM, Schadow and McDonald) its values are stored in, whatever the unit the device wrote.
 */
public enum DeviceMetric {
  HEART_RATE("8867-4", "Heart rate", "/min"),
  RESTING_HEART_RATE("40443-4", "Heart rate --resting", "/min"),
  HEART_RATE_VARIABILITY(
      "80404-7", "R-R interval.standard deviation (Heart rate variability)", "ms"),
  STEPS("55423-8", "Number of steps in unspecified time Pedometer", "{steps}"),
  ACTIVE_MINUTES("55411-3", "Exercise duration", "min"),
  ACTIVE_ENERGY("41981-2", "Calories burned", "kcal"),
  SLEEP_DURATION("93832-4", "Sleep duration", "min"),
  BODY_WEIGHT("29463-7", "Body weight", "kg"),
  OXYGEN_SATURATION("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
  RESPIRATORY_RATE("9279-1", "Respiratory rate", "/min"),
  SYSTOLIC_PRESSURE("8480-6", "Systolic blood pressure", "mm[Hg]"),
  DIASTOLIC_PRESSURE("8462-4", "Diastolic blood pressure", "mm[Hg]");

  /** The code system of every metric. */
  public static final String LOINC = "http://loinc.org";

  private final String loinc;
  private final String display;
  private final String ucum;

  DeviceMetric(String loinc, String display, String ucum) {
    this.loinc = loinc;
    this.display = display;
    this.ucum = ucum;
  }

  public String loinc() {
    return loinc;
  }

  public String display() {
    return display;
  }

  /** The UCUM unit values of this metric are stored in. */
  public String ucum() {
    return ucum;
  }
}
