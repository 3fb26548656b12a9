/**
 * SQL-on-FHIR v2 ViewDefinitions (https://sql-on-fhir.org/ig/) evaluated over FHIR resources as
 * JSON: {@link org.medmine.ingest.fhir.views.ViewDefinition} reads and checks a view, {@link
 * org.medmine.ingest.fhir.views.ViewEvaluator} turns resources into its rows, and a small FHIRPath
 * interpreter over Jackson trees evaluates the specification's FHIRPath subset (HAPI's FHIRPath
 * engine needs parsed HAPI model objects; no maintained permissively licensed Java engine works on
 * plain JSON). {@link org.medmine.ingest.fhir.views.FhirResourceFiles} reads the resources from
 * Bundles and NDJSON. The specification's own test suite passes in full (SqlOnFhirSpecTest).
 */
package org.medmine.ingest.fhir.views;
