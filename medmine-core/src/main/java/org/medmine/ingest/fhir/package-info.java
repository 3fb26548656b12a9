/**
 * FHIR R4 JSON: a streaming reader for Bundles and bulk-data NDJSON (optionally gzipped) built on
 * Jackson's streaming parser, and mappers from resources to warehouse rows. HAPI FHIR stays out of
 * this hot path.
 */
package org.medmine.ingest.fhir;
