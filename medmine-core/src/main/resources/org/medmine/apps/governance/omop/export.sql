-- Warehouse -> OMOP CDM 5.4 (docs/omop.md). Sections: '-- @setup' statements run first (';'-separated);
-- '-- @<table>' is one SELECT giving that CDM table's columns by name (columns it leaves out are NULL,
-- every value is cast to the type of cdm54.sql). The integer ids of the CDM are assigned here, in
-- (source, id) order, once per export, in the omop_*_key tables the SELECTs join. omop_vocab_map
-- (vocabulary_id, concept_code, source_concept_id, concept_id) is made by the caller, empty when no
-- vocabulary folder is given, so every concept id is then 0. Type concept 32817 = 'EHR'.

-- @setup
CREATE OR REPLACE TEMP MACRO omop_vocabulary(system) AS CASE system
  WHEN 'http://snomed.info/sct' THEN 'SNOMED' WHEN 'http://loinc.org' THEN 'LOINC'
  WHEN 'http://www.nlm.nih.gov/research/umls/rxnorm' THEN 'RxNorm'
  WHEN 'http://hl7.org/fhir/sid/icd-10-cm' THEN 'ICD10CM' WHEN 'http://hl7.org/fhir/sid/cvx' THEN 'CVX'
  WHEN 'http://www.ama-assn.org/go/cpt' THEN 'CPT4' ELSE NULL END;
CREATE OR REPLACE TEMP MACRO omop_gender(sex) AS CASE sex WHEN 'male' THEN 8507 WHEN 'female' THEN 8532 ELSE 0 END;
CREATE OR REPLACE TEMP TABLE omop_person_key AS
  SELECT source, id, row_number() OVER (ORDER BY source, id) AS person_id
  FROM patient WHERE birth_date IS NOT NULL;
CREATE OR REPLACE TEMP TABLE omop_visit_key AS
  SELECT e.source, e.id, row_number() OVER (ORDER BY e.source, e.id) AS visit_occurrence_id
  FROM encounter e JOIN omop_person_key k ON k.source = e.source AND k.id = e.patient_id
  WHERE e.start_time IS NOT NULL;
CREATE OR REPLACE TEMP TABLE omop_drug_key AS
  SELECT x.source, x.id, row_number() OVER (ORDER BY x.source, x.id) AS drug_exposure_id
  FROM medication x JOIN omop_person_key k ON k.source = x.source AND k.id = x.patient_id
  WHERE x.start_time IS NOT NULL;
CREATE OR REPLACE TEMP TABLE omop_procedure_key AS
  SELECT x.source, x.id, row_number() OVER (ORDER BY x.source, x.id) AS procedure_occurrence_id
  FROM procedure x JOIN omop_person_key k ON k.source = x.source AND k.id = x.patient_id
  WHERE x.start_time IS NOT NULL;
CREATE OR REPLACE TEMP TABLE omop_provider_key AS
  SELECT source, id, row_number() OVER (ORDER BY source, id) AS provider_id FROM provider;
CREATE OR REPLACE TEMP TABLE omop_care_site_key AS
  SELECT source, id, row_number() OVER (ORDER BY source, id) AS care_site_id FROM organization;
CREATE OR REPLACE TEMP TABLE omop_location_key AS
  SELECT source, id, row_number() OVER (ORDER BY source, id) AS location_id FROM location

-- @person
SELECT k.person_id, omop_gender(p.sex) AS gender_concept_id, year(p.birth_date) AS year_of_birth,
  month(p.birth_date) AS month_of_birth, day(p.birth_date) AS day_of_birth,
  CAST(p.birth_date AS TIMESTAMP) AS birth_datetime,
  CASE p.race WHEN 'white' THEN 8527 WHEN 'black' THEN 8516 WHEN 'asian' THEN 8515
    WHEN 'native' THEN 8657 WHEN 'hawaiian' THEN 8557 ELSE 0 END AS race_concept_id,
  CASE p.ethnicity WHEN 'hispanic' THEN 38003563 WHEN 'nonhispanic' THEN 38003564 ELSE 0 END
    AS ethnicity_concept_id,
  p.id AS person_source_value, p.sex AS gender_source_value, 0 AS gender_source_concept_id,
  p.race AS race_source_value, 0 AS race_source_concept_id,
  p.ethnicity AS ethnicity_source_value, 0 AS ethnicity_source_concept_id
FROM patient p JOIN omop_person_key k USING (source, id)
ORDER BY k.person_id

-- @observation_period
SELECT row_number() OVER (ORDER BY k.person_id) AS observation_period_id, k.person_id,
  min(CAST(e.start_time AS DATE)) AS observation_period_start_date,
  max(CAST(coalesce(e.end_time, e.start_time) AS DATE)) AS observation_period_end_date,
  32817 AS period_type_concept_id
