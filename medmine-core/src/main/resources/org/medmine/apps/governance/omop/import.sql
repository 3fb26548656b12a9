-- OMOP CDM 5.4 -> warehouse (docs/omop.md): '-- @<warehouse table>' is one SELECT over the CDM tables
-- staged as omop_<table> (typed by cdm54.sql) giving that table's rows, keyed by (source, id); the caller
-- upserts them. source is 'omop'; ids come back from the *_source_value columns where the CDM has them
-- (person, visit, provider, care site, location) and are '<cdm table>/<cdm id>' otherwise. Codes come
-- back from the *_source_value columns with the system medmine's export takes them from (SNOMED CT for
-- conditions and procedures, RxNorm for drugs, LOINC for measurements and observations).

-- @patient
SELECT 'omop' AS source, coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS id,
  coalesce(CAST(p.birth_datetime AS DATE),
    make_date(p.year_of_birth, coalesce(p.month_of_birth, 1), coalesce(p.day_of_birth, 1))) AS birth_date,
  d.death_datetime AS death_time,
  coalesce(p.gender_source_value, CASE p.gender_concept_id WHEN 8507 THEN 'male'
    WHEN 8532 THEN 'female' END) AS sex,
  p.race_source_value AS race, p.ethnicity_source_value AS ethnicity
FROM omop_person p
LEFT JOIN (SELECT person_id, min(coalesce(death_datetime, CAST(death_date AS TIMESTAMP))) AS death_datetime
  FROM omop_death GROUP BY person_id) d USING (person_id)

-- @organization
SELECT 'omop' AS source, coalesce(care_site_source_value, CAST(care_site_id AS VARCHAR)) AS id,
  care_site_name AS name, place_of_service_source_value AS type_code
FROM omop_care_site

-- @location
SELECT 'omop' AS source, coalesce(location_source_value, CAST(location_id AS VARCHAR)) AS id,
  address_1 AS address_line, city, state, zip AS postal_code, latitude, longitude
FROM omop_location

-- @provider
SELECT 'omop' AS source, coalesce(p.provider_source_value, CAST(p.provider_id AS VARCHAR)) AS id,
  p.npi,
  CASE WHEN strpos(p.provider_name, ' ') > 0 THEN split_part(p.provider_name, ' ', 1) END AS given_name,
  CASE WHEN strpos(p.provider_name, ' ') > 0
    THEN substr(p.provider_name, strpos(p.provider_name, ' ') + 1) ELSE p.provider_name END AS family_name,
  p.gender_source_value AS sex, p.specialty_source_value AS specialty_code,
  coalesce(c.care_site_source_value, CAST(c.care_site_id AS VARCHAR)) AS organization_id
FROM omop_provider p LEFT JOIN omop_care_site c USING (care_site_id)

-- @encounter
SELECT 'omop' AS source, coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  CASE v.visit_concept_id WHEN 9201 THEN 'IMP' WHEN 9202 THEN 'AMB' WHEN 9203 THEN 'EMER' END AS class_code,
  coalesce(v.visit_start_datetime, CAST(v.visit_start_date AS TIMESTAMP)) AS start_time,
  v.visit_end_datetime AS end_time,
  coalesce(pr.provider_source_value, CAST(pr.provider_id AS VARCHAR)) AS provider_id,
  coalesce(c.care_site_source_value, CAST(c.care_site_id AS VARCHAR)) AS organization_id,
  v.discharged_to_source_value AS discharge_disposition_code,
  k.total_charge AS base_cost, k.total_cost, k.paid_by_payer AS payer_coverage
FROM omop_visit_occurrence v JOIN omop_person p USING (person_id)
LEFT JOIN omop_provider pr ON pr.provider_id = v.provider_id
LEFT JOIN omop_care_site c ON c.care_site_id = v.care_site_id
LEFT JOIN omop_cost k ON k.cost_domain_id = 'Visit' AND k.cost_event_id = v.visit_occurrence_id

-- @condition
SELECT 'omop' AS source, 'condition_occurrence/' || x.condition_occurrence_id AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS encounter_id,
  x.condition_status_source_value AS clinical_status,
  'http://snomed.info/sct' AS code_system, x.condition_source_value AS code,
  coalesce(x.condition_start_datetime, CAST(x.condition_start_date AS TIMESTAMP)) AS onset_time,
  coalesce(x.condition_end_datetime, CAST(x.condition_end_date AS TIMESTAMP)) AS abatement_time
