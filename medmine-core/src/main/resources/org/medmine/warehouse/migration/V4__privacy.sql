-- medmine warehouse, schema version 4: privacy and governance (issue 4).

-- The audit trail: one row per command that read identified data, de-identified or exported. A hash chain:
-- hash = SHA-256 over the previous entry's hash and this entry's fields, so 'medmine audit verify' detects
-- any edited, deleted, inserted or reordered entry.
CREATE TABLE audit_log (
  seq BIGINT NOT NULL, logged_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, role VARCHAR NOT NULL,
  action VARCHAR NOT NULL, tables VARCHAR, row_count BIGINT, detail VARCHAR,
  prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL
);

-- One row per de-identification that wrote this warehouse (present only in de-identified warehouses): the
-- policy and the run's manifest (JSON: rows per table, column treatments, PHI replaced in free text by type).
CREATE TABLE deid_run (
  run_id VARCHAR NOT NULL, policy VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
  source_file VARCHAR, manifest VARCHAR NOT NULL
);

-- FHIR Consent (R4): decision = 'deny' or 'permit' for the scope (e.g. research / secondary use).
CREATE TABLE consent (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  status VARCHAR, scope_code VARCHAR, category_code VARCHAR, decision VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP
);
