/**
 * Readings of wearables and home devices: Apple Health {@code export.xml} streamed with StAX,
 * Fitbit JSON exports, and the metric vocabulary they share ({@link
 * org.medmine.ingest.devices.DeviceMetric}, LOINC codes with UCUM units), all into the {@code
 * device_reading} table.
 */
package org.medmine.ingest.devices;