FROM omop_visit_key v JOIN encounter e USING (source, id)
JOIN omop_person_key k ON k.source = e.source AND k.id = e.patient_id
GROUP BY k.person_id ORDER BY k.person_id

-- @visit_occurrence
SELECT v.visit_occurrence_id, k.person_id,
  CASE e.class_code WHEN 'IMP' THEN 9201 WHEN 'ACUTE' THEN 9201 WHEN 'AMB' THEN 9202
    WHEN 'EMER' THEN 9203 ELSE 0 END AS visit_concept_id,
  CAST(e.start_time AS DATE) AS visit_start_date, e.start_time AS visit_start_datetime,
  CAST(coalesce(e.end_time, e.start_time) AS DATE) AS visit_end_date, e.end_time AS visit_end_datetime,
  32817 AS visit_type_concept_id, pr.provider_id, cs.care_site_id,
  e.id AS visit_source_value, 0 AS visit_source_concept_id,
  e.discharge_disposition_code AS discharged_to_source_value
FROM omop_visit_key v JOIN encounter e USING (source, id)
JOIN omop_person_key k ON k.source = e.source AND k.id = e.patient_id
LEFT JOIN omop_provider_key pr ON pr.source = e.source AND pr.id = e.provider_id
LEFT JOIN omop_care_site_key cs ON cs.source = e.source AND cs.id = e.organization_id
ORDER BY v.visit_occurrence_id

-- @condition_occurrence
SELECT row_number() OVER (ORDER BY c.source, c.id) AS condition_occurrence_id, k.person_id,
  coalesce(m.concept_id, 0) AS condition_concept_id,
  CAST(c.onset_time AS DATE) AS condition_start_date, c.onset_time AS condition_start_datetime,
  CAST(c.abatement_time AS DATE) AS condition_end_date, c.abatement_time AS condition_end_datetime,
  32817 AS condition_type_concept_id, v.visit_occurrence_id,
  c.code AS condition_source_value, coalesce(m.source_concept_id, 0) AS condition_source_concept_id,
  c.clinical_status AS condition_status_source_value
FROM condition c JOIN omop_person_key k ON k.source = c.source AND k.id = c.patient_id
LEFT JOIN omop_visit_key v ON v.source = c.source AND v.id = c.encounter_id
LEFT JOIN omop_vocab_map m ON m.vocabulary_id = omop_vocabulary(c.code_system) AND m.concept_code = c.code
WHERE c.onset_time IS NOT NULL
ORDER BY condition_occurrence_id

-- @drug_exposure
SELECT d.drug_exposure_id, k.person_id, coalesce(m.concept_id, 0) AS drug_concept_id,
  CAST(x.start_time AS DATE) AS drug_exposure_start_date, x.start_time AS drug_exposure_start_datetime,
  CAST(coalesce(x.stop_time, x.start_time) AS DATE) AS drug_exposure_end_date,
  x.stop_time AS drug_exposure_end_datetime, CAST(x.stop_time AS DATE) AS verbatim_end_date,
  32817 AS drug_type_concept_id, x.dosage_text AS sig, pr.provider_id, v.visit_occurrence_id,
  x.code AS drug_source_value, coalesce(m.source_concept_id, 0) AS drug_source_concept_id
FROM omop_drug_key d JOIN medication x USING (source, id)
JOIN omop_person_key k ON k.source = x.source AND k.id = x.patient_id
LEFT JOIN omop_visit_key v ON v.source = x.source AND v.id = x.encounter_id
LEFT JOIN omop_provider_key pr ON pr.source = x.source AND pr.id = x.prescriber_id
LEFT JOIN omop_vocab_map m ON m.vocabulary_id = omop_vocabulary(x.code_system) AND m.concept_code = x.code
ORDER BY d.drug_exposure_id

-- @procedure_occurrence
SELECT d.procedure_occurrence_id, k.person_id, coalesce(m.concept_id, 0) AS procedure_concept_id,
  CAST(x.start_time AS DATE) AS procedure_date, x.start_time AS procedure_datetime,
  CAST(x.end_time AS DATE) AS procedure_end_date, x.end_time AS procedure_end_datetime,
  32817 AS procedure_type_concept_id, v.visit_occurrence_id,
  x.code AS procedure_source_value, coalesce(m.source_concept_id, 0) AS procedure_source_concept_id
FROM omop_procedure_key d JOIN procedure x USING (source, id)
JOIN omop_person_key k ON k.source = x.source AND k.id = x.patient_id
LEFT JOIN omop_visit_key v ON v.source = x.source AND v.id = x.encounter_id
LEFT JOIN omop_vocab_map m ON m.vocabulary_id = omop_vocabulary(x.code_system) AND m.concept_code = x.code
ORDER BY d.procedure_occurrence_id

