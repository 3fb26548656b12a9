-- medmine warehouse, schema version 8: cohorts as code (issue 15).

-- One row per patient of a built cohort: the cohort's name (from its definition), the patient, the entry day and
-- the exit day (both included). 'medmine cohort build' replaces a cohort's rows in one transaction, so building
-- the same definition twice leaves the same rows.
CREATE TABLE cohort (
  cohort_name VARCHAR NOT NULL, source VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  cohort_start DATE NOT NULL, cohort_end DATE NOT NULL
);
