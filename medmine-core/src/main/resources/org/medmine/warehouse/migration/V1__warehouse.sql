-- medmine warehouse, schema version 1.
-- Contract (shared/DESIGN.md): a clinical row is identified by (source, id); ids stay as the source wrote
-- them; codes are <element>_system/_code/_display with canonical system URIs; times are UTC TIMESTAMP,
-- dates DATE, money DECIMAL(18,2), quantities keep their UCUM unit.
-- No PRIMARY KEY constraints: loading is an explicit delete-then-insert upsert by (source, id) inside the
-- run's transaction (DuckDB's index-backed upserts are slower for bulk loads and over-eager on updates).

CREATE TABLE patient (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL,
  mrn VARCHAR, ssn VARCHAR, drivers_license VARCHAR, passport VARCHAR,
  prefix VARCHAR, given_name VARCHAR, family_name VARCHAR, suffix VARCHAR, maiden_name VARCHAR,
  birth_date DATE, death_time TIMESTAMP,
  sex VARCHAR,            -- FHIR administrative gender: male, female, other, unknown
  race VARCHAR,           -- white, black, asian, native, hawaiian, other (OMB category, lower case)
  race_code VARCHAR,      -- OMB code, urn:oid:2.16.840.1.113883.6.238
  ethnicity VARCHAR,      -- hispanic, nonhispanic
  ethnicity_code VARCHAR,
  marital_status VARCHAR, language VARCHAR, birth_place VARCHAR,
  address_line VARCHAR, city VARCHAR, county VARCHAR, state VARCHAR, postal_code VARCHAR, country VARCHAR,
  latitude DOUBLE, longitude DOUBLE, phone VARCHAR, email VARCHAR,
  healthcare_expenses DECIMAL(18,2), healthcare_coverage DECIMAL(18,2), income DECIMAL(18,2)
);

CREATE TABLE organization (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL,
  identifier_system VARCHAR, identifier_value VARCHAR,
  name VARCHAR, type_code VARCHAR, address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR,
  latitude DOUBLE, longitude DOUBLE, phone VARCHAR, revenue DECIMAL(18,2), utilization BIGINT
);

CREATE TABLE location (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL,
  identifier_system VARCHAR, identifier_value VARCHAR,
  name VARCHAR, organization_id VARCHAR, address_line VARCHAR, city VARCHAR, state VARCHAR,
  postal_code VARCHAR, latitude DOUBLE, longitude DOUBLE
);

CREATE TABLE provider (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL,
  npi VARCHAR, prefix VARCHAR, given_name VARCHAR, family_name VARCHAR, sex VARCHAR,
  specialty_system VARCHAR, specialty_code VARCHAR, specialty_display VARCHAR,
  organization_id VARCHAR, location_id VARCHAR,
  address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR, latitude DOUBLE, longitude DOUBLE,
  phone VARCHAR, email VARCHAR
);

CREATE TABLE payer (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL,
  name VARCHAR, ownership VARCHAR, address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR,
  phone VARCHAR, amount_covered DECIMAL(18,2), amount_uncovered DECIMAL(18,2), revenue DECIMAL(18,2),
  covered_encounters BIGINT, uncovered_encounters BIGINT, unique_customers BIGINT
);

CREATE TABLE encounter (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  class_code VARCHAR,     -- v3 ActCode: AMB, EMER, IMP, ACUTE, NONAC, OBSENC, PRENC, SS, VR, HH
  class VARCHAR,          -- Synthea's encounter class where known: wellness, ambulatory, outpatient, ...
  status VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP,
  provider_id VARCHAR, organization_id VARCHAR, location_id VARCHAR, payer_id VARCHAR,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR,
  discharge_disposition_code VARCHAR,
  base_cost DECIMAL(18,2), total_cost DECIMAL(18,2), payer_coverage DECIMAL(18,2)
);

CREATE TABLE condition (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  category VARCHAR, clinical_status VARCHAR, verification_status VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  onset_time TIMESTAMP, abatement_time TIMESTAMP, recorded_time TIMESTAMP
);

-- One row per Observation, and one per component (parent_id = the observation, id = parent id + '#c' + n);
-- panel_id is the DiagnosticReport whose result lists the observation.
CREATE TABLE observation (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  parent_id VARCHAR, panel_id VARCHAR, panel_code VARCHAR, panel_display VARCHAR,
  category VARCHAR, status VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  value_type VARCHAR,     -- quantity, codeable, string, boolean, integer, none
  value_number DOUBLE, value_unit VARCHAR, value_text VARCHAR,
  value_system VARCHAR, value_code VARCHAR, value_display VARCHAR,
  effective_time TIMESTAMP, issued_time TIMESTAMP
);