FROM omop_condition_occurrence x JOIN omop_person p USING (person_id)
LEFT JOIN omop_visit_occurrence v USING (visit_occurrence_id)

-- @medication
SELECT 'omop' AS source, 'drug_exposure/' || x.drug_exposure_id AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS encounter_id,
  'request' AS kind, 'http://www.nlm.nih.gov/research/umls/rxnorm' AS code_system,
  x.drug_source_value AS code,
  coalesce(x.drug_exposure_start_datetime, CAST(x.drug_exposure_start_date AS TIMESTAMP)) AS start_time,
  coalesce(x.drug_exposure_end_datetime, CAST(x.verbatim_end_date AS TIMESTAMP)) AS stop_time,
  coalesce(pr.provider_source_value, CAST(pr.provider_id AS VARCHAR)) AS prescriber_id,
  x.sig AS dosage_text,
  k.total_charge AS base_cost, k.total_cost, k.paid_by_payer AS payer_coverage
FROM omop_drug_exposure x JOIN omop_person p USING (person_id)
LEFT JOIN omop_visit_occurrence v USING (visit_occurrence_id)
LEFT JOIN omop_provider pr ON pr.provider_id = x.provider_id
LEFT JOIN omop_cost k ON k.cost_domain_id = 'Drug' AND k.cost_event_id = x.drug_exposure_id

-- @procedure
SELECT 'omop' AS source, 'procedure_occurrence/' || x.procedure_occurrence_id AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS encounter_id,
  'http://snomed.info/sct' AS code_system, x.procedure_source_value AS code,
  coalesce(x.procedure_datetime, CAST(x.procedure_date AS TIMESTAMP)) AS start_time,
  coalesce(x.procedure_end_datetime, CAST(x.procedure_end_date AS TIMESTAMP)) AS end_time,
  k.total_charge AS base_cost
FROM omop_procedure_occurrence x JOIN omop_person p USING (person_id)
LEFT JOIN omop_visit_occurrence v USING (visit_occurrence_id)
LEFT JOIN omop_cost k ON k.cost_domain_id = 'Procedure' AND k.cost_event_id = x.procedure_occurrence_id

-- @observation
SELECT 'omop' AS source, 'measurement/' || x.measurement_id AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS encounter_id,
  'http://loinc.org' AS code_system, x.measurement_source_value AS code,
  CASE WHEN x.value_as_number IS NOT NULL THEN 'quantity'
    WHEN x.value_source_value IS NOT NULL THEN 'codeable' ELSE 'none' END AS value_type,
  x.value_as_number AS value_number, x.unit_source_value AS value_unit,
  x.value_source_value AS value_code,
  coalesce(x.measurement_datetime, CAST(x.measurement_date AS TIMESTAMP)) AS effective_time,
  x.range_low AS reference_range_low, x.range_high AS reference_range_high
FROM omop_measurement x JOIN omop_person p USING (person_id)
LEFT JOIN omop_visit_occurrence v USING (visit_occurrence_id)
UNION ALL BY NAME
SELECT 'omop' AS source, 'observation/' || x.observation_id AS id,
  coalesce(p.person_source_value, CAST(p.person_id AS VARCHAR)) AS patient_id,
  coalesce(v.visit_source_value, CAST(v.visit_occurrence_id AS VARCHAR)) AS encounter_id,
  'http://loinc.org' AS code_system, x.observation_source_value AS code,
  CASE WHEN x.value_as_number IS NOT NULL THEN 'quantity'
    WHEN x.value_source_value IS NOT NULL THEN 'codeable'
    WHEN x.value_as_string IS NOT NULL THEN 'string' ELSE 'none' END AS value_type,
  x.value_as_number AS value_number, x.unit_source_value AS value_unit,
  CASE WHEN x.value_source_value IS NULL THEN x.value_as_string END AS value_text,
  x.value_source_value AS value_code,
  CASE WHEN x.value_source_value IS NOT NULL THEN x.value_as_string END AS value_display,
  coalesce(x.observation_datetime, CAST(x.observation_date AS TIMESTAMP)) AS effective_time
FROM omop_observation x JOIN omop_person p USING (person_id)
LEFT JOIN omop_visit_occurrence v USING (visit_occurrence_id)
