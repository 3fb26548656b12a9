/**
 * Synthea's CSV export, read into the same tables as its FHIR export of the same people: by DuckDB
 * itself ({@link org.medmine.ingest.synthea.SyntheaCsvNativeReader}, mapped in SQL by {@code
 * SqlMapper} and {@code SqlClinicalMapper}) or, for an encrypted warehouse and for input that path
 * refuses, by the Java reader ({@link org.medmine.ingest.synthea.SyntheaCsvReader} and its
 * mappers), which both store the same rows.
 */
package org.medmine.ingest.synthea;
