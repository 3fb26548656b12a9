package org.medmine.cohort;

/**
 * An inpatient encounter: the HL7 v3 ActCode class IMP (inpatient), ACUTE or NONAC (acute and
 * non-acute inpatient), or Synthea's own class {@code inpatient} where the mapping kept no code.
 * The one definition the hospital-flow series and the quality measures share.
 */
public final class Inpatient {
  private Inpatient() {}

  /**
   * The SQL condition that the encounter row {@code alias} (a table alias, or empty for none) is
   * inpatient.
   */
  public static String sql(String alias) {
    String p = alias.isEmpty() ? "" : alias + ".";
    return "(" + p + "class_code IN ('IMP', 'ACUTE', 'NONAC') OR " + p + "class = 'inpatient')";
  }
}
