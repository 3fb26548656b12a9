/**
 * {@code devices}: daily features of wearable streams per patient (resting heart rate, steps,
 * sleep, active minutes; {@link org.medmine.apps.devices.DailyDeviceFeatures}), personal baselines
 * and the detection of a sustained rise in resting heart rate, scored against the admissions that
 * follow.
 */
package org.medmine.apps.devices;
