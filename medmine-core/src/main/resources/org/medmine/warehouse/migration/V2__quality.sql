-- medmine warehouse, schema version 2: the tables that data quality writes (issue 3). Source rows are never
-- altered: standardized values and patient links live beside them, keyed by (source, id).

-- Observation values in the canonical UCUM unit of their LOINC code, with the original value and unit kept.
-- Rebuilt by every 'medmine quality' run; rows whose unit cannot be converted are absent.
CREATE TABLE observation_standard (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, code VARCHAR,
  value_number DOUBLE, value_unit VARCHAR,
  original_value DOUBLE, original_unit VARCHAR
);

-- One row per source patient record: the cluster (one person) it belongs to. Rebuilt by 'medmine link'.
CREATE TABLE patient_link (
  source VARCHAR NOT NULL, patient_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL,
  cluster_size INTEGER NOT NULL, link_run VARCHAR, linked_at TIMESTAMP
);

-- Candidate pairs whose match probability falls between the review and the match threshold: for a person.
CREATE TABLE link_review (
  source_a VARCHAR NOT NULL, patient_id_a VARCHAR NOT NULL,
  source_b VARCHAR NOT NULL, patient_id_b VARCHAR NOT NULL,
  probability DOUBLE NOT NULL, weight DOUBLE NOT NULL, agreement VARCHAR, link_run VARCHAR
);
