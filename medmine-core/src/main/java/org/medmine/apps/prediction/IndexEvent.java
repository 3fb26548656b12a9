package org.medmine.apps.prediction;

import java.time.LocalDateTime;

/**
 * One member of a target cohort: a patient at an index date, with the outcome label.
 *
 * @param source the patient's source
 * @param patientId the patient id
 * @param encounterId the index encounter
 * @param admitTime the start of the index encounter
 * @param indexTime the index (the encounter's start or end, per the study)
 * @param ageYears whole years of age at the index
 * @param sex administrative gender
 * @param race OMB race category
 * @param ethnicity hispanic or nonhispanic
 * @param outcome whether the outcome happened in the time at risk
 * @param stayDays the length of the index encounter in days (NaN when it has no end)
 */
public record IndexEvent(
    String source,
    String patientId,
    String encounterId,
    LocalDateTime admitTime,
    LocalDateTime indexTime,
    int ageYears,
    String sex,
    String race,
    String ethnicity,
    boolean outcome,
    double stayDays) {

  /**
   * The patient key, "source/id": a split by patient keeps all of a patient's index events
   * together.
   */
  public String patientKey() {
    return source + "/" + patientId;
  }

  /** The age band for fairness: 18-44, 45-64, 65+ (or 0-17). */
  public String ageBand() {
    return ageYears < 18 ? "0-17" : ageYears < 45 ? "18-44" : ageYears < 65 ? "45-64" : "65+";
  }
}