-- MedicationRequest (kind = 'request', code from its Medication when it references one) and
-- MedicationAdministration (kind = 'administration').
CREATE TABLE medication (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  kind VARCHAR NOT NULL, status VARCHAR, intent VARCHAR, category VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  medication_ref VARCHAR,
  start_time TIMESTAMP, stop_time TIMESTAMP,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR,
  prescriber_id VARCHAR, dosage_text VARCHAR, as_needed BOOLEAN,
  dispenses BIGINT, base_cost DECIMAL(18,2), total_cost DECIMAL(18,2), payer_coverage DECIMAL(18,2), payer_id VARCHAR
);

CREATE TABLE procedure (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP, location_id VARCHAR,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR, base_cost DECIMAL(18,2)
);

CREATE TABLE immunization (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  occurrence_time TIMESTAMP, location_id VARCHAR, base_cost DECIMAL(18,2)
);

CREATE TABLE allergy (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  clinical_status VARCHAR, verification_status VARCHAR, type VARCHAR, category VARCHAR, criticality VARCHAR,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  start_time TIMESTAMP, stop_time TIMESTAMP,
  reaction_system VARCHAR, reaction_code VARCHAR, reaction_display VARCHAR, reaction_severity VARCHAR
);

CREATE TABLE device (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  udi_device_identifier VARCHAR, udi_carrier VARCHAR, lot_number VARCHAR, serial_number VARCHAR,
  start_time TIMESTAMP, stop_time TIMESTAMP, manufacture_time TIMESTAMP, expiration_time TIMESTAMP
);

CREATE TABLE imaging_study (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, started_time TIMESTAMP,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,   -- the procedure code
  modality_code VARCHAR, modality_display VARCHAR,
  body_site_system VARCHAR, body_site_code VARCHAR, body_site_display VARCHAR,
  series_uid VARCHAR, instance_uid VARCHAR, sop_class_code VARCHAR,
  number_of_series BIGINT, number_of_instances BIGINT, location_id VARCHAR
);

CREATE TABLE care_plan (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, intent VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  start_time TIMESTAMP, stop_time TIMESTAMP,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR, activity_count BIGINT
);

-- DocumentReference; text is the decoded attachment (UTF-8), when the attachment is text.
CREATE TABLE note (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  status VARCHAR, code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  note_time TIMESTAMP, author_id VARCHAR, content_type VARCHAR, text VARCHAR
);

-- Claim (kind = 'claim') and ExplanationOfBenefit (kind = 'eob', claim_ref = the Claim it adjudicates).
CREATE TABLE claim (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR,
  kind VARCHAR NOT NULL, claim_ref VARCHAR, type_code VARCHAR, status VARCHAR, use VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP, created_time TIMESTAMP,
  provider_id VARCHAR, organization_id VARCHAR, location_id VARCHAR, payer_id VARCHAR, payer_name VARCHAR,
  total DECIMAL(18,2), payment DECIMAL(18,2), currency VARCHAR,
  diagnosis_1_code VARCHAR, diagnosis_2_code VARCHAR, diagnosis_3_code VARCHAR, diagnosis_4_code VARCHAR
);

-- One row per claim item (line_kind = 'item') and per claim diagnosis (line_kind = 'diagnosis').
CREATE TABLE claim_line (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  sequence INTEGER, line_kind VARCHAR NOT NULL,
  code_system VARCHAR, code VARCHAR, code_display VARCHAR,
  diagnosis_ref VARCHAR, encounter_id VARCHAR,
  service_start TIMESTAMP, service_end TIMESTAMP, quantity DOUBLE,
  unit_price DECIMAL(18,2), net DECIMAL(18,2), payment DECIMAL(18,2)
);

CREATE TABLE ingest_run (
  run_id VARCHAR NOT NULL, source VARCHAR NOT NULL, format VARCHAR, inputs VARCHAR,
  started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR,
  files BIGINT, bytes BIGINT, records_read BIGINT, records_stored BIGINT, records_quarantined BIGINT,
  records_skipped BIGINT, skipped_by_type VARCHAR, medmine_version VARCHAR
);

-- Records that could not be stored, with where they came from and why. Keyed by (source, file, position):
-- re-running the same input replaces, never duplicates.
CREATE TABLE quarantine (
  source VARCHAR NOT NULL, run_id VARCHAR, file VARCHAR NOT NULL, position BIGINT NOT NULL,
  position_kind VARCHAR,  -- line, entry, row, file
  resource_type VARCHAR, resource_id VARCHAR, reason VARCHAR NOT NULL, raw_text VARCHAR
);
