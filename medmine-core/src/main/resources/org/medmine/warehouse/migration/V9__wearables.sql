-- Issue 22: device streams, appointments (patient-reported outcomes are scored into observation).

-- FHIR R4 Appointment (§12.10): status keeps 'noshow' and 'cancelled' as the source wrote them.
CREATE TABLE appointment (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,   -- appointmentType
  service_system VARCHAR, service_code VARCHAR, service_display VARCHAR,  -- first serviceType
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP, minutes_duration BIGINT, created_time TIMESTAMP,
  practitioner_id VARCHAR, location_id VARCHAR, cancelation_reason VARCHAR
);

-- One reading of a wearable or home device: the metric as LOINC (code_*), its value in UCUM
-- (value_unit), the interval it covers, the device that took it and the format it came in
-- (fhir, apple-health, fitbit).
CREATE TABLE device_reading (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  device_id VARCHAR, device_name VARCHAR, input_format VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  value_number DOUBLE, value_unit VARCHAR, value_text VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP
);

-- Imaging metadata from DICOM Part 10 headers (PS3.10) beside FHIR ImagingStudy: dose where the
-- header has it (CTDIvol (0018,9345); DLP from a dose report), the scanner, the protocol, and the
-- format the row came from (fhir, dicom).
ALTER TABLE imaging_study ADD COLUMN ctdi_vol DOUBLE;
ALTER TABLE imaging_study ADD COLUMN dlp DOUBLE;
ALTER TABLE imaging_study ADD COLUMN manufacturer VARCHAR;
ALTER TABLE imaging_study ADD COLUMN scanner_model VARCHAR;
ALTER TABLE imaging_study ADD COLUMN station_name VARCHAR;
ALTER TABLE imaging_study ADD COLUMN protocol_name VARCHAR;
ALTER TABLE imaging_study ADD COLUMN input_format VARCHAR;
