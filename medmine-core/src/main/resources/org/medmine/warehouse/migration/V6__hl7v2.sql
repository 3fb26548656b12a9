-- medmine warehouse, schema version 6: HL7 v2 feeds (issue 21).

-- Where each encounter was, and when: one row per stay of an encounter at a location, as FHIR R4
-- Encounter.location (location, status, period) holds it. HL7 v2 ADT events write it: an admission (A01) or
-- registration (A04) opens a stay at PV1-3, a transfer (A02, A06, A07, A17) ends the open stay and opens the next,
-- a discharge (A03) ends it; the cancel events (A11, A12, A13) undo theirs. location_id is the most granular
-- location (the bed, else the room, else the point of care), as the V2-to-FHIR IG's PV1 map recommends.
CREATE TABLE encounter_location (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, encounter_id VARCHAR NOT NULL,
  location_id VARCHAR,
  point_of_care VARCHAR, room VARCHAR, bed VARCHAR, facility VARCHAR,   -- PL.1 to PL.4
  status VARCHAR,         -- FHIR R4 Encounter.location.status: active, completed, planned
  start_time TIMESTAMP, end_time TIMESTAMP,
  event_code VARCHAR,     -- the HL7 v2 trigger event that opened the stay (A01, A02, ...)
  message_id VARCHAR      -- MSH-10 of the message that opened it
);

-- Locations form a hierarchy (bed in room in point of care in facility): FHIR R4 Location.physicalType
-- (bd, ro, wa, si) and Location.partOf.
ALTER TABLE location ADD COLUMN physical_type VARCHAR;
ALTER TABLE location ADD COLUMN part_of_id VARCHAR;

-- FHIR R4 Observation.referenceRange (low, high, text) and Observation.interpretation (first code), which HL7 v2
-- OBX-7 and OBX-8 carry.
ALTER TABLE observation ADD COLUMN reference_range_low DOUBLE;
ALTER TABLE observation ADD COLUMN reference_range_high DOUBLE;
ALTER TABLE observation ADD COLUMN reference_range_text VARCHAR;
ALTER TABLE observation ADD COLUMN interpretation_code VARCHAR;

-- FHIR R4 Immunization.lotNumber and Immunization.primarySource (HL7 v2 RXA-15 and RXA-9).
ALTER TABLE immunization ADD COLUMN lot_number VARCHAR;
ALTER TABLE immunization ADD COLUMN primary_source BOOLEAN;

-- Every HL7 v2 message medmine received, keyed by (source, control_id = MSH-10): a message seen again (a sender
-- that resends after a lost acknowledgment, a file ingested twice) is answered as before and never applied
-- twice. status is stored, quarantined or skipped; ack_code the MSA-1 it was given (AA, AE, AR); content_hash the
-- SHA-256 of its text, which tells a resend from a different message under a reused control id. raw_text is the
-- message as received (nothing is lost, and the warehouse can be rebuilt from it).
CREATE TABLE hl7v2_message (
  source VARCHAR NOT NULL, control_id VARCHAR NOT NULL, sequence BIGINT NOT NULL,
  message_type VARCHAR, trigger_event VARCHAR, version VARCHAR,
  sending_application VARCHAR, sending_facility VARCHAR, message_time TIMESTAMP, received_at TIMESTAMP NOT NULL,
  file VARCHAR, position BIGINT, status VARCHAR NOT NULL, ack_code VARCHAR NOT NULL, reason VARCHAR, error_code INTEGER,
  content_hash VARCHAR NOT NULL, raw_text VARCHAR, run_id VARCHAR
);
