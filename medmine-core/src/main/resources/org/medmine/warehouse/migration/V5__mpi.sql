-- medmine warehouse, schema version 5: the master patient index (issue 30).

-- FHIR R4 Patient.multipleBirth[x]: multipleBirthBoolean sets multiple_birth; multipleBirthInteger sets
-- birth_order (and multiple_birth = true). NULL where the source does not say (Synthea CSV has neither).
ALTER TABLE patient ADD COLUMN multiple_birth BOOLEAN;
ALTER TABLE patient ADD COLUMN birth_order INTEGER;

-- patient_link (version 2) is now persistent: cluster_id is the record's enterprise person id (MPI + nine
-- digits), kept across runs; 'medmine link' updates the rows of the records it clusters again.

-- One row per enterprise person id ever given: active, or retired into another by a merge. The golden record
-- is the best value of each field among the person's records, with the record (source/id) it came from.
CREATE TABLE mpi_person (
  person_id VARCHAR NOT NULL, status VARCHAR NOT NULL, merged_into_id VARCHAR, records INTEGER NOT NULL,
  given_name VARCHAR, given_name_record VARCHAR, family_name VARCHAR, family_name_record VARCHAR,
  suffix VARCHAR, suffix_record VARCHAR, birth_date DATE, birth_date_record VARCHAR,
  sex VARCHAR, sex_record VARCHAR, ssn VARCHAR, ssn_record VARCHAR,
  address_line VARCHAR, city VARCHAR, postal_code VARCHAR, address_record VARCHAR,
  phone VARCHAR, phone_record VARCHAR, multiple_birth BOOLEAN, birth_order INTEGER,
  updated_at TIMESTAMP NOT NULL, link_run VARCHAR
);

-- Reviewers' decisions on record pairs: 'match' (merge) or 'no-match' (unmerge). Every later run obeys the
-- latest decision of a pair. Written by 'medmine link merge' and 'medmine link unmerge', which are audited.
CREATE TABLE link_decision (
  source_a VARCHAR NOT NULL, patient_id_a VARCHAR NOT NULL,
  source_b VARCHAR NOT NULL, patient_id_b VARCHAR NOT NULL,
  decision VARCHAR NOT NULL, note VARCHAR, actor VARCHAR, decided_at TIMESTAMP NOT NULL
);

-- The Fellegi-Sunter model of the last full run, which incremental runs and 'medmine link match' reuse:
-- m and u per field and agreement level; the row field = 'prevalence' holds p in m (and 1 - p in u). field
-- may be NULL: de-identification drops text columns it does not know, and a model without it is refitted.
CREATE TABLE link_model (
  field VARCHAR, level INTEGER NOT NULL, m DOUBLE NOT NULL, u DOUBLE NOT NULL, link_run VARCHAR
);

-- link_review (version 2) names the rule that forbade a link, if one did.
ALTER TABLE link_review ADD COLUMN rule VARCHAR;