-- @measurement
SELECT row_number() OVER (ORDER BY o.source, o.id) AS measurement_id, k.person_id,
  coalesce(m.concept_id, 0) AS measurement_concept_id,
  CAST(o.effective_time AS DATE) AS measurement_date, o.effective_time AS measurement_datetime,
  strftime(o.effective_time, '%H:%M:%S') AS measurement_time, 32817 AS measurement_type_concept_id,
  o.value_number AS value_as_number, o.reference_range_low AS range_low,
  o.reference_range_high AS range_high, v.visit_occurrence_id,
  o.code AS measurement_source_value, coalesce(m.source_concept_id, 0) AS measurement_source_concept_id,
  o.value_unit AS unit_source_value, o.value_code AS value_source_value
FROM observation o JOIN omop_person_key k ON k.source = o.source AND k.id = o.patient_id
LEFT JOIN omop_visit_key v ON v.source = o.source AND v.id = o.encounter_id
LEFT JOIN omop_vocab_map m ON m.vocabulary_id = omop_vocabulary(o.code_system) AND m.concept_code = o.code
WHERE o.effective_time IS NOT NULL AND o.category IN ('laboratory', 'vital-signs')
ORDER BY measurement_id

-- @observation
SELECT row_number() OVER (ORDER BY o.source, o.id) AS observation_id, k.person_id,
  coalesce(m.concept_id, 0) AS observation_concept_id,
  CAST(o.effective_time AS DATE) AS observation_date, o.effective_time AS observation_datetime,
  32817 AS observation_type_concept_id, o.value_number AS value_as_number,
  coalesce(o.value_text, o.value_display) AS value_as_string, v.visit_occurrence_id,
  o.code AS observation_source_value, coalesce(m.source_concept_id, 0) AS observation_source_concept_id,
  o.value_unit AS unit_source_value, o.value_code AS value_source_value
FROM observation o JOIN omop_person_key k ON k.source = o.source AND k.id = o.patient_id
LEFT JOIN omop_visit_key v ON v.source = o.source AND v.id = o.encounter_id
LEFT JOIN omop_vocab_map m ON m.vocabulary_id = omop_vocabulary(o.code_system) AND m.concept_code = o.code
WHERE o.effective_time IS NOT NULL AND o.category IS DISTINCT FROM 'laboratory'
  AND o.category IS DISTINCT FROM 'vital-signs'
ORDER BY observation_id

-- @death
SELECT k.person_id, CAST(p.death_time AS DATE) AS death_date, p.death_time AS death_datetime,
  32817 AS death_type_concept_id
FROM patient p JOIN omop_person_key k USING (source, id)
WHERE p.death_time IS NOT NULL ORDER BY k.person_id

-- @cost
SELECT row_number() OVER (ORDER BY cost_domain_id DESC, cost_event_id) AS cost_id, * FROM (
  SELECT v.visit_occurrence_id AS cost_event_id, 'Visit' AS cost_domain_id,
    32817 AS cost_type_concept_id, 44818668 AS currency_concept_id, e.base_cost AS total_charge,
    e.total_cost, e.payer_coverage AS paid_by_payer
  FROM omop_visit_key v JOIN encounter e USING (source, id)
  WHERE coalesce(e.base_cost, e.total_cost, e.payer_coverage) IS NOT NULL
  UNION ALL
  SELECT d.drug_exposure_id, 'Drug', 32817, 44818668, x.base_cost, x.total_cost, x.payer_coverage
  FROM omop_drug_key d JOIN medication x USING (source, id)
  WHERE coalesce(x.base_cost, x.total_cost, x.payer_coverage) IS NOT NULL
  UNION ALL
  SELECT d.procedure_occurrence_id, 'Procedure', 32817, 44818668, x.base_cost, NULL, NULL
  FROM omop_procedure_key d JOIN procedure x USING (source, id)
  WHERE x.base_cost IS NOT NULL)
ORDER BY cost_id

-- @location
SELECT k.location_id, l.address_line AS address_1, l.city, l.state, l.postal_code AS zip,
  l.id AS location_source_value, l.latitude, l.longitude
FROM omop_location_key k JOIN location l USING (source, id)
ORDER BY k.location_id

-- @care_site
SELECT k.care_site_id, o.name AS care_site_name, o.id AS care_site_source_value,
  o.type_code AS place_of_service_source_value
FROM omop_care_site_key k JOIN organization o USING (source, id)
ORDER BY k.care_site_id

-- @provider
SELECT k.provider_id, concat_ws(' ', p.given_name, p.family_name) AS provider_name, p.npi,
  cs.care_site_id, omop_gender(p.sex) AS gender_concept_id, p.id AS provider_source_value,
  p.specialty_code AS specialty_source_value, 0 AS specialty_source_concept_id,
  p.sex AS gender_source_value, 0 AS gender_source_concept_id
FROM omop_provider_key k JOIN provider p USING (source, id)
LEFT JOIN omop_care_site_key cs ON cs.source = p.source AND cs.id = p.organization_id
ORDER BY k.provider_id
