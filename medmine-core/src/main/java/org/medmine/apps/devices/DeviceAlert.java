package org.medmine.apps.devices;

import java.time.LocalDate;

/**
 * A rise in a patient's resting heart rate, and the admission that followed it, if any.
 *
 * @param source the warehouse source
 * @param patientId the patient
 * @param day the day the alert was raised
 * @param baseline the patient's baseline resting heart rate (median, bpm)
 * @param recent the recent mean resting heart rate (bpm)
 * @param admissionId the inpatient or emergency encounter that started within the horizon, or null
 * @param leadDays days from the alert to that admission, or null
 */
public record DeviceAlert(
    String source,
    String patientId,
    LocalDate day,
    double baseline,
    double recent,
    String admissionId,
    Integer leadDays) {}
